import { createTranslator, type Catalogue, type Locale, type Translate } from '@yinfa/core';
import { useContext, useMemo } from 'react';
import { YinfaContext } from './context';

/**
 * A translator that knows an area's own catalogue (speech, booking, fraud…) on top of the shared one,
 * in the provider's locale. Pass a module-level constant so the translator is built once per locale.
 *
 * @example const t = useCatalogue(bookingMessages); t('booking.title')
 */
export function useCatalogue(extra: Partial<Record<Locale, Catalogue>>, overrides?: Catalogue): Translate {
  const { locale } = useContext(YinfaContext);
  return useMemo(() => createTranslator(locale, extra, overrides), [locale, extra, overrides]);
}
