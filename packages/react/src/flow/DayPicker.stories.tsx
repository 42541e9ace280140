import type { Meta, StoryObj } from '@storybook/react-vite';
import { addDays } from '@yinfa/core';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { DayPicker, type DayOption } from './DayPicker';

const TODAY = '2026-06-10';
const DAYS: DayOption[] = Array.from({ length: 30 }, (_, i) => {
  const date = addDays(TODAY, i);
  const sunday = new Date(`${date}T12:00:00+08:00`).getUTCDay() === 0;
  return { date, available: !sunday && i % 7 !== 2, reason: sunday ? 'closed' : 'full' };
});

function Demo(props: Partial<Parameters<typeof DayPicker>[0]>) {
  const [value, setValue] = useState<string | undefined>(props.value);
  return <DayPicker today={TODAY} days={DAYS} {...props} value={value} onValueChange={setValue} />;
}

const meta = {
  title: 'Flows/Day picker',
  component: Demo,
  parameters: {
    docs: {
      description: {
        component:
          '一排大的日期按钮（今天 / 明天 / 周三 6月12日…），不可约的日期会说明“已约满”或“不可预约”；“更多日期”按月展开。不用拖动，没有小日历格。\n\n' +
          'A short row of large day buttons; unavailable days say so in words; "More dates" opens the rest by month. No drag, no tiny grid.',
      },
    },
  },
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('radio', { name: /^今天/ })).toBeInTheDocument();
    await expect(c.getByRole('radio', { name: /^后天/ })).toBeDisabled();
    await userEvent.click(c.getByRole('radio', { name: /^明天/ }));
    await expect(c.getByRole('radio', { name: /^明天/ })).toBeChecked();
  },
};
export const MoreDates: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: '更多日期' }));
    await expect(c.getByText('2026年7月')).toBeInTheDocument();
  },
};
export const WithError: Story = { args: { error: '请选择上门的日期' }, parameters: { localeArgs: { 'en-US': { error: 'Choose a day for the visit' } } } };
export const English: Story = { globals: { locale: 'en-US' } };
