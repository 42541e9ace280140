import type { Meta, StoryObj } from '@storybook/react-vite';
import { createMemoryBookingAdapter } from '@yinfa/core';
import { Link, Stack, TaskGrid, TaskIcons, TaskTile } from '@yinfa/react';
import { useMemo } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MealMap } from '../meal-map';
import sample from '../../sample-data/meal-points.json';
import { ServiceBooking } from '../service-booking';
import { useHomeTasks } from './HomePanel';

/** Wednesday 10 June 2026, 11:45 in Shanghai: lunch time, and booking slots from tomorrow. */
const NOW = Date.parse('2026-06-10T11:45:00+08:00');
const clock = () => NOW;
const HAIZHOU = { lng: 119.128, lat: 34.6, datum: 'WGS84' as const };
type Task = 'guide' | 'meals' | 'booking' | 'subsidy';

/** A city's 长者服务 home: five tiles; 助餐点 and 上门服务预约 open the real widgets. */
function GovHome({ initial = null }: { initial?: Task | null }) {
  const { en, open, setOpen, grid, panel } = useHomeTasks<Task>(initial);
  const adapter = useMemo(() => createMemoryBookingAdapter({ now: clock, latencyMs: 50 }), []);
  return (
    <Stack>
      <h1>{en ? 'Services for older residents' : '长者服务'}</h1>
      {open === null ? (
        <TaskGrid ref={grid} label={en ? 'Services' : '服务'}>
          <TaskTile icon={<TaskIcons.Guide />} onClick={() => setOpen('guide')}>
            {en ? 'How to apply' : '办事指南'}
          </TaskTile>
          <TaskTile icon={<TaskIcons.Meal />} onClick={() => setOpen('meals')} badge={en ? 'Lunch now' : '午餐中'}>
            {en ? 'Meal points' : '助餐点'}
          </TaskTile>
          <TaskTile icon={<TaskIcons.HomeCare />} onClick={() => setOpen('booking')}>
            {en ? 'Book a home visit' : '上门服务预约'}
          </TaskTile>
          <TaskTile icon={<TaskIcons.Subsidy />} onClick={() => setOpen('subsidy')}>
            {en ? 'Check subsidies' : '补贴查询'}
          </TaskTile>
          <TaskTile icon={<TaskIcons.Phone />} href="tel:12345" description="12345">
            {en ? 'Call the hotline' : '咨询电话'}
          </TaskTile>
        </TaskGrid>
      ) : null}
      {panel(
        'guide',
        en ? 'How to apply' : '办事指南',
        <ul>
          <li>
            <Link href="#ltci">{en ? 'Long-term care insurance' : '长期护理保险申请'}</Link>
          </li>
          <li>
            <Link href="#age-allowance">{en ? 'Old-age allowance' : '高龄津贴申领'}</Link>
          </li>
        </ul>,
      )}
      {panel(
        'meals',
        en ? 'Meal points' : '助餐点',
        <MealMap points={sample.points as unknown[]} now={() => NOW} location={HAIZHOU} hotline="12345" headingLevel={3} navigationSource="yinfa-demo" />,
      )}
      {panel('booking', en ? 'Book a home visit' : '上门服务预约', <ServiceBooking adapter={adapter} now={clock} draft={false} history={false} hotline="12345" />)}
      {panel('subsidy', en ? 'Check subsidies' : '补贴查询', <p>{en ? 'Meal subsidy this month: 10 yuan per meal, 18 meals used.' : '本月助餐补贴：每餐 10 元，已用 18 餐。'}</p>)}
    </Stack>
  );
}

const meta = {
  title: 'Flows/Simplified home/Government',
  component: GovHome,
  parameters: {
    docs: {
      description: {
        component:
          '政务长者服务首页：办事指南、助餐点、上门服务预约、补贴查询、咨询电话。助餐点和上门服务预约打开真正的组件（演示数据，不联网）。\n\n' +
          'A city’s services-for-older-residents home: how to apply, meal points, home-visit booking, subsidies and the hotline. Meal points and booking open the real widgets (demo data, no network).',
      },
    },
  },
} satisfies Meta<typeof GovHome>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Home: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: /咨询电话/ })).toHaveAttribute('href', 'tel:12345');
    await userEvent.click(canvas.getByRole('button', { name: /上门服务预约/ }));
    await expect(canvas.getByRole('heading', { name: '上门服务预约' })).toHaveFocus();
    await waitFor(() => expect(canvas.getByText(/需要哪项上门服务/)).toBeVisible());
  },
};

export const MealPoints: Story = {
  args: { initial: 'meals' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0));
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' } };
export const English: Story = { globals: { locale: 'en-US' } };
