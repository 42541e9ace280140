import { enUS } from './en-US';
import type { Locale } from './types';
import { zhCN, type MessageKey } from './zh-CN';

export type Catalogue = Record<string, string>;
export type MessageValues = Record<string, string | number>;

const CATALOGUES: Record<Locale, Catalogue> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Replaces `{name}` with values; unknown names are left visible rather than dropped. */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Translate = (key: MessageKey | (string & {}), values?: MessageValues) => string;

/**
 * A translator for one locale. Later packages register more keys with `extra`, and hosts override
 * wording (a bank's own hotline name) with `overrides`. A missing key falls back to zh-CN, then to the key.
 */
export function createTranslator(locale: Locale, extra: Partial<Record<Locale, Catalogue>> = {}, overrides: Catalogue = {}): Translate {
  const primary = { ...CATALOGUES[locale], ...(extra[locale] ?? {}), ...overrides };
  const fallback = { ...CATALOGUES['zh-CN'], ...(extra['zh-CN'] ?? {}) };
  return (key, values) => formatMessage(primary[key] ?? fallback[key] ?? key, values);
}

export const catalogues: Readonly<Record<Locale, Readonly<Catalogue>>> = CATALOGUES;
