export { toHalfWidth, digitsOnly } from './text/normalizeWidth';
export { clampTextScale, TEXT_SCALE_MIN, TEXT_SCALE_MAX } from './text/textScale';
export { parsePhone, isServiceNumber, MOBILE_PATTERN, LANDLINE_PATTERN } from './phone/parsePhone';
export type { ParsedPhone, PhoneKind } from './phone/parsePhone';
export { parseAmount } from './money/parseAmount';
export { amountToChineseUppercase } from './money/uppercase';
export { formatFen, fenToYuanString, speakFen } from './money/format';
export { numberToChinese, digitsToChinese } from './numbers/chineseNumber';
export type { ChineseNumberOptions, DigitsOptions } from './numbers/chineseNumber';
export { numberToEnglish } from './numbers/englishNumber';
export { LOCALES, resolveLocale } from './messages/types';
export type { Locale } from './messages/types';
export {
  createTranslator,
  createCatalogueTranslator,
  formatMessage,
  catalogues,
  defineCatalogue,
  registerCatalogues,
  isKnownMessageKey,
  warnUnknownOverrides,
  PLURAL_CATEGORIES,
} from './messages/translate';
export { catalogueProblems } from './messages/completeness';
export type { Catalogue, Catalogues, KeyedCatalogue, LocaleTable, MessageId, MessageValues, PluralCategory, Translate } from './messages/translate';
export type { MessageKey } from './messages/zh-CN';
export { readingMessages } from './messages/reading';
export { devWarn, oneOf } from './dev/warn';
export { getWebStorage } from './storage/webStorage';
export { telHref } from './tel/telHref';
export type { StorageLike, WebStorageKind } from './storage/webStorage';
export { monotonicNow } from './time/monotonic';
export { SHANGHAI_OFFSET_MS, toEpoch, shanghaiParts, shanghaiDateKey } from './time/shanghai';
export {
  dateKeyToEpoch,
  addDays,
  daysBetween,
  formatTimeOfDay,
  weekdayName,
  formatMonthDay,
  formatDate,
  relativeDayName,
  formatDayLabel,
  formatWindow,
  formatTimeRange,
  formatDuration,
  toShanghaiIso,
} from './time/format';
export { parseColor, blend, relativeLuminance, contrastRatio } from './color/contrast';
export type { Rgba } from './color/contrast';
export { checkPhone, checkAmount, DEFAULT_MAX_AMOUNT_FEN } from './validation/fields';
export type { PhoneAccept, PhoneCheck, AmountCheck } from './validation/fields';
export * from './fraud';
export * from './meal';
export * from './speech-text';
export * from './flow';
export * from './booking';
export * from './speech';
export * from './toolbar';
export * from './theme';
export * from './host';
export * from './spoken';
export * from './voice-input';
export * from './preferences';
export * from './region';
