import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import hostCss from '../../../../test/host-page/gov-service.css?raw';
import hostHtml from '../../../../test/host-page/gov-service.html?raw';

const hostBody = typeof DOMParser === 'undefined' ? '' : new DOMParser().parseFromString(hostHtml, 'text/html').body.innerHTML;

/**
 * The sample government page (test/host-page: plain HTML and CSS, not Yinfa), mounted straight into
 * the document body — outside any Yinfa provider, as on a real site — for the toolbar to retrofit.
 */
export function HostPage() {
  const [mount, setMount] = useState<HTMLElement | null>(null);
  // Before the story's own root (which fills the screen), at the start of the body, as a real page is;
  // a layout effect, so the toolbar mounted after it still puts its skip link first.
  useLayoutEffect(() => {
    const style = document.createElement('style');
    style.setAttribute('data-host-page', '');
    style.textContent = hostCss;
    document.head.append(style);
    const div = document.createElement('div');
    div.setAttribute('data-host-page', '');
    document.body.prepend(div);
    setMount(div);
    return () => {
      style.remove();
      div.remove();
    };
  }, []);
  // The host's markup is a fixed file from this repository, never user input.
  return mount ? createPortal(<div dangerouslySetInnerHTML={{ __html: hostBody }} />, mount) : null;
}
