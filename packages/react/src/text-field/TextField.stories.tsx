import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Textarea, TextField } from './TextField';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  tags: ['autodocs'],
  args: { label: '老人姓名', hint: '请填写身份证上的名字', name: 'name' },
  parameters: {
    docs: {
      description: {
        component:
          '标签始终可见；提示在标签下方；错误信息用文字说明应该怎么填，并通过 aria-describedby 关联。选填项标“（选填）”，必填项不加星号。\n\n' +
          'The label is always visible; the hint sits under it; the error says what to type and is tied with aria-describedby. Optional fields say "(optional)"; required fields get no asterisk.',
      },
    },
  },
} satisfies Meta<typeof TextField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Optional: Story = { args: { label: '备注', hint: undefined, optional: true } };
export const WithError: Story = {
  args: { error: '请填写老人姓名，例如 王秀英', defaultValue: '' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /老人姓名/ });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/请填写身份证上的名字.*错误：\s*请填写老人姓名/);
  },
};
export const Disabled: Story = { args: { disabled: true, defaultValue: '王秀英' } };
export const ShortWidth: Story = { args: { label: '验证码', hint: '短信里的 6 位数字', width: 'short', inputMode: 'numeric', autoComplete: 'one-time-code' } };
export const LongLabel: Story = {
  args: { label: '请填写需要上门服务的详细地址，包括小区名称、楼栋号、单元号和门牌号，方便服务人员找到您家'.repeat(5), hint: '例如：海州区朝阳街道幸福小区 3 栋 2 单元 501 室' },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { error: '请填写老人姓名，例如 王秀英' } };
export const TypesText: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /老人姓名/ });
    await userEvent.type(input, '王秀英');
    await expect(input).toHaveValue('王秀英');
  },
};
export const MultiLine: Story = {
  render: (args) => <Textarea label="给服务人员的话" hint="例如：家里有一只小狗，请敲门后稍等" optional name={args.name} />,
};
export const English: Story = {
  globals: { locale: 'en-US' },
  args: { label: 'Full name', hint: 'As shown on the ID card', error: 'Enter the full name, for example Wang Xiuying' },
};
export const EnglishOptional: Story = { globals: { locale: 'en-US' }, args: { label: 'Notes', hint: undefined, optional: true } };
