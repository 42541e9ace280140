/**
 * The small base every Yinfa element extends: an open shadow root with the packages' CSS adopted as
 * constructable stylesheets, a React root rendered inside it, attributes and properties parsed into
 * props (a bad one shows a friendly note in place and logs exactly one console error naming the
 * element and the attribute), results as composed CustomEvents, and full cleanup on disconnect.
 */
import { createTranslator, resolveLocale, type Locale, type RegionProfile } from '@yinfa/core';
import { YinfaProvider, type YinfaMode } from '@yinfa/react';
import { Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { camel, checkProperty, parseAttribute, type AttrProblem, type AttrSpec } from './attributes';
import { COMMON_ATTRIBUTES, PropertyElement } from './define-element';
import { renderLocale } from './locale-packs';
import { elementMessages, type ElementMessageKey } from './messages';
import { adoptStyles } from './styles';

export { COMMON_ATTRIBUTES, defineElement } from './define-element';

export interface RenderContext {
  /** Parsed attribute and property values by camelCase name (undefined when not given). */
  values: Record<string, unknown>;
  locale: Locale;
  /** Dispatches a bubbling, composed CustomEvent from the element; returns false if a listener called preventDefault. */
  emit: (type: string, detail?: unknown, options?: { cancelable?: boolean }) => boolean;
  /** Where dialogs render: a node inside this element's shadow root, so its styles apply. */
  portal: HTMLElement;
  host: YinfaElement;
  /** Registers a clean-up that runs when the element leaves the page. */
  onDisconnect: (fn: () => void) => void;
  /** This element's own words (the in-place problem note, loading). */
  t: (key: ElementMessageKey) => string;
}

export type ElementClass = (new () => YinfaElement) & {
  tagName: string;
  attributes: readonly AttrSpec[];
  properties: readonly string[];
  observedAttributes: string[];
};

/** Shows a short friendly note where the element is. */
export function ProblemNote({ t, attribute }: { t: RenderContext['t']; attribute?: string }) {
  return (
    <p className="yf-element-error" data-problem={attribute ?? ''}>
      {t('elements.problem')}
    </p>
  );
}

class Boundary extends Component<{ children: ReactNode; onError: (error: unknown) => void; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}


export abstract class YinfaElement extends PropertyElement {
  /** Rendered inline (a single button). */
  static inline = false;
  /**
   * What the element installs on its shadow root while connected, each returning its removal: the elements
   * with a modal dialog list installShadowFocusTrap (focus-trap.ts). Listed by the element, not installed
   * here for all, so a script without a dialog does not carry the trap.
   */
  static shadowBehaviours: ReadonlyArray<(host: HTMLElement, shadow: ShadowRoot) => () => void> = [];

  #root: Root | null = null;
  #container: HTMLDivElement | null = null;
  #portal: HTMLDivElement | null = null;
  #cleanups: Array<() => void> = [];
  #lastProblem = '';
  #unmountPending = false;
  #removeBehaviours: Array<() => void> | null = null;

  /** Whether `render` should see this value (subclasses add requirements: missing src, adapter…). */
  protected validate(_values: Record<string, unknown>): AttrProblem | null {
    return null;
  }

  protected abstract renderContent(ctx: RenderContext): ReactNode;

  // ---------- properties ----------

  /** Clears a value the element controls itself (e.g. `open` after the guard's decision). */
  protected clearValue(attribute: string): void {
    this.props.delete(camel(attribute));
    if (this.hasAttribute(attribute)) this.removeAttribute(attribute);
    else this.schedule();
  }

  // ---------- lifecycle ----------

  connectedCallback(): void {
    this.#unmountPending = false;
    if (!this.#container) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const probe = document.createElement('span');
      probe.className = 'yf-element-probe';
      probe.setAttribute('aria-hidden', 'true');
      this.#container = document.createElement('div');
      this.#container.className = 'yf-element';
      if ((this.constructor as typeof YinfaElement).inline) this.#container.setAttribute('data-inline', '');
      this.#portal = document.createElement('div');
      this.#portal.className = 'yf-element-portal';
      shadow.append(probe, this.#container, this.#portal);
      adoptStyles(shadow, probe);
    }
    this.#root ??= createRoot(this.#container);
    this.#removeBehaviours ??= (this.constructor as typeof YinfaElement).shadowBehaviours.map((install) => install(this, this.shadowRoot!));
    this.schedule();
  }

  disconnectedCallback(): void {
    // Moving an element (remove + insert in one task) keeps its state; leaving the page cleans up.
    this.#unmountPending = true;
    queueMicrotask(() => {
      if (!this.#unmountPending || this.isConnected) return;
      this.#unmountPending = false;
      this.#teardown();
    });
  }

  attributeChangedCallback(): void {
    this.schedule();
  }

  #teardown(): void {
    const cleanups = this.#cleanups;
    this.#cleanups = [];
    for (const fn of cleanups) {
      try {
        fn();
      } catch {
        /* a clean-up must not stop the others */
      }
    }
    this.#root?.unmount();
    this.#root = null;
    this.#removeBehaviours?.forEach((remove) => remove());
    this.#removeBehaviours = null;
    this.#lastProblem = '';
  }

  protected flush(): void {
    this.#update();
  }

  /** Re-renders now (tests and hosts that need the DOM settled synchronously do not need this). */
  #update(): void {
    if (!this.isConnected || !this.#root || !this.#portal) return;
    const ctor = this.constructor as typeof YinfaElement;
    const specs = [...COMMON_ATTRIBUTES, ...ctor.attributes];
    const values: Record<string, unknown> = {};
    let problem: AttrProblem | null = null;
    for (const spec of specs) {
      const key = camel(spec.name);
      const parsed = this.props.has(key) ? checkProperty(spec, this.props.get(key)) : parseAttribute(spec, this.getAttribute(spec.name));
      if (parsed.ok) values[key] = parsed.value;
      else problem ??= parsed.problem;
    }
    for (const key of ctor.properties) values[key] = this.props.get(key);
    // In the script builds en-US words load on demand: the first render waits for them (locale-packs.ts).
    const locale = renderLocale(resolveLocale(values.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? 'zh-CN'), () => this.schedule());
    if (!locale) return;
    values.locale = locale;
    problem ??= this.validate(values);
    const translate = createTranslator(locale, elementMessages);
    const t = (key: ElementMessageKey) => translate(key);

    if (problem) this.reportProblem(problem);
    else this.#lastProblem = '';

    const ctx: RenderContext = {
      values,
      locale,
      emit: (type, detail, options) => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options?.cancelable ?? false })),
      portal: this.#portal,
      host: this,
      onDisconnect: (fn) => this.#cleanups.push(fn),
      t,
    };
    const note = <ProblemNote t={t} attribute={problem?.attribute} />;
    const content = problem ? note : this.renderContent(ctx);
    this.#root.render(
      <YinfaProvider mode={(values.mode as YinfaMode | 'auto' | undefined) ?? undefined} locale={locale} textScale={values.textScale as number | undefined} region={values.region as RegionProfile | undefined}>
        <Boundary onError={(error) => this.reportProblem({ attribute: '', detail: `failed to render (${error instanceof Error ? error.message : String(error)})` })} fallback={note}>
          {content}
        </Boundary>
      </YinfaProvider>,
    );
  }

  /**
   * Logs one console error naming this element and the attribute (once per distinct problem) and
   * fires `yinfa-error` with { attribute, message }.
   */
  reportProblem(problem: AttrProblem): void {
    const key = `${problem.attribute}\n${problem.detail}`;
    if (key === this.#lastProblem) return;
    this.#lastProblem = key;
    const tag = this.localName;
    const where = problem.attribute ? `attribute "${problem.attribute}"` : 'element';
    console.error(`<${tag}> ${where}: ${problem.detail}. The element shows a short note in its place; the rest of the page is unaffected.`);
    this.dispatchEvent(new CustomEvent('yinfa-error', { detail: { attribute: problem.attribute, message: problem.detail }, bubbles: true, composed: true }));
  }
}
