/**
 * Vue 3 typings for the elements (templates checked by vue-tsc/Volar, and Vue JSX): add
 * `"types": ["@yinfa/elements/vue"]` or `/// <reference types="@yinfa/elements/vue" />`. Tell Vue the tags are
 * custom elements with `compilerOptions.isCustomElement: (tag) => tag.startsWith('yinfa-')`. Vue sets
 * props that exist on the element (adapter, points, ttsEngine) as properties, and `@yinfa-booking-submitted`
 * listens to the event.
 */
import type { YinfaElementsJsx, YinfaEventMap } from '../src/types';

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** `@yinfa-booking-submitted` compiles to the prop onYinfaBookingSubmitted; Vue hyphenates it back for the listener. */
type VueEventProps = { [K in keyof YinfaEventMap as `on${Capitalize<Camel<K>>}`]?: (event: YinfaEventMap[K]) => void };
type VueElementProps<T> = T & VueEventProps & { class?: unknown; style?: unknown; id?: string; hidden?: boolean };

export type YinfaVueIntrinsicElements = { [K in keyof YinfaElementsJsx]: VueElementProps<YinfaElementsJsx[K]> };

declare module '@vue/runtime-dom' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface IntrinsicElementAttributes extends YinfaVueIntrinsicElements {}
}
