import { createTranslator, type Catalogue } from '@yinfa/core';
import { useContext, useMemo, type ReactNode } from 'react';
import { YinfaContext } from './context';

/**
 * Adds a component's `messages` prop to the wording overrides of everything it renders, the same way a
 * nested `YinfaProvider messages` does (without a new element). Every widget wraps its output in one,
 * so `<MealMap messages={…}>` and `<TransferGuard messages={…}>` reach their inner parts too.
 */
export function MessagesScope({ messages, children }: { messages?: Catalogue; children?: ReactNode }) {
  const parent = useContext(YinfaContext);
  const value = useMemo(() => {
    if (!messages) return parent;
    const merged = { ...parent.messages, ...messages };
    return { ...parent, messages: merged, t: createTranslator(parent.locale, {}, merged) };
  }, [parent, messages]);
  return <YinfaContext.Provider value={value}>{children}</YinfaContext.Provider>;
}
