export { Spinner, SpinnerIcon } from './Spinner';
export type { SpinnerProps } from './Spinner';
export { Progress } from './Progress';
export type { ProgressProps } from './Progress';
