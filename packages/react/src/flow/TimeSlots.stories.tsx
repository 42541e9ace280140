import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { TimeSlots, type TimeSlotOption } from './TimeSlots';

const NOW = Date.parse('2026-06-11T08:00:00+08:00');
const SLOTS: TimeSlotOption[] = [
  { id: 'a', start: '2026-06-11T08:30:00+08:00', end: '2026-06-11T10:00:00+08:00', available: true },
  { id: 'b', start: '2026-06-11T10:30:00+08:00', end: '2026-06-11T12:00:00+08:00', available: false },
  { id: 'c', start: '2026-06-11T14:00:00+08:00', end: '2026-06-11T15:30:00+08:00', available: true, remaining: 2 },
  { id: 'd', start: '2026-06-11T15:30:00+08:00', end: '2026-06-11T17:00:00+08:00', available: true },
];

function Demo(props: Partial<Parameters<typeof TimeSlots>[0]>) {
  const [value, setValue] = useState<string | undefined>(props.value);
  return <TimeSlots slots={SLOTS} now={() => NOW} {...props} value={value} onValueChange={setValue} />;
}

const meta = {
  title: 'Flows/Time slots',
  component: Demo,
  parameters: {
    docs: {
      description: {
        component:
          '上门时段：大的单选项，写明上午/下午和时长；已约满、已过时间的时段不能选，并用文字说明。时间按北京时间显示。\n\n' +
          'Large radio options with 上午/下午 and duration; full and passed slots cannot be chosen and say why in words. Times are Asia/Shanghai.',
      },
    },
  },
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('radio', { name: /^上午 8:30–10:00/ })).toBeDisabled(); // within the lead time: passed
    await expect(c.getByRole('radio', { name: /^上午 10:30–下午 12:00/ })).toBeDisabled();
    await expect(c.getByText(/已约满/)).toBeInTheDocument();
    await userEvent.click(c.getByRole('radio', { name: /^下午 2:00–3:30/ }));
    await expect(c.getByRole('radio', { name: /^下午 2:00–3:30/ })).toBeChecked();
  },
};
export const WithDates: Story = {
  args: { showDate: true, label: '离您原来选的时间最近的空闲时段：' },
  parameters: { localeArgs: { 'en-US': { label: 'Free times nearest to the time you chose before:' } } },
};
export const WithError: Story = {
  args: { error: '该时段刚被约满，请选择其他时间' },
  parameters: { localeArgs: { 'en-US': { error: 'This time has just been fully booked. Please choose another time.' } } },
};
export const English: Story = { globals: { locale: 'en-US' } };
