/**
 * native-dialog.tsx, the script builds' stand-in for @radix-ui/react-dialog, in real Chromium: the parts of
 * Radix's contract that @yinfa/react's Dialog relies on, on a native modal <dialog>.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import * as Dialog from './native-dialog';

afterEach(cleanup);

/** What Chromium dispatches for a press on the backdrop: a pointerdown on the dialog, at a point outside its box. */
function pressBackdrop(dialog: HTMLElement): void {
  const box = dialog.getBoundingClientRect();
  expect(box.left).toBeGreaterThan(2);
  dialog.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
}

function Example({ keepOnEscape = false, keepOnOutside = false, described = true }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>
        <Dialog.Root open={open} onOpenChange={setOpen}>
          <Dialog.Trigger asChild>
            <button>打开</button>
          </Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="yf-dialog__overlay" />
            <Dialog.Content
              className="yf-dialog"
              onEscapeKeyDown={(event) => keepOnEscape && event.preventDefault()}
              onPointerDownOutside={(event) => keepOnOutside && event.preventDefault()}
            >
              <Dialog.Title>确认转账</Dialog.Title>
              {described ? <Dialog.Description>请核对收款人。</Dialog.Description> : null}
              <input aria-label="金额" />
              <Dialog.Close asChild>
                <button>关闭</button>
              </Dialog.Close>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </p>
      <output>{open ? 'open' : 'closed'}</output>
    </>
  );
}

describe('native-dialog (Radix Dialog API on <dialog>)', () => {
  it('opens as a modal named by its title and described by its description, focus inside, page scroll locked; Esc closes and focus returns to the trigger', async () => {
    render(<Example />);
    const trigger = screen.getByRole('button', { name: '打开' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: '确认转账' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.getAttribute('data-state')).toBe('open');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe('请核对收款人。');
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(getComputedStyle(document.documentElement).overflow).toBe('hidden');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('closed')).toBeTruthy();
    expect(document.activeElement).toBe(trigger);
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('no description: no aria-describedby pointing at nothing', async () => {
    render(<Example described={false} />);
    await userEvent.click(screen.getByRole('button', { name: '打开' }));
    expect(screen.getByRole('dialog').hasAttribute('aria-describedby')).toBe(false);
  });

  it('Close (asChild) closes; a press on the backdrop closes unless onPointerDownOutside prevents it', async () => {
    const { unmount } = render(<Example />);
    await userEvent.click(screen.getByRole('button', { name: '打开' }));
    await userEvent.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '打开' }));
    // A press on a modal dialog's backdrop targets the dialog element itself, outside its box.
    pressBackdrop(screen.getByRole('dialog'));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    unmount();

    render(<Example keepOnOutside />);
    await userEvent.click(screen.getByRole('button', { name: '打开' }));
    pressBackdrop(screen.getByRole('dialog'));
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByText('open')).toBeTruthy();
  });

  it('onEscapeKeyDown can keep it open (the browser’s own close is prevented too)', async () => {
    render(<Example keepOnEscape />);
    await userEvent.click(screen.getByRole('button', { name: '打开' }));
    await userEvent.keyboard('{Escape}');
    const dialog = screen.getByRole('dialog');
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(screen.getByText('open')).toBeTruthy();
  });
});
