/**
 * Keeps keyboard focus inside a modal dialog that renders in an element's shadow root.
 *
 * Radix's FocusScope traps focus with document listeners and `container.contains(event.target)`; from
 * the document, focus inside a shadow root is retargeted to the host, so the trap lets Tab leave the
 * dialog (first to Radix's focus-guard spans, then to the page it has hidden with aria-hidden). This
 * trap works with the shadow root's own activeElement: Tab past the last control goes to the first,
 * Shift+Tab before the first goes to the last, and focus that still lands outside comes back.
 *
 * On close, Radix returns focus to what `document.activeElement` was at opening: the host element,
 * which cannot take focus, so focus would fall to <body>. When that happens, focus goes back to the
 * control inside the shadow root that had it before the dialog opened (the button that opened it).
 */

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function openDialog(shadow: ShadowRoot): HTMLElement | null {
  return shadow.querySelector<HTMLElement>('[role="dialog"][data-state="open"], [role="alertdialog"][data-state="open"]');
}

function tabbables(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]'));
}

const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** Installs the trap; returns its removal. Inactive (costs one querySelector per Tab) while no dialog is open. */
export function installShadowFocusTrap(host: HTMLElement, shadow: ShadowRoot): () => void {
  const doc = host.ownerDocument;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented) return;
    const dialog = openDialog(shadow);
    if (!dialog) return;
    const list = tabbables(dialog);
    if (!list.length) {
      event.preventDefault();
      return;
    }
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const current = shadow.activeElement;
    const inside = current instanceof Node && dialog.contains(current);
    if (event.shiftKey && (current === first || !inside || (!list.includes(current as HTMLElement) && before(current as Node, first)))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (current === last || !inside || (!list.includes(current as HTMLElement) && before(last, current as Node)))) {
      event.preventDefault();
      first.focus();
    }
  };
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Node | null;
    if (!target || target === host || host.contains(target)) return;
    const dialog = openDialog(shadow);
    if (!dialog) return;
    (tabbables(dialog)[0] ?? dialog).focus();
  };
  // Where focus was in this shadow root outside any dialog, for the return after closing.
  let lastFocus: HTMLElement | null = null;
  const onShadowFocusIn = (event: Event) => {
    const target = event.target as HTMLElement | null;
    if (target && !openDialog(shadow)?.contains(target)) lastFocus = target;
  };
  let wasOpen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    const open = openDialog(shadow) !== null;
    if (wasOpen && !open) {
      clearTimeout(timer);
      // After Radix's own attempt (in its unmount effect).
      timer = setTimeout(() => {
        const active = doc.activeElement;
        const lost = !active || active === doc.body || (active === host && !shadow.activeElement);
        if (lost && lastFocus?.isConnected && !openDialog(shadow)) lastFocus.focus();
      }, 0);
    }
    wasOpen = open;
  });
  observer.observe(shadow, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  shadow.addEventListener('focusin', onShadowFocusIn);
  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
    shadow.removeEventListener('focusin', onShadowFocusIn);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('focusin', onFocusIn, true);
  };
}
