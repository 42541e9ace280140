import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, useState, type ReactNode } from 'react';
import { Button } from '../button/Button';
import { useTranslate } from '../provider/context';
import { useControllableState } from '../provider/useControllableState';
import { DialogContent } from './Dialog';

export interface ConfirmDialogProps {
  trigger?: ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** A destructive action: the confirm button is red and Cancel gets the first focus. */
  destructive?: boolean;
  /** Called only by the confirm button. Return a promise to show the busy state until it settles. */
  onConfirm: () => void | Promise<unknown>;
  /** Called for Cancel, Esc, the × button and clicks outside: none of them ever confirms. */
  onCancel?: () => void;
  busy?: boolean;
  busyLabel?: ReactNode;
  headerActions?: ReactNode;
  container?: HTMLElement | null;
}

/**
 * Asks before doing something that matters. Confirmation needs the confirm button itself: Esc, the ×,
 * and clicking outside only cancel (WCAG 3.3.4 error prevention). Closes after onConfirm resolves.
 */
export function ConfirmDialog({
  trigger,
  open,
  defaultOpen = false,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  destructive,
  onConfirm,
  onCancel,
  busy: busyProp,
  busyLabel,
  headerActions,
  container,
}: ConfirmDialogProps) {
  const t = useTranslate();
  const [isOpen, setOpen] = useControllableState(open, defaultOpen, onOpenChange);
  const [pending, setPending] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const busy = busyProp || pending;

  const handleOpenChange = (next: boolean) => {
    if (!next && busy) return; // never drop a running confirmation
    if (!next) onCancel?.();
    setOpen(next);
  };

  const confirm = async () => {
    if (busy) return;
    const result = onConfirm();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      setPending(true);
      try {
        await result;
        setOpen(false);
      } catch {
        /* the host shows its own error; the dialog stays open so nothing is lost */
      } finally {
        setPending(false);
      }
    } else {
      setOpen(false);
    }
  };

  return (
    <RadixDialog.Root open={isOpen} onOpenChange={handleOpenChange}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <DialogContent
        title={title}
        description={description}
        size="small"
        role="alertdialog"
        headerActions={headerActions}
        container={container}
        onOpenAutoFocus={(event) => {
          if (destructive) {
            event.preventDefault();
            cancelRef.current?.focus();
          }
        }}
        footer={
          <>
            <Button variant={destructive ? 'danger' : 'primary'} busy={busy} busyLabel={busyLabel} onClick={confirm} data-action="confirm">
              {confirmLabel ?? t('common.confirm')}
            </Button>
            <Button ref={cancelRef} variant="secondary" onClick={() => handleOpenChange(false)} data-action="cancel">
              {cancelLabel ?? t('common.cancel')}
            </Button>
          </>
        }
      >
        {children}
      </DialogContent>
    </RadixDialog.Root>
  );
}
