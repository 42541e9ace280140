import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import hostCss from '../../../../test/host-page/gov-service.css?raw';
import hostHtml from '../../../../test/host-page/gov-service.html?raw';

const hostBody = typeof DOMParser === 'undefined' ? '' : new DOMParser().parseFromString(hostHtml, 'text/html').body.innerHTML;

/**
 * The sample government page (test/host-page: plain HTML and CSS, not Yinfa), mounted straight into
 * the document body — outside any Yinfa provider, as on a real site — for the toolbar to retrofit.
 */
export function HostPage() {
  const [body, setBody] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const style = document.createElement('style');
    style.setAttribute('data-host-page', '');
    style.textContent = hostCss;
    document.head.append(style);
    setBody(document.body);
    return () => style.remove();
  }, []);
  // The host's markup is a fixed file from this repository, never user input.
  return body ? createPortal(<div data-host-page="" dangerouslySetInnerHTML={{ __html: hostBody }} />, body) : null;
}
