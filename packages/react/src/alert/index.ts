export { Alert, Banner, ALERT_VARIANTS } from './Alert';
export type { AlertProps, BannerProps, AlertVariant } from './Alert';
