/** The locales Yinfa ships complete catalogues for. zh-CN is the default. */
export type Locale = 'zh-CN' | 'en-US';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** Normalises a locale tag (zh, zh-Hans-CN, zh_CN, en, en-GB…) to a supported locale; zh-CN otherwise. */
export function resolveLocale(tag: unknown): Locale {
  const t = String(tag ?? '').replace('_', '-').toLowerCase();
  if (t.startsWith('en')) return 'en-US';
  return 'zh-CN';
}
