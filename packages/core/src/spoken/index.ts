export { parseSpokenPhone } from './phone';
export { parseSpokenAmount } from './amount';
export { parseSpokenDateTime } from './datetime';
export type { SpokenDateTime } from './datetime';
export { normalizeSpokenAddress } from './address';
export { parseChineseInteger, parseSpokenNumber, spokenDigits } from './numerals';
