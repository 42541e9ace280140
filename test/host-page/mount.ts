/**
 * Mounts the sample host page (plain HTML + CSS, not Yinfa) into the current document: its CSS in the
 * head, its body's markup at the start of the body, as a real page is. Returns the function that removes
 * both. Used by the toolbar's browser tests and its stories. The markup is this repository's own file.
 */
import hostCss from './gov-service.css?raw';
import hostHtml from './gov-service.html?raw';

export function mountHostPage(doc: Document = document): () => void {
  const parsed = new DOMParser().parseFromString(hostHtml, 'text/html');
  const style = doc.createElement('style');
  style.setAttribute('data-host-page', '');
  style.textContent = hostCss;
  doc.head.append(style);
  const host = doc.createElement('div');
  host.setAttribute('data-host-page', '');
  host.innerHTML = parsed.body.innerHTML;
  doc.body.prepend(host);
  return () => {
    host.remove();
    style.remove();
  };
}
