/** Mounts the sample host page (test/host-page, plain HTML + CSS, not Yinfa) into the current document. */
import hostCss from '../host-page/gov-service.css?raw';
import hostHtml from '../host-page/gov-service.html?raw';

export function mountHostPage(): () => void {
  const parsed = new DOMParser().parseFromString(hostHtml, 'text/html');
  const style = document.createElement('style');
  style.setAttribute('data-host-page', '');
  style.textContent = hostCss;
  document.head.append(style);
  const host = document.createElement('div');
  host.setAttribute('data-host-page', '');
  host.innerHTML = parsed.body.innerHTML;
  document.body.append(host);
  return () => {
    host.remove();
    style.remove();
  };
}
