import { useLayoutEffect } from 'react';
import { mountHostPage } from '../../../../test/host-page/mount';

/**
 * The sample government page (test/host-page: plain HTML and CSS, not Yinfa), mounted at the start of
 * the document body — outside any Yinfa provider, before the story's own root, as on a real site — for
 * the toolbar to retrofit. A layout effect, so the toolbar mounted after it still puts its skip link first.
 */
export function HostPage() {
  useLayoutEffect(() => mountHostPage(), []);
  return null;
}
