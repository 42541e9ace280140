export { Dialog, DialogRoot, DialogTrigger, DialogContent, DialogClose, DialogPortal } from './Dialog';
export type { DialogProps, DialogContentProps } from './Dialog';
export { ConfirmDialog } from './ConfirmDialog';
export type { ConfirmDialogProps } from './ConfirmDialog';
