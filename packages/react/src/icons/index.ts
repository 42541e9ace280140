export { CloseIcon, InfoIcon, SuccessIcon, WarningIcon, DangerIcon, ExternalIcon } from './icons';
