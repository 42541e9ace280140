import { PLURAL_CATEGORIES, type Catalogue, type PluralCategory } from './translate';
import { LOCALES, type Locale } from './types';

/** A message id and the templates that spell it in one locale (one, or one per plural form). */
function messageIds(table: Catalogue): Map<string, { forms: Map<string, string> }> {
  const ids = new Map<string, { forms: Map<string, string> }>();
  for (const [key, template] of Object.entries(table)) {
    const dot = key.lastIndexOf('.');
    const suffix = key.slice(dot + 1);
    const base = key.slice(0, dot);
    const plural = dot > 0 && (PLURAL_CATEGORIES as readonly string[]).includes(suffix) && `${base}.other` in table;
    const id = plural ? base : key;
    const entry = ids.get(id) ?? { forms: new Map<string, string>() };
    entry.forms.set(plural ? suffix : '', template);
    ids.set(id, entry);
  }
  return ids;
}


/**
 * What is wrong with an area's catalogue, as readable lines (empty when complete): every locale has
 * the same message ids as zh-CN, no template is empty, every spelling of an id has the same
 * placeholders as zh-CN, and a plural id has every form its locale's `Intl.PluralRules` can choose.
 * `localeOnly` names placeholders the caller always passes that only some locales show (en-US's
 * `{meaning}` gloss of a Chinese keyword, zh-CN's `{zhe}` 折 discount).
 */
export function catalogueProblems(catalogue: Partial<Record<Locale, Catalogue>>, options: { localeOnly?: readonly string[] } = {}): string[] {
  const localeOnly = new Set((options.localeOnly ?? []).map((name) => `{${name}}`));
  const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].filter((p) => !localeOnly.has(p)).sort().join(' ');
  const problems: string[] = [];
  const reference = messageIds(catalogue['zh-CN'] ?? {});
  const expected = new Map([...reference].map(([id, e]) => [id, placeholders([...e.forms.values()][0] ?? '')]));
  for (const locale of LOCALES) {
    const table = catalogue[locale];
    if (!table) {
      problems.push(`${locale}: missing`);
      continue;
    }
    const ids = messageIds(table);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
    for (const id of reference.keys()) if (!ids.has(id)) problems.push(`${locale}: no "${id}"`);
    for (const [id, { forms }] of ids) {
      if (!reference.has(id)) problems.push(`${locale}: "${id}" is not in zh-CN`);
      for (const [form, template] of forms) {
        const key = form ? `${id}.${form}` : id;
        if (!template.trim()) problems.push(`${locale}: "${key}" is empty`);
        const want = expected.get(id);
        if (want !== undefined && placeholders(template) !== want) problems.push(`${locale}: "${key}" has {${placeholders(template)}}, zh-CN has {${want}}`);
      }
      if (!forms.has('')) for (const c of categories) if (!forms.has(c)) problems.push(`${locale}: "${id}" lacks the plural form "${c}"`);
    }
  }
  return problems;
}
