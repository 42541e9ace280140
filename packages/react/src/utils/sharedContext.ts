import { createContext, version, type Context } from 'react';

const REGISTRY = Symbol.for('yinfa.react.contexts');

/**
 * One React context per name for the whole page, whichever build of @yinfa/react asked for it. A Next.js App Router
 * page can load both the default build (the client reference of a server component that renders YinfaProvider) and
 * the `browser` build (a client component's own import): with a context each, a provider from one build would be
 * invisible to hooks from the other (the dual-package hazard — hooks saw the defaults, setMode did nothing).
 * react-redux 9 keeps its context the same way: on globalThis under a `Symbol.for` key, per React version. Created
 * on first call, not at import.
 */
export function sharedContext<T>(name: string, defaultValue: T): Context<T> {
  const scope = globalThis as { [REGISTRY]?: Map<string, Context<unknown>> };
  const registry = (scope[REGISTRY] ??= new Map());
  const key = `${name}@${version}`;
  let context = registry.get(key) as Context<T> | undefined;
  if (!context) {
    context = createContext<T>(defaultValue);
    context.displayName = name;
    registry.set(key, context as Context<unknown>);
  }
  return context;
}
