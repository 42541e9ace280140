export { PhoneField } from './PhoneField';
export type { PhoneFieldProps, PhoneValue } from './PhoneField';
