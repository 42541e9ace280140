import { createTranslator, registerCatalogues, warnUnknownOverrides, type Catalogue, type KeyedCatalogue, type Locale, type MessageKey, type Translate } from '@yinfa/core';
import { useContext, useEffect, useMemo } from 'react';
import { YinfaContext } from './context';

/**
 * A translator that knows an area's own catalogue (speech, booking, fraud…) on top of the shared one,
 * in the provider's locale. The host's wording reaches it twice over: the provider's `messages` (for
 * the whole subtree), then the component's own `messages` prop passed as `overrides` (wins). Pass a
 * module-level constant so the translator is built once per locale. Keys are type-checked against the
 * catalogue.
 *
 * @example const t = useCatalogue(bookingMessages, props.messages); t('booking.title')
 */
export function useCatalogue<K extends string = string>(
  extra: Partial<Record<Locale, Catalogue>> & KeyedCatalogue<K>,
  overrides?: Catalogue,
): Translate<MessageKey | K> {
  const { locale, messages } = useContext(YinfaContext);
  registerCatalogues(extra);
  const merged = useMemo(() => (overrides ? { ...messages, ...overrides } : messages), [messages, overrides]);
  useEffect(() => warnUnknownOverrides(overrides, 'messages'), [overrides]);
  return useMemo(() => createTranslator(locale, extra, merged), [locale, extra, merged]);
}
