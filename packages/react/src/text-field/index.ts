export { TextField, Textarea } from './TextField';
export type { TextFieldProps, TextareaProps, FieldWidth, DataAttributes } from './TextField';
