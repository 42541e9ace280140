/**
 * The few Yinfa-wide words that reading order and dialogs need (a label and its value joined, a sentence
 * ended, a dialog's close button). Part of the shared catalogue (zh-CN.ts, en-US.ts spread them in) and
 * usable alone by code that ships only its own words: the script-tag toolbar, whose 40 KB budget has no
 * room for the whole shared catalogue.
 */
export const readingMessages = {
  'zh-CN': { 'dialog.close': '关闭', 'text.labelSeparator': '：', 'text.sentenceEnd': '。' },
  'en-US': { 'dialog.close': 'Close', 'text.labelSeparator': ': ', 'text.sentenceEnd': '. ' },
} as const;
