import { button, h, nextId, setAttr, setText } from './ui';

export interface ModalOptions {
  /** Where the dialog element lives (the toolbar's scope, so its tokens and isolation apply). */
  container: HTMLElement;
  className: string;
  size?: 'large';
  closeLabel: string;
  /** Called after the dialog closed (Esc, the close button, a click on the backdrop, or `close()`). */
  onClose?: () => void;
}

export interface Modal {
  el: HTMLDialogElement;
  body: HTMLDivElement;
  setTitle(text: string): void;
  setDescription(text: string): void;
  setCloseLabel(text: string): void;
  /** Opens it modally; focus goes back to what had it (the opener) when it closes. */
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  destroy(): void;
}

/**
 * A modal dialog on the platform's own `<dialog>` and `showModal()`: the browser makes the rest of the
 * page inert, traps Tab and puts the dialog in the top layer (above any z-index the page uses), so the
 * toolbar needs no focus-trap or scroll-lock code of its own. Esc, the close button and a click on the
 * backdrop close it; focus returns to the element that had it (WCAG 2.4.3). Same classes as
 * @yinfa/react's Dialog, so it looks the same.
 */
export function createModal(doc: Document, options: ModalOptions): Modal {
  const titleId = nextId('yf-toolbar-dialog-title');
  const descId = nextId('yf-toolbar-dialog-desc');
  const title = h(doc, 'h2', { class: 'yf-dialog__title', id: titleId });
  const description = h(doc, 'p', { class: 'yf-dialog__description', id: descId, hidden: true });
  const body = h(doc, 'div', { class: 'yf-dialog__body' });
  let returnTo: HTMLElement | null = null;
  const closeButton = button(doc, options.closeLabel, 'secondary', () => modal.close(), { class: 'yf-dialog__close' });
  const el = h(
    doc,
    'dialog',
    { class: `yf-dialog ${options.className}`, role: 'dialog', 'data-state': 'closed', 'aria-labelledby': titleId, 'data-size': options.size, 'data-yinfa-toolbar-ui': '' },
    h(doc, 'div', { class: 'yf-dialog__header' }, title, closeButton.el),
    description,
    body,
  );
  // Esc: the browser fires `cancel` and closes; `close` covers every way out.
  el.addEventListener('close', () => {
    el.setAttribute('data-state', 'closed');
    const target = returnTo;
    returnTo = null;
    if (target?.isConnected && target !== doc.body) target.focus();
    options.onClose?.();
  });
  // A click on the backdrop lands on the <dialog> itself (its content is inside the padding box).
  el.addEventListener('click', (event) => {
    if (event.target !== el) return;
    const r = el.getBoundingClientRect();
    const { clientX: x, clientY: y } = event;
    if (x < r.left || x > r.right || y < r.top || y > r.bottom) modal.close();
  });
  // Tab stays inside: a modal <dialog> makes the page inert, but browsers let Tab leave for their own
  // chrome (or the parent of a frame), so the last control wraps to the first and back (WCAG 2.4.3).
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.defaultPrevented) return;
    const stops = [...el.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href], [tabindex]:not([tabindex="-1"])')].filter((n) => !n.closest('[hidden]') && n.getClientRects().length > 0);
    if (!stops.length) return;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    const first = stops[0]!;
    const last = stops[stops.length - 1]!;
    if (event.shiftKey && (active === first || !el.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !el.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  });
  options.container.append(el);

  const modal: Modal = {
    el,
    body,
    setTitle: (text) => setText(title, text),
    setDescription(text) {
      setText(description, text);
      description.hidden = !text;
      setAttr(el, 'aria-describedby', text ? descId : null);
    },
    setCloseLabel: (text) => closeButton.setLabel(text),
    open() {
      if (el.open) return;
      const active = doc.activeElement;
      returnTo = active instanceof HTMLElement ? deepActive(active) : null;
      el.setAttribute('data-state', 'open'); // state as data-*, as @yinfa/react's Dialog (Radix) shows it
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', ''); // very old engines (and jsdom): shown, not modal
      // The first control, as Radix does: the close button is first in the header.
      (body.querySelector<HTMLElement>('button, select, a[href], [tabindex="0"]') ?? closeButton.el).focus();
    },
    close() {
      if (!el.open) return;
      if (typeof el.close === 'function') el.close();
      else {
        el.removeAttribute('open');
        el.dispatchEvent(new Event('close'));
      }
    },
    get isOpen() {
      return el.open;
    },
    destroy() {
      returnTo = null;
      if (el.open && typeof el.close === 'function') el.close();
      el.remove();
    },
  };
  return modal;
}

/** The focused element, looking into open shadow roots (the toolbar's own buttons live in one). */
function deepActive(el: HTMLElement): HTMLElement {
  let active: HTMLElement = el;
  while (active.shadowRoot?.activeElement instanceof HTMLElement) active = active.shadowRoot.activeElement;
  return active;
}
