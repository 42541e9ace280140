import * as RadixDialog from '@radix-ui/react-dialog';
import { devWarn } from '@yinfa/core';
import { forwardRef, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { IconButton } from '../icon-button/IconButton';
import { CloseIcon } from '../icons/icons';
import { useTranslate } from '../provider/context';
import { ModeScope } from '../provider/ModeScope';
import { ReadAloudOutlet } from '../provider/readAloudSlot';
import { useComposedRefs } from '../utils/composeRefs';
import { cx, hasContent } from '../utils/cx';

export const DialogRoot = RadixDialog.Root;
export const DialogTrigger = RadixDialog.Trigger;
export const DialogClose = RadixDialog.Close;
export const DialogPortal = RadixDialog.Portal;

export interface DialogContentProps extends Omit<ComponentPropsWithoutRef<typeof RadixDialog.Content>, 'title'> {
  /** The dialog's heading, required: it names the dialog for screen readers. */
  title: ReactNode;
  /** A sentence under the title, read when the dialog opens. */
  description?: ReactNode;
  /** Buttons at the bottom (large, stacked on narrow screens). */
  footer?: ReactNode;
  /** Extra controls beside the close button, e.g. a "读给我听" button from the speech package. */
  headerActions?: ReactNode;
  /** Hide the × button: only for dialogs that must be answered (ConfirmDialog keeps its Cancel button). */
  hideClose?: boolean;
  size?: 'small' | 'medium' | 'large';
  /** Portal target; defaults to document.body. A shadow root's container works too. */
  container?: HTMLElement | null;
  /** Offer "读给我听" (read to me) beside the close button, when a SpeechProvider can speak. */
  readAloud?: boolean;
}

/**
 * The dialog panel: overlay, title, optional description, body, footer, and a close button of at least
 * 44×44 (60×60 elder) at the top right (MIIT APP 2.4: pop-ups close from the top-left, top-right or
 * bottom-centre). Focus is trapped inside and returns to the trigger on close (Radix).
 */
export const DialogContent = forwardRef<HTMLDivElement, DialogContentProps>(function DialogContent(
  { title, description, footer, headerActions, hideClose, size = 'medium', container, readAloud, className, children, ...rest },
  ref,
) {
  const t = useTranslate();
  const readable = useRef<HTMLDivElement>(null);
  // Whatever had focus when the dialog opened. Radix returns focus to a DialogTrigger, but a dialog opened
  // from code (a controlled `open`) has none, and focus would fall to <body> (WCAG 2.4.3).
  // Captured in onOpenAutoFocus, which Radix fires before it moves focus into the dialog.
  const opener = useRef<HTMLElement | null>(null);
  const composedRef = useComposedRefs(readable, ref);
  if (!hasContent(title)) devWarn('Dialog: a title is required — it names the dialog for screen readers.');
  return (
    <RadixDialog.Portal container={container ?? undefined}>
      <ModeScope className="yf-dialog-scope">
        <RadixDialog.Overlay className="yf-dialog__overlay" />
        <RadixDialog.Content
          {...rest}
          ref={composedRef}
          className={cx('yf-dialog', className)}
          onOpenAutoFocus={(event) => {
            opener.current = document.activeElement as HTMLElement | null;
            rest.onOpenAutoFocus?.(event);
          }}
          onCloseAutoFocus={(event) => {
            rest.onCloseAutoFocus?.(event);
            const back = opener.current;
            if (!event.defaultPrevented && back && back.isConnected && back !== document.body) {
              event.preventDefault();
              back.focus();
            }
          }}
          data-size={size}
          {...(hasContent(description) ? {} : { 'aria-describedby': rest['aria-describedby'] })}
        >
          <div className="yf-dialog__header">
            <RadixDialog.Title className="yf-dialog__title">{hasContent(title) ? title : '\u00a0'}</RadixDialog.Title>
            <div className="yf-dialog__header-actions">
              {headerActions}
              {readAloud ? <ReadAloudOutlet target={readable} /> : null}
              {hideClose ? null : (
                <RadixDialog.Close asChild>
                  {/* The same IconButton as everywhere: label shown beside the × in elder mode. */}
                  <IconButton className="yf-dialog__close" label={t('dialog.close')} icon={<CloseIcon />} />
                </RadixDialog.Close>
              )}
            </div>
          </div>
          {hasContent(description) ? <RadixDialog.Description className="yf-dialog__description">{description}</RadixDialog.Description> : null}
          {hasContent(children) ? <div className="yf-dialog__body">{children}</div> : null}
          {hasContent(footer) ? <div className="yf-dialog__footer">{footer}</div> : null}
        </RadixDialog.Content>
      </ModeScope>
    </RadixDialog.Portal>
  );
});

export interface DialogProps extends Omit<DialogContentProps, 'children'> {
  /** The element that opens the dialog (a Button). Focus returns to it on close. */
  trigger?: ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
}

/** A dialog in one component: `<Dialog trigger={<Button>…</Button>} title="…">…</Dialog>`. */
export function Dialog({ trigger, open, defaultOpen, onOpenChange, children, ...content }: DialogProps) {
  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <DialogContent {...content}>{children}</DialogContent>
    </RadixDialog.Root>
  );
}

Dialog.Root = DialogRoot;
Dialog.Trigger = DialogTrigger;
Dialog.Content = DialogContent;
Dialog.Close = DialogClose;
