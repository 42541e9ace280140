import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PhoneField } from './PhoneField';

const meta = {
  title: 'Forms/PhoneField',
  component: PhoneField,
  tags: ['autodocs'],
  args: { onPhoneChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '手机号和固定电话：接受全角数字、空格、横线和 +86/0086；离开输入框时才检查；按 3-4-4 分组显示；错误信息给出示例。手机号规则 ^1[3-9]\\d{9}$，不列举号段。\n\n' +
          'Chinese mobile and landline numbers: full-width digits, spaces, hyphens and +86/0086 accepted; checked on blur; regrouped 3-4-4; errors give an example.',
      },
    },
  },
} satisfies Meta<typeof PhoneField>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Mobile: Story = {};

/** Full-width digits with +86 are normalised and regrouped when the field loses focus. */
export const NormalisesOnBlur: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /手机号码/ });
    await userEvent.type(input, '+86 １３８-0013-8000');
    await userEvent.tab();
    await expect(input).toHaveValue('138 0013 8000');
    await expect(args.onPhoneChange).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'mobile', digits: '13800138000', valid: true }));
  },
};

/** A short number gets a message that says how many digits and shows an example. */
export const ErrorOnBlur: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: /手机号码/ });
    await userEvent.type(input, '1380013800');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText(/号码少了几位/)).toBeVisible();
  },
};

export const LandlineOrMobile: Story = {
  args: { accept: 'any', label: '联系电话', defaultValue: '0518-85551234转801' },
  parameters: { localeArgs: { 'en-US': { label: 'Contact number', defaultValue: '0518-85551234 ext. 801' } } },
};
export const WithExternalError: Story = {
  args: { error: '该号码已被其他账户使用，请换一个号码', defaultValue: '138 0013 8000' },
  parameters: { localeArgs: { 'en-US': { error: 'This number is already used by another account. Please use a different number.' } } },
};
export const ElderMode: Story = { globals: { mode: 'elder' }, args: { defaultValue: '13800138000' } };
export const English: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: /Mobile number/ });
    await userEvent.type(input, '12345');
    await userEvent.tab();
    await expect(canvas.getByText(/too short/)).toBeVisible();
  },
};
