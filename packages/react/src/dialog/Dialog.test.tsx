import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../button/Button';
import { YinfaProvider } from '../provider';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';

describe('Dialog', () => {
  it('opens from its trigger, carries the mode into the portal, and returns focus on close', async () => {
    render(
      <YinfaProvider mode="elder">
        <Dialog trigger={<Button>打开</Button>} title="说明">
          内容
        </Dialog>
      </YinfaProvider>,
    );
    const trigger = screen.getByRole('button', { name: '打开' });
    await userEvent.click(trigger);
    const dialog = await screen.findByRole('dialog', { name: '说明' });
    expect(dialog.closest('[data-yinfa-mode]')).toHaveAttribute('data-yinfa-mode', 'elder');
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(trigger).toHaveFocus();
  });
});

describe('Dialog opened from code', () => {
  it('returns focus to what had it before, even without a DialogTrigger', async () => {
    function Opener() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            查看须知
          </button>
          <Dialog open={open} onOpenChange={setOpen} title="须知">
            内容
          </Dialog>
        </>
      );
    }
    render(<Opener />);
    const opener = screen.getByRole('button', { name: '查看须知' });
    await userEvent.click(opener);
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
  });
});

describe('ConfirmDialog', () => {
  it('confirms only with the confirm button', async () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmDialog trigger={<Button>删除</Button>} title="确定删除？" destructive confirmLabel="删除" onConfirm={onConfirm} onCancel={onCancel} />);
    await userEvent.click(screen.getByRole('button', { name: '删除' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(screen.getByRole('button', { name: '取消' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(dialog).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: '删除' }));
    await screen.findByRole('alertdialog');
    const confirm = screen.getAllByRole('button', { name: '删除' }).find((b) => b.getAttribute('data-action') === 'confirm')!;
    await userEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });

  it('stays open and busy while an async confirmation runs, then closes', async () => {
    let finish!: () => void;
    const onConfirm = vi.fn(() => new Promise<void>((r) => (finish = r)));
    render(<ConfirmDialog defaultOpen title="提交？" onConfirm={onConfirm} />);
    const confirm = await screen.findByRole('button', { name: '确定' });
    await userEvent.click(confirm);
    await userEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    finish();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });
});
