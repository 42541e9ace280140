import { useLayoutEffect } from 'react';
import { mountHostPage } from '../../../../test/host-page/mount';
import { useLocale } from '../provider/context';

/**
 * The sample government page (test/host-page: plain HTML and CSS, not Yinfa), mounted at the start of
 * the document body — outside any Yinfa provider, before the story's own root, as on a real site — for
 * the toolbar to retrofit. A layout effect, so the toolbar mounted after it still puts its skip link first.
 * It follows the locale toolbar: in en-US the same page in English.
 */
export function HostPage() {
  const [locale] = useLocale();
  useLayoutEffect(() => mountHostPage(document, locale === 'en-US' ? 'gov-service-en' : 'gov-service'), [locale]);
  return null;
}
