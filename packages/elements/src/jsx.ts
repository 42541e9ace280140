/**
 * React JSX for the elements: `import type {} from '@yinfa/elements/jsx'` once in a React 19 app, then
 * `<yinfa-transfer-guard open assessment={…} onyinfa-transfer-decision={…} />` type-checks. React 19
 * sets object props (adapter, points, ttsEngine) as properties and `on<event-name>` props as listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { YinfaElementsJsx, YinfaEventMap } from './types';

type EventProps = { [K in keyof YinfaEventMap as `on${K}`]?: (event: YinfaEventMap[K]) => void };
type ElementProps<T> = T & EventProps & DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & { class?: string };

export type YinfaReactIntrinsicElements = { [K in keyof YinfaElementsJsx]: ElementProps<YinfaElementsJsx[K]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends YinfaReactIntrinsicElements {}
  }
}
