/**
 * Registering an element and the attributes every element shares. No React here: the framework-free
 * toolbar element registers through this too, so its script carries no UI runtime.
 */
import { THEME_MODES } from '@yinfa/core';
import { camel, parseAttribute, type AttrSpec } from './attributes';

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

/**
 * The property store every Yinfa element shares (the React elements' YinfaElement and the framework-free
 * toolbar): values set as properties, pre-set ones moved off the instance, attributes parsed on read, and one
 * update per microtask for any number of changes.
 */
export abstract class PropertyElement extends ElementBase {
  /** Element-specific attributes (the common ones are added by `defineElement`). */
  static attributes: readonly AttrSpec[] = [];
  /** Object- or function-valued properties without an attribute (adapter, engine, store…). */
  static properties: readonly string[] = [];

  static get observedAttributes(): string[] {
    return [...COMMON_ATTRIBUTES, ...this.attributes].map((s) => s.name);
  }

  protected readonly props = new Map<string, unknown>();
  #scheduled = false;

  constructor() {
    super();
    // Properties a host set before this script defined the element sit on the instance and would
    // hide the accessors: move them into the element's own store.
    const ctor = this.constructor as typeof PropertyElement;
    for (const key of [...[...COMMON_ATTRIBUTES, ...ctor.attributes].map((s) => camel(s.name)), ...ctor.properties]) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = (this as unknown as Record<string, unknown>)[key];
        delete (this as unknown as Record<string, unknown>)[key];
        if (value !== undefined) this.props.set(key, value);
      }
    }
  }

  /** @internal used by the generated accessors */
  _getProp(name: string, spec?: AttrSpec): unknown {
    if (this.props.has(name)) return this.props.get(name);
    if (!spec) return undefined;
    const parsed = parseAttribute(spec, this.getAttribute(spec.name));
    return parsed.ok ? parsed.value : undefined;
  }

  /** @internal */
  _setProp(name: string, value: unknown): void {
    if (value === undefined) this.props.delete(name);
    else this.props.set(name, value);
    this.schedule();
  }

  protected schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // A microtask: properties set right after creation (Vue, React, plain JS) land before the first update.
    queueMicrotask(() => {
      this.#scheduled = false;
      this.flush();
    });
  }

  /** Applies the current attributes and properties (once per microtask, after any number of changes). */
  protected abstract flush(): void;
}

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
