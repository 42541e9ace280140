export { FieldShell, FieldLabel, FieldHint, FieldError, useFieldIds, describedBy } from './Field';
export type { FieldCommonProps, FieldIds, FieldLabelProps, FieldShellProps } from './Field';
