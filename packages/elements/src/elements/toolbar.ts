/**
 * <yinfa-toolbar>: 适老化及无障碍工具条 for a page not built with Yinfa — framework-free. The bar is
 * @yinfa/dom's `mountToolbar` (the same code as @yinfa/react's Toolbar) in the element's shadow root, so
 * the script carries no React or Preact. On purpose it also styles the host page (text size, colour
 * schemes, cursor, skip link) through constructable stylesheets the document adopts: a strict CSP allows it.
 */
import { createCatalogueTranslator, resolveLocale, textScaleFor, type SpeechEngine, type ToolbarSettings, type ToolbarShortcutConfig, type ToolbarStorageLike } from '@yinfa/core';
import { mountToolbar, type ToolbarHandle, type ToolbarOptions } from '@yinfa/dom';
import { camel, checkProperty, parseAttribute, plainObject, type AttrProblem, type AttrSpec } from '../attributes';
import { COMMON_ATTRIBUTES, PropertyElement } from '../define-element';
import { renderLocale } from '../locale-packs';
import { elementMessages } from '../messages';
import { adoptIntoDocument, adoptStyles } from '../styles';

function shortcutsShape(value: unknown): string | null {
  if (value === false) return null;
  if (plainObject(value)) return 'expected "off" or a JSON object like {"textLarger":"Alt+Shift+Equal","read":false}';
  return Object.values(value as object).every((v) => v === false || typeof v === 'string') ? null : 'each shortcut must be a key chord string or false';
}

const ATTRIBUTES: readonly AttrSpec[] = [
  { name: 'content', kind: 'string' },
  { name: 'remember', kind: 'boolean', defaultTrue: true },
  { name: 'site', kind: 'string' },
  { name: 'shortcuts', kind: 'json', check: shortcutsShape },
  { name: 'default-settings', kind: 'json', check: plainObject },
  // The page's text size in percent, also set by the buttons (the property then reads the current size).
  { name: 'text-size', kind: 'number', min: 100, max: 200 },
];

export class YinfaToolbarElement extends PropertyElement {
  static override attributes: readonly AttrSpec[] = ATTRIBUTES;
  static override properties: readonly string[] = ['storage', 'ttsEngine'];

  #toolbar: ToolbarHandle | null = null;
  #release: (() => void) | null = null;
  #portal: HTMLDivElement | null = null;
  #note: HTMLParagraphElement | null = null;
  #leaving = false;
  #lastProblem = '';
  #givenId: string | null = null;
  #engine: unknown = undefined;

  /** @internal the accessors `defineElement` adds: `textSize` reads the toolbar's current size. */
  override _getProp(name: string, spec?: AttrSpec): unknown {
    if (name === 'textSize' && this.#toolbar) return this.#toolbar.textSize;
    return super._getProp(name, spec);
  }

  connectedCallback(): void {
    this.#leaving = false;
    if (!this.#portal) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const probe = this.ownerDocument.createElement('span');
      probe.className = 'yf-element-probe';
      probe.setAttribute('aria-hidden', 'true');
      this.#portal = this.ownerDocument.createElement('div');
      this.#portal.className = 'yf-element-portal';
      shadow.append(probe, this.#portal);
      adoptStyles(shadow, probe);
    }
    this.#release ??= adoptIntoDocument(this.ownerDocument);
    this.schedule();
  }

  disconnectedCallback(): void {
    // Moving an element (remove + insert in one task) keeps its state; leaving the page cleans up.
    this.#leaving = true;
    queueMicrotask(() => {
      if (!this.#leaving || this.isConnected) return;
      this.#leaving = false;
      this.#unmount();
      this.#release?.();
      this.#release = null;
      this.#lastProblem = '';
    });
  }

  attributeChangedCallback(): void {
    this.schedule();
  }

  protected flush(): void {
    try {
      this.#update();
    } catch (error) {
      this.#unmount();
      this.#showProblem({ attribute: '', detail: `failed to render (${error instanceof Error ? error.message : String(error)})` });
    }
  }

  #unmount(): void {
    this.#toolbar?.destroy();
    this.#toolbar = null;
    if (this.#givenId && this.id === this.#givenId) this.removeAttribute('id');
    this.#givenId = null;
  }

  #update(): void {
    if (!this.isConnected || !this.#portal) return;
    const values: Record<string, unknown> = {};
    let problem: AttrProblem | null = null;
    for (const spec of [...COMMON_ATTRIBUTES, ...ATTRIBUTES]) {
      const key = camel(spec.name);
      const parsed = this.props.has(key) ? checkProperty(spec, this.props.get(key)) : parseAttribute(spec, this.getAttribute(spec.name));
      if (parsed.ok) values[key] = parsed.value;
      else problem ??= parsed.problem;
    }
    const content = values.content;
    if (!problem && typeof content === 'string' && content.trim() !== '') {
      try {
        this.ownerDocument.querySelector(content);
      } catch {
        problem = { attribute: 'content', detail: `"${content}" is not a valid CSS selector` };
      }
    }
    const asked = resolveLocale(values.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? this.ownerDocument.documentElement.lang ?? 'zh-CN');
    if (problem) {
      this.#unmount();
      this.#showProblem(problem, asked);
      return;
    }
    // In the script builds en-US words load on demand: the bar mounts once they are in (locale-packs.ts).
    const locale = renderLocale(asked, () => this.schedule());
    if (!locale) return;
    this.#lastProblem = '';
    this.#note?.remove();
    this.#note = null;
    const engine = this.props.get('ttsEngine');
    const storage = this.props.get('storage') as ToolbarStorageLike | null | undefined;
    const options: ToolbarOptions = {
      content: (content as string | undefined) || undefined,
      remember: values.remember !== false,
      site: (values.site as string | undefined) || undefined,
      shortcuts: values.shortcuts as ToolbarShortcutConfig | false | undefined,
      defaultSettings: values.defaultSettings as Partial<ToolbarSettings> | undefined,
      storage,
      speechEngine: engine && typeof (engine as SpeechEngine).speak === 'function' ? (engine as SpeechEngine) : 'auto',
      container: this.#portal,
      textSize: values.textSize as number | undefined,
      locale,
      mode: values.mode === 'auto' ? undefined : (values.mode as string | undefined),
      textScale: values.textScale as number | undefined,
      onSettingsChange: (settings) => {
        const percent = Math.round(textScaleFor(settings.textStep) * 100);
        if (this.props.has('textSize') && this.props.get('textSize') !== percent) this.props.set('textSize', percent);
        this.dispatchEvent(new CustomEvent('yinfa-settings-change', { detail: { settings }, bubbles: true, composed: true }));
      },
    };
    // A new speech engine is a new toolbar (the controller is made with it).
    if (this.#toolbar && (this.#engine !== engine)) this.#unmount();
    this.#engine = engine;
    if (this.#toolbar) this.#toolbar.update(options);
    else {
      this.#toolbar = mountToolbar(this.ownerDocument, options);
      // The skip link (in the page) points at the bar's id, which is in the shadow root where a document link
      // cannot land: the host takes the bar's id (unless the page gave it one), so the link has a target.
      const bar = this.#portal.querySelector<HTMLElement>('.yf-toolbar[id]');
      if (bar && !this.id) {
        this.id = bar.id;
        this.#givenId = bar.id;
      }
    }
  }

  /** Shows a short friendly note in place, logs one console error (once per problem) and fires `yinfa-error`. */
  #showProblem(problem: AttrProblem, locale = resolveLocale(this.ownerDocument.documentElement.lang || 'zh-CN')): void {
    if (this.#portal && !this.#note) {
      this.#note = this.ownerDocument.createElement('p');
      this.#note.className = 'yf-element-error';
      this.#portal.append(this.#note);
    }
    if (this.#note) {
      this.#note.textContent = createCatalogueTranslator(locale, elementMessages)('elements.problem');
      this.#note.setAttribute('data-problem', problem.attribute);
    }
    const key = `${problem.attribute}\n${problem.detail}`;
    if (key === this.#lastProblem) return;
    this.#lastProblem = key;
    const where = problem.attribute ? `attribute "${problem.attribute}"` : 'element';
    console.error(`<${this.localName}> ${where}: ${problem.detail}. The element shows a short note in its place; the rest of the page is unaffected.`);
    this.dispatchEvent(new CustomEvent('yinfa-error', { detail: { attribute: problem.attribute, message: problem.detail }, bubbles: true, composed: true }));
  }
}
