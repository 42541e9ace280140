import { useContext, useMemo, type ReactNode } from 'react';
import { sharedContext } from '../utils/sharedContext';

/** What a client-side router gives Yinfa: `navigate(href)` (Next.js / Vue Router `router.push`) and, optionally, `useHref`. */
export interface YinfaRouter {
  navigate: (href: string, options?: unknown) => void;
  /** Maps an app path to the real `href` (a base path); identity by default. */
  useHref?: (href: string) => string;
}

const RouterContext = sharedContext<YinfaRouter | null>('RouterContext', null);

/**
 * Lets every Yinfa `Link` navigate through the host's router (as React Aria's `RouterProvider`), so a
 * Next.js or Vue Router app keeps client-side navigation. Without it links are plain `<a href>`.
 *
 * @example <RouterProvider navigate={router.push}>…</RouterProvider>
 */
export function RouterProvider({ navigate, useHref, children }: YinfaRouter & { children?: ReactNode }) {
  const value = useMemo(() => ({ navigate, useHref }), [navigate, useHref]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The host's router, or null when the app gave none. */
export function useRouter(): YinfaRouter | null {
  return useContext(RouterContext);
}

/**
 * Whether a click on a link should go through the router: a plain primary click on a same-document,
 * same-origin link that opens in this window (modifier keys, a target, `download` and other origins
 * keep the browser's own behaviour).
 */
export function shouldClientNavigate(
  event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean },
  anchor: { href: string; target?: string; hasAttribute(name: string): boolean },
  origin: string | undefined,
): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (anchor.target && anchor.target !== '_self') return false;
  if (anchor.hasAttribute('download')) return false;
  try {
    return origin !== undefined && new URL(anchor.href, origin).origin === origin;
  } catch {
    return false;
  }
}
