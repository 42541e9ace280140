/**
 * The few DOM builders the framework-free toolbar needs. They write the same markup and classes as
 * @yinfa/react's Button, Select and Dialog, so one stylesheet styles both and a page sees one toolbar.
 */

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | null | undefined | false;

/** `h('div', { class: 'x', onclick: fn }, child…)`: attributes with string values, `on*` as listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else setAttr(el, name, value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Sets or removes an attribute: false/null/undefined remove it, true sets it empty. */
export function setAttr(el: Element, name: string, value: string | number | boolean | null | undefined): void {
  if (value === false || value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? '' : String(value));
}

/** Sets text only when it changed (a text write would otherwise restart a screen reader's reading). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A decorative inline SVG (hidden from assistive technology). */
export function icon(doc: Document, className: string, paths: Array<Record<string, string>>): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const attrs of paths) {
    const tag = attrs.tag ?? 'path';
    const p = doc.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) if (k !== 'tag') p.setAttribute(k, v);
    svg.append(p);
  }
  return svg;
}

export interface ButtonHandle {
  el: HTMLButtonElement;
  setLabel(text: string): void;
}

/** The markup of @yinfa/react's Button: `.yf-button` with `data-variant` and a label span. */
export function button(doc: Document, label: string, variant: 'primary' | 'secondary', onClick: () => void, attrs: Attrs = {}): ButtonHandle {
  const text = h(doc, 'span', { class: 'yf-button__label' }, label);
  const { class: extra, ...rest } = attrs;
  const el = h(doc, 'button', { type: 'button', 'data-variant': variant, ...rest, class: `yf-button yf-focus-ring${extra ? ` ${String(extra)}` : ''}`, onclick: () => onClick() }, text);
  return { el, setLabel: (t) => setText(text, t) };
}

let uid = 0;
/** An id unique in this document for this toolbar's parts. */
export function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid.toString(36)}`;
}

export interface SelectHandle {
  el: HTMLDivElement;
  control: HTMLSelectElement;
  setOptions(options: Array<{ value: string; label: string }>): void;
  setLabel(text: string): void;
}

/** The markup of @yinfa/react's Select: a `.yf-field` with a label and a large native `<select>`. */
export function select(doc: Document, label: string, className: string, onChange: (value: string) => void): SelectHandle {
  const id = nextId('yf-toolbar-field');
  const labelEl = h(doc, 'label', { class: 'yf-field__label', for: id, id: `${id}-label` }, label);
  const control = h(doc, 'select', { id, class: 'yf-input yf-select__control yf-focus-ring', onchange: () => onChange(control.value) });
  const el = h(
    doc,
    'div',
    { class: `yf-field ${className}` },
    labelEl,
    h(doc, 'span', { class: 'yf-select' }, control, icon(doc, 'yf-select__chevron', [{ d: 'M6 9l6 6 6-6', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.5', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }])),
  );
  return {
    el,
    control,
    setLabel: (t) => setText(labelEl, t),
    setOptions(options) {
      const value = control.value;
      const same = options.length === control.options.length && options.every((o, i) => control.options[i]!.value === o.value && control.options[i]!.text === o.label);
      if (same) return;
      control.replaceChildren(...options.map((o) => h(doc, 'option', { value: o.value }, o.label)));
      if (value) control.value = value;
    },
  };
}
