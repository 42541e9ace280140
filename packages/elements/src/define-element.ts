/**
 * Registering an element and the attributes every element shares. No React here: the framework-free
 * toolbar element registers through this too, so its script carries no UI runtime.
 */
import { THEME_MODES } from '@yinfa/core';
import { camel, type AttrSpec } from './attributes';

/**
 * `HTMLElement` in a browser; in Node (server rendering in Next.js, Nuxt…) a stand-in class, so that
 * importing the package defines nothing and touches no DOM until `defineYinfaElements()` runs in a browser.
 */
export const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/** Attributes every element understands. */
export const COMMON_ATTRIBUTES: readonly AttrSpec[] = [
  // mode="auto": start from what the host app says (detectHostPreferences); see docs/host-apps.md.
  { name: 'mode', kind: 'enum', values: [...THEME_MODES, 'auto'] },
  { name: 'locale', kind: 'enum', values: ['zh-CN', 'en-US', 'zh', 'en'] },
  { name: 'text-scale', kind: 'number', min: 1, max: 2 },
];

/** What an element class offers `defineElement`: its specs, and a property store the accessors use. */
export type ElementWithSpecs = (new () => HTMLElement) & { attributes: readonly AttrSpec[]; properties: readonly string[] };
interface PropStore extends HTMLElement {
  _getProp(name: string, spec?: AttrSpec): unknown;
  _setProp(name: string, value: unknown): void;
}

/** Adds a camelCase property for every attribute and listed property, then registers the element once. */
export function defineElement(tag: string, ctor: ElementWithSpecs, registry?: CustomElementRegistry): void {
  const target = registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  // On a server (no custom element registry) there is nothing to register.
  if (!target || target.get(tag)) return;
  const proto = ctor.prototype as PropStore;
  // A custom element without the property store (`_getProp`/`_setProp`) brings its own accessors.
  const plain = typeof proto._getProp !== 'function' || typeof proto._setProp !== 'function';
  for (const spec of plain ? [] : [...COMMON_ATTRIBUTES, ...ctor.attributes]) {
    const key = camel(spec.name);
    if (Object.prototype.hasOwnProperty.call(proto, key)) continue;
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: true,
      get(this: PropStore) {
        return this._getProp(key, spec);
      },
      set(this: PropStore, value: unknown) {
        this._setProp(key, value);
      },
    });
  }
  for (const key of plain ? [] : ctor.properties) {
    if (Object.prototype.hasOwnProperty.call(proto, key)) continue;
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: true,
      get(this: PropStore) {
        return this._getProp(key);
      },
      set(this: PropStore, value: unknown) {
        this._setProp(key, value);
      },
    });
  }
  target.define(tag, ctor as unknown as CustomElementConstructor);
}
