/**
 * The part of `@radix-ui/react-dialog` that @yinfa/react's Dialog uses (Root, Trigger, Portal, Overlay,
 * Content, Title, Description, Close), on the platform's `<dialog>` with `showModal()`. The script-tag
 * builds alias Radix to this file (build.mjs): Radix Dialog and what it brings (FocusScope,
 * DismissableLayer, react-remove-scroll, aria-hidden) were about 40 KB of every script with a dialog,
 * and a native modal dialog does that work itself — the page behind it is inert (no aria-hidden walk), Esc
 * is a `cancel`, the dialog sits in the top layer. Packages imported from npm keep Radix.
 *
 * What it keeps of Radix's contract: `open`/`defaultOpen`/`onOpenChange`; `onOpenAutoFocus` (after the
 * dialog is shown: a handler that prevents it moves focus itself, else focus goes to the first control, as
 * showModal() does); `onCloseAutoFocus` (unless prevented, focus returns to the trigger or to what had it
 * before); `onEscapeKeyDown`, `onPointerDownOutside`, `onInteractOutside` (cancelable, default closes);
 * `data-state="open"`, `aria-labelledby`/`aria-describedby` from Title/Description; `asChild` on Trigger and
 * Close. Page scrolling is locked while a dialog is open (the root's overflow, given back exactly). Tab stays
 * inside through the shadow-root focus trap (focus-trap.ts), which finds the dialog by role and data-state.
 */
import {
  cloneElement,
  createContext,
  forwardRef,
  isValidElement,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type MutableRefObject,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { createPortal } from 'react-dom';

interface DialogContextValue {
  open: boolean;
  setOpen: (open: boolean) => void;
  titleId: string;
  descriptionId: string;
  described: boolean;
  setDescribed: (described: boolean) => void;
  trigger: MutableRefObject<HTMLElement | null>;
}
const DialogContext = createContext<DialogContextValue | null>(null);
const useDialog = () => useContext(DialogContext);

type Handler<E> = ((event: E) => void) | undefined;
const cancelable = (type: string) => new CustomEvent(type, { cancelable: true });

export interface RootProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children?: ReactNode;
}

export function Root({ open, defaultOpen = false, onOpenChange, children }: RootProps) {
  const [inner, setInner] = useState(defaultOpen);
  const [described, setDescribed] = useState(false);
  const isOpen = open ?? inner;
  const trigger = useRef<HTMLElement | null>(null);
  const change = useRef(onOpenChange);
  change.current = onOpenChange;
  const setOpen = useCallback(
    (next: boolean) => {
      if (open === undefined) setInner(next);
      change.current?.(next);
    },
    [open],
  );
  const id = useId();
  const value: DialogContextValue = { open: isOpen, setOpen, titleId: `${id}-title`, descriptionId: `${id}-description`, described, setDescribed, trigger };
  return <DialogContext.Provider value={value}>{children}</DialogContext.Provider>;
}

/** Sets a ref of either kind. */
function assign<T>(ref: Ref<T> | undefined, value: T): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as MutableRefObject<T>).current = value;
}

type ButtonLikeProps = HTMLAttributes<HTMLElement> & { asChild?: boolean; children?: ReactNode };

/** A child's own ref (Preact/React 18 keep it on the element, React 19 in props). */
const childRef = (child: ReactElement): Ref<HTMLElement> | undefined =>
  (child as unknown as { ref?: Ref<HTMLElement> }).ref ?? (child.props as { ref?: Ref<HTMLElement> }).ref;

function ButtonLike({ asChild, children, onClick, extra, elRef, ...rest }: ButtonLikeProps & { extra: Record<string, unknown>; elRef?: Ref<HTMLElement> }) {
  if (asChild && isValidElement(children)) {
    const child = children as ReactElement<Record<string, unknown>>;
    const own = childRef(child);
    return cloneElement(child, {
      ...rest,
      ...extra,
      ref: (el: HTMLElement | null) => {
        assign(own, el);
        assign(elRef, el);
      },
      onClick: (event: never) => {
        (child.props.onClick as Handler<unknown>)?.(event);
        onClick?.(event);
      },
    });
  }
  return (
    <button type="button" {...(rest as HTMLAttributes<HTMLButtonElement>)} {...extra} ref={elRef as Ref<HTMLButtonElement>} onClick={onClick}>
      {children}
    </button>
  );
}

export const Trigger = forwardRef<HTMLElement, ButtonLikeProps>(function Trigger(props, ref) {
  const ctx = useDialog();
  return (
    <ButtonLike
      {...props}
      elRef={(el: HTMLElement | null) => {
        if (ctx) ctx.trigger.current = el;
        assign(ref, el);
      }}
      extra={{ 'aria-haspopup': 'dialog', 'aria-expanded': ctx?.open ?? false, 'data-state': ctx?.open ? 'open' : 'closed' }}
      onClick={(event) => {
        props.onClick?.(event);
        if (!event.defaultPrevented) ctx?.setOpen(!ctx.open);
      }}
    />
  );
});

export const Close = forwardRef<HTMLElement, ButtonLikeProps>(function Close(props, ref) {
  const ctx = useDialog();
  return (
    <ButtonLike
      {...props}
      elRef={ref}
      extra={{}}
      onClick={(event) => {
        props.onClick?.(event);
        if (!event.defaultPrevented) ctx?.setOpen(false);
      }}
    />
  );
});

export function Portal({ container, forceMount, children }: { container?: Element | DocumentFragment | null; forceMount?: boolean; children?: ReactNode }) {
  const ctx = useDialog();
  if (!(ctx?.open || forceMount) || typeof document === 'undefined') return null;
  return createPortal(children, container ?? document.body);
}

/** The backdrop is the dialog's own ::backdrop (styles.ts): nothing to render. */
export function Overlay(_props: HTMLAttributes<HTMLDivElement>): null {
  return null;
}

/** The focused element, looking into open shadow roots (inside an element, document.activeElement is its host). */
function deepActive(doc: Document): HTMLElement | null {
  let el = doc.activeElement as HTMLElement | null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
  return el;
}

/** Page scrolling off while a dialog is open (Radix's react-remove-scroll did this); the root's own value back after. */
let locks = 0;
let savedOverflow: { value: string; priority: string } | null = null;
function lockScroll(doc: Document): () => void {
  const style = doc.documentElement.style;
  if (locks++ === 0) {
    savedOverflow = { value: style.getPropertyValue('overflow'), priority: style.getPropertyPriority('overflow') };
    style.setProperty('overflow', 'hidden', 'important');
  }
  return () => {
    if (--locks > 0 || !savedOverflow) return;
    if (savedOverflow.value) style.setProperty('overflow', savedOverflow.value, savedOverflow.priority);
    else style.removeProperty('overflow');
    if (doc.documentElement.getAttribute('style') === '') doc.documentElement.removeAttribute('style');
    savedOverflow = null;
  };
}

export interface ContentProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  onOpenAutoFocus?: (event: Event) => void;
  onCloseAutoFocus?: (event: Event) => void;
  onEscapeKeyDown?: (event: KeyboardEvent) => void;
  onPointerDownOutside?: (event: Event) => void;
  onInteractOutside?: (event: Event) => void;
  forceMount?: boolean;
  [data: `data-${string}`]: unknown;
}

export const Content = forwardRef<HTMLElement, ContentProps>(function Content(
  { onOpenAutoFocus, onCloseAutoFocus, onEscapeKeyDown, onPointerDownOutside, onInteractOutside, forceMount: _forceMount, children, ...rest },
  ref,
) {
  const ctx = useDialog();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const handlers = useRef({ onOpenAutoFocus, onCloseAutoFocus, onEscapeKeyDown, onPointerDownOutside, onInteractOutside });
  handlers.current = { onOpenAutoFocus, onCloseAutoFocus, onEscapeKeyDown, onPointerDownOutside, onInteractOutside };
  const setOpen = ctx?.setOpen;
  const trigger = ctx?.trigger;

  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    const doc = el.ownerDocument;
    const before = deepActive(doc);
    const opener = trigger; // the trigger's ref object: its element is read at close (it may have been re-rendered)
    const unlock = lockScroll(doc);
    try {
      if (!el.open) el.showModal();
    } catch {
      el.setAttribute('open', ''); // not connected yet or no showModal (very old engines): shown in place
    }
    const opened = cancelable('openAutoFocus');
    handlers.current.onOpenAutoFocus?.(opened);
    if (!opened.defaultPrevented && !el.contains(deepActive(doc))) el.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')?.focus();

    const escape = (event: Event) => {
      event.preventDefault(); // React decides: the dialog stays until `open` is false
      // The handlers get an event of their own: the browser's is already prevented above.
      const key = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
      handlers.current.onEscapeKeyDown?.(key);
      if (!key.defaultPrevented) setOpen?.(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) escape(event);
    };
    // A modal dialog's backdrop is the dialog element itself: a press on it outside the panel's box.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target !== el) return;
      const box = el.getBoundingClientRect();
      if (event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom) return;
      const outside = cancelable('pointerDownOutside');
      handlers.current.onPointerDownOutside?.(outside);
      handlers.current.onInteractOutside?.(outside);
      if (!outside.defaultPrevented) setOpen?.(false);
    };
    // Closed by the browser itself (a second Esc without user activation is not cancelable): follow it.
    const onClose = () => setOpen?.(false);
    el.addEventListener('keydown', onKeyDown);
    el.addEventListener('cancel', escape);
    el.addEventListener('pointerdown', onPointerDown);
    el.addEventListener('close', onClose);
    return () => {
      // Closed from here on: the shadow-root focus trap (which finds open dialogs by data-state) lets focus go.
      el.setAttribute('data-state', 'closed');
      el.removeEventListener('keydown', onKeyDown);
      el.removeEventListener('cancel', escape);
      el.removeEventListener('pointerdown', onPointerDown);
      el.removeEventListener('close', onClose);
      if (el.open) el.close();
      unlock();
      const closed = cancelable('closeAutoFocus');
      handlers.current.onCloseAutoFocus?.(closed);
      if (closed.defaultPrevented) return;
      const back = opener?.current?.isConnected ? opener.current : before;
      if (back?.isConnected) back.focus();
    };
  }, [setOpen, trigger]);

  return (
    <dialog
      // Explicit, not implicit: the shadow-root focus trap and tests find open dialogs by [role] and data-state
      // (alertdialog when the caller says so).
      role={rest.role ?? 'dialog'}
      aria-labelledby={ctx?.titleId}
      aria-describedby={ctx?.described ? ctx.descriptionId : undefined}
      {...(rest as HTMLAttributes<HTMLDialogElement>)}
      data-state="open"
      ref={(el: HTMLDialogElement | null) => {
        dialog.current = el;
        assign(ref, el);
      }}
    >
      {children}
    </dialog>
  );
});

export const Title = forwardRef<HTMLHeadingElement, HTMLAttributes<HTMLHeadingElement>>(function Title(props, ref) {
  const ctx = useDialog();
  // The caller's children are the heading's content (Dialog always passes its title).
  // eslint-disable-next-line jsx-a11y/heading-has-content
  return <h2 id={ctx?.titleId} {...props} ref={ref} />;
});

export const Description = forwardRef<HTMLParagraphElement, HTMLAttributes<HTMLParagraphElement>>(function Description(props, ref) {
  const ctx = useDialog();
  const setDescribed = ctx?.setDescribed;
  useLayoutEffect(() => {
    setDescribed?.(true);
    return () => setDescribed?.(false);
  }, [setDescribed]);
  return <p id={ctx?.descriptionId} {...props} ref={ref} />;
});
