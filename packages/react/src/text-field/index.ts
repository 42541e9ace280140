export { TextField, Textarea } from './TextField';
export type { TextFieldProps, TextareaProps, FieldWidth } from './TextField';
