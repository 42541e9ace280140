import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../button/Button';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog, DialogClose } from './Dialog';

const meta = {
  title: 'Overlays/Dialog',
  component: Dialog,
  tags: ['autodocs'],
  args: {
    title: '什么是长护险？',
    description: '长期护理保险，帮助失能老人支付护理费用。',
    trigger: <Button variant="secondary">了解长护险</Button>,
  },
  parameters: {
    localeArgs: {
      'en-US': {
        title: 'What is long-term care insurance?',
        description: 'Long-term care insurance helps older people who can no longer look after themselves pay for their care.',
        trigger: <Button variant="secondary">About long-term care insurance</Button>,
      },
    },
    docs: {
      description: {
        component:
          '基于 Radix Dialog：焦点困在对话框内，关闭后回到触发按钮；右上角关闭按钮至少 44×44。\n\n' +
          'Built on Radix Dialog: focus is held inside and returns to the trigger; the close button at the top right is at least 44×44.',
      },
    },
  },
} satisfies Meta<typeof Dialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Opens, closes with Esc, and returns focus to the trigger. */
export const Opens: Story = {
  args: {
    children: <p>符合条件的老人，上门护理费用的大部分由长护险支付，您只需支付自付部分。</p>,
    footer: (
      <DialogClose asChild>
        <Button>我知道了</Button>
      </DialogClose>
    ),
  },
  parameters: {
    localeArgs: {
      'en-US': {
        children: <p>If you are eligible, long-term care insurance pays most of the cost of care at home. You only pay your own share.</p>,
        footer: (
          <DialogClose asChild>
            <Button>I understand</Button>
          </DialogClose>
        ),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: '了解长护险' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '什么是长护险？' });
    await expect(within(dialog).getByRole('button', { name: '关闭' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

export const OpenElder: Story = {
  globals: { mode: 'elder' },
  args: { defaultOpen: true, children: <p>长辈模式下，关闭按钮同时显示文字“关闭”。</p> },
  parameters: { localeArgs: { 'en-US': { children: <p>In elder mode, the close button also shows the word “Close”.</p> } } },
};

export const Confirm: Story = {
  render: (_args, { globals }) =>
    globals.locale === 'en-US' ? (
      <ConfirmDialog
        trigger={<Button>Send booking</Button>}
        title="Send this booking?"
        description="After you send it, the care station will call you within 2 hours to confirm."
        confirmLabel="Yes, send it"
        onConfirm={fn()}
      />
    ) : (
      <ConfirmDialog
        trigger={<Button>提交预约</Button>}
        title="确认提交预约？"
        description="提交后，服务站会在 2 小时内打电话和您确认。"
        confirmLabel="确认提交"
        onConfirm={fn()}
      />
    ),
};

/** Esc and the × never confirm a destructive action; Cancel has the first focus. */
export const DestructiveEscNeverConfirms: Story = {
  args: { title: '删除收款人', onOpenChange: fn() },
  parameters: { localeArgs: { 'en-US': { title: 'Delete payee' } } },
  render: (args, { globals }) => {
    const en = globals.locale === 'en-US';
    return (
      <ConfirmDialog
        trigger={<Button variant="danger">{en ? 'Delete payee' : '删除收款人'}</Button>}
        title={args.title}
        description={en ? 'If you delete this payee, you will need to add them again.' : '删除后需要重新添加。'}
        confirmLabel={en ? 'Delete' : '删除'}
        destructive
        onConfirm={args.onOpenChange as () => void}
      />
    );
  },
  play: async ({ canvasElement, args }) => {
    const trigger = within(canvasElement).getByRole('button', { name: '删除收款人' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('alertdialog', { name: '删除收款人' });
    await expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await expect(args.onOpenChange).not.toHaveBeenCalled();
    await expect(trigger).toHaveFocus();
  },
};

export const English: Story = { globals: { locale: 'en-US' }, args: { defaultOpen: true } };
