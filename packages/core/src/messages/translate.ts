import { devWarn } from '../dev/warn';
import { enUS } from './en-US';
import type { Locale } from './types';
import { zhCN, type MessageKey } from './zh-CN';

/** One locale's words: key → template. `{name}` marks a value. */
export type Catalogue = Readonly<Record<string, string>>;
/** An area's catalogue in every locale, keys `K` (zh-CN first; en-US complete). */
export type Catalogues<K extends string = string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;
export type MessageValues = Readonly<Record<string, string | number>>;

/** The CLDR plural categories `Intl.PluralRules` returns. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The ids a translator accepts for catalogue keys `K`: every key, and for plural forms
 * (`mealMap.results.one` / `mealMap.results.other`) their base id (`mealMap.results`).
 */
export type MessageId<K extends string> = K | (K extends `${infer Base}.${PluralCategory}` ? Base : never);

/**
 * A translator: `t('flow.continue')`, `t('mealMap.results', { count: 1 })`. The translators Yinfa makes
 * (`createTranslator`, `useTranslate`, `useCatalogue`) are keyed by their catalogues, so a misspelt key
 * is a type error at the call. Written as a method so a keyed translator can be handed to code that
 * takes a wider one (`Translate` without a key list accepts any string).
 */
export type Translate<K extends string = string> = {
  translate(key: MessageId<K>, values?: MessageValues): string;
}['translate'];

const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** Replaces `{name}` with values; unknown names are left visible rather than dropped. */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The number a plural message is chosen by: `count` when given, otherwise the only number among the
 * values (`{n} seats`). Undefined when there is none or it is ambiguous.
 */
function pluralNumber(values: MessageValues | undefined): number | undefined {
  if (!values) return undefined;
  const count = values.count;
  if (typeof count === 'number') return count;
  const numbers = Object.values(values).filter((v): v is number => typeof v === 'number');
  return numbers.length === 1 ? numbers[0] : undefined;
}

const rulesCache = new Map<Locale, Intl.PluralRules>();
function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) rulesCache.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** A template from one table: the key itself, else its plural form for the number, else `.other`. */
function lookup(table: Catalogue, locale: Locale, key: string, values: MessageValues | undefined): string | undefined {
  const direct = table[key];
  if (direct !== undefined) return direct;
  if (!(`${key}.other` in table)) return undefined;
  const n = pluralNumber(values);
  const form = n === undefined || !Number.isFinite(n) ? 'other' : pluralRules(locale).select(n);
  return table[`${key}.${form}`] ?? table[`${key}.other`];
}

/** Every key an area's catalogue module has declared so far (for the unknown-override warning); the shared catalogue's keys are looked up in it directly. */
const knownKeys = new Set<string>();
const registered = new WeakSet<object>();

/** Records an area's keys so host overrides can be checked against them. Idempotent and cheap. */
export function registerCatalogues(extra: Partial<Record<Locale, Catalogue>> | undefined): void {
  if (!extra || registered.has(extra)) return;
  registered.add(extra);
  for (const table of Object.values(extra)) for (const key of Object.keys(table ?? {})) knownKeys.add(key);
}

/** Whether `key` (or a plural form of it) exists in the shared catalogue or in any registered one. */
export function isKnownMessageKey(key: string): boolean {
  const known = (k: string) => k in zhCN || knownKeys.has(k);
  if (known(key) || known(`${key}.other`)) return true;
  const dot = key.lastIndexOf('.');
  return dot > 0 && (PLURAL_CATEGORIES as readonly string[]).includes(key.slice(dot + 1)) && known(`${key.slice(0, dot)}.other`);
}

/**
 * Warns in development, once per key, about overrides that match no catalogue key: a typo such as
 * `booking.titel` would otherwise silently keep the default words. `where` names the source.
 */
export function warnUnknownOverrides(overrides: Catalogue | undefined, where: string, isKnown: (key: string) => boolean = isKnownMessageKey): void {
  if (!overrides) return;
  for (const key of Object.keys(overrides)) {
    if (!isKnown(key)) devWarn(`${where}: the message override "${key}" matches no catalogue key; it has no effect. Check the spelling.`);
  }
}

/**
 * What another locale provides for zh-CN keys `Z`: each key, or its plural forms (`key.one`,
 * `key.other`: English needs two where Chinese has one). `satisfies LocaleTable<…>` catches a misspelt
 * key; the completeness test (`catalogueProblems`) catches a missing one.
 */
export type LocaleTable<Z extends string> = { readonly [K in Z | `${Z}.${PluralCategory}`]?: string };

declare const keyedBy: unique symbol;
/**
 * A catalogue that knows its keys (made by `defineCatalogue`): translators built from it accept only
 * those keys. The brand exists in types only. A plain object catalogue gives a translator of any string.
 */
export type KeyedCatalogue<K extends string> = { readonly [keyedBy]?: K };
type AnyCatalogues = Partial<Record<Locale, Catalogue>>;

/**
 * Declares an area's catalogue: zh-CN first, en-US for the same keys (plural forms allowed). The keys
 * are registered so host overrides can be checked, and translators built from it accept only them.
 */
export function defineCatalogue<const Z extends Record<string, string>, const E extends LocaleTable<keyof Z & string>>(catalogue: {
  'zh-CN': Z;
  'en-US': E;
}): { readonly 'zh-CN': Z; readonly 'en-US': E } & KeyedCatalogue<(keyof Z | keyof E) & string> {
  registerCatalogues(catalogue as AnyCatalogues);
  return catalogue;
}

/**
 * A translator for one locale. Areas add their own catalogue with `extra`, and hosts override wording
 * (a bank's own hotline name) with `overrides`. Lookup order: override, locale, zh-CN, the key itself.
 * A key with plural forms (`key.one`, `key.other`) picks its form through `Intl.PluralRules`.
 */
export function createTranslator<K extends string = string>(
  locale: Locale,
  extra: AnyCatalogues & KeyedCatalogue<K> = {},
  overrides: Catalogue = {},
): Translate<MessageKey | K> {
  registerCatalogues(extra);
  const primary: Catalogue = { ...CATALOGUES[locale], ...(extra[locale] ?? {}), ...overrides };
  const fallback: Catalogue = { ...CATALOGUES['zh-CN'], ...(extra['zh-CN'] ?? {}) };
  return (key, values) => formatMessage(lookup(primary, locale, key, values) ?? lookup(fallback, 'zh-CN', key, values) ?? key, values);
}

/**
 * A translator over the given catalogues only, without the shared Yinfa words: for code that ships its own
 * words and must stay small (the script-tag toolbar: its catalogues plus `readingMessages`). Lookup order:
 * locale, zh-CN, the key itself; plural forms as in createTranslator.
 */
export function createCatalogueTranslator<K extends string = string>(locale: Locale, catalogues: AnyCatalogues & KeyedCatalogue<K>): Translate<K> {
  registerCatalogues(catalogues);
  const primary: Catalogue = catalogues[locale] ?? {};
  const fallback: Catalogue = catalogues['zh-CN'] ?? {};
  return (key, values) => formatMessage(lookup(primary, locale, key, values) ?? lookup(fallback, 'zh-CN', key, values) ?? key, values);
}

export const catalogues: Readonly<Record<Locale, Catalogue>> = CATALOGUES;
