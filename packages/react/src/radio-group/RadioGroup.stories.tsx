import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RadioGroup } from './RadioGroup';

const services = [
  { value: 'meal', label: '助餐', hint: '送餐上门或陪同就餐，约 30 分钟' },
  { value: 'medical', label: '助医', hint: '陪同就医、取药，约 3 小时' },
  { value: 'bath', label: '助浴', hint: '上门协助洗澡，约 1 小时' },
  { value: 'clean', label: '助洁', hint: '打扫房间、整理物品，约 2 小时', disabled: true },
];
const servicesEnglish = [
  { value: 'meal', label: 'Meals', hint: 'Meals brought to your home, or someone to eat with you, about 30 minutes' },
  { value: 'medical', label: 'Doctor visits', hint: 'Someone goes with you to the doctor or to collect medicine, about 3 hours' },
  { value: 'bath', label: 'Bathing', hint: 'Help with bathing at home, about 1 hour' },
  { value: 'clean', label: 'Cleaning', hint: 'Cleaning and tidying your home, about 2 hours', disabled: true },
];

const meta = {
  title: 'Forms/RadioGroup',
  component: RadioGroup,
  tags: ['autodocs'],
  args: { label: '您需要哪项服务？', options: services, onValueChange: fn() },
  parameters: {
    localeArgs: { 'en-US': { label: 'Which service do you need?', options: servicesEnglish } },
    docs: {
      description: {
        component:
          '原生单选按钮放在 fieldset 里，每个选项是一张大卡片；方向键在选项间移动。\n\nNative radios in a fieldset, each option a large card; arrow keys move between options.',
      },
    },
  },
} satisfies Meta<typeof RadioGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const AsQuestionPage: Story = { args: { legendAsHeading: 1, hint: '一次只能选一项' }, parameters: { localeArgs: { 'en-US': { hint: 'Choose one only' } } } };
export const Grid: Story = { args: { layout: 'grid' } };
export const Selected: Story = { args: { defaultValue: 'medical' } };
export const WithError: Story = { args: { error: '请选择一项服务' }, parameters: { localeArgs: { 'en-US': { error: 'Choose a service' } } } };

/** Keyboard: Tab into the group, arrows move and select, the disabled option is skipped. */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /助餐/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: /助医/ })).toBeChecked();
    await expect(args.onValueChange).toHaveBeenLastCalledWith('medical');
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { defaultValue: 'meal' } };
export const English: Story = {
  globals: { locale: 'en-US' },
  args: { options: services.slice(0, 2), optional: true },
  parameters: { localeArgs: { 'en-US': { options: servicesEnglish.slice(0, 2) } } },
};
