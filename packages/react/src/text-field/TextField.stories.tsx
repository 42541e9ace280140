import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Textarea, TextField } from './TextField';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  tags: ['autodocs'],
  args: { label: '老人姓名', hint: '请填写身份证上的名字', name: 'name' },
  parameters: {
    localeArgs: { 'en-US': { label: 'Older person’s name', hint: 'As shown on their ID card' } },
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
// null, not undefined: an undefined parameter does not replace the meta's English hint.
export const Optional: Story = { args: { label: '备注', hint: undefined, optional: true }, parameters: { localeArgs: { 'en-US': { label: 'Notes', hint: null } } } };
const englishError = { localeArgs: { 'en-US': { error: 'Enter the older person’s name, for example Wang Xiuying' } } };
export const WithError: Story = {
  args: { error: '请填写老人姓名，例如 王秀英', defaultValue: '' },
  parameters: englishError,
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /老人姓名/ });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/请填写身份证上的名字.*错误：\s*请填写老人姓名/);
  },
};
export const Disabled: Story = { args: { disabled: true, defaultValue: '王秀英' }, parameters: { localeArgs: { 'en-US': { defaultValue: 'Wang Xiuying' } } } };
export const ShortWidth: Story = {
  args: { label: '验证码', hint: '短信里的 6 位数字', width: 'short', inputMode: 'numeric', autoComplete: 'one-time-code' },
  parameters: { localeArgs: { 'en-US': { label: 'Verification code', hint: 'The 6-digit number in the text message' } } },
};
export const LongLabel: Story = {
  args: { label: '请填写需要上门服务的详细地址，包括小区名称、楼栋号、单元号和门牌号，方便服务人员找到您家'.repeat(5), hint: '例如：海州区朝阳街道幸福小区 3 栋 2 单元 501 室' },
  parameters: {
    localeArgs: {
      'en-US': {
        label:
          'Please enter the full address for the home visit, with the name of the estate and the building, entrance and flat numbers, so that the care worker can find your home. '.repeat(
            3,
          ),
        hint: 'For example: Flat 501, Entrance 2, Building 3, Xingfu Estate, Chaoyang Subdistrict, Haizhou District',
      },
    },
  },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { error: '请填写老人姓名，例如 王秀英' }, parameters: englishError };
export const TypesText: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /老人姓名/ });
    await userEvent.type(input, '王秀英');
    await expect(input).toHaveValue('王秀英');
  },
};
export const MultiLine: Story = {
  render: (args, { globals }) =>
    globals.locale === 'en-US' ? (
      <Textarea label="A message for the care worker" hint="For example: I have a small dog, so please knock and wait a moment" optional name={args.name} />
    ) : (
      <Textarea label="给服务人员的话" hint="例如：家里有一只小狗，请敲门后稍等" optional name={args.name} />
    ),
};
export const English: Story = { globals: { locale: 'en-US' }, args: { error: '请填写老人姓名，例如 王秀英' }, parameters: englishError };
export const EnglishOptional: Story = { ...Optional, globals: { locale: 'en-US' } };
