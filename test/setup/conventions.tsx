/**
 * The API convention check (docs/contributing.md, "API convention"), shared by the convention tests of
 * @yinfa/react and @yinfa/widgets:
 * - every component: `className` (merged), `style` and `data-*` land on the outermost element it renders;
 * - a component that is not a form control also puts `id`, `aria-*` and its forwarded `ref` there;
 * - a form control puts `id`, `aria-*` and its `ref` on the control itself (the `<input>`, `<select>`,
 *   `<textarea>`, the switch's `<button>`, a radio group's `<fieldset>`), and its `inputProps` reach the control
 *   (a radio group's: every radio).
 */
import { act, render } from '@testing-library/react';
import { YinfaProvider } from '@yinfa/react';
import { createRef, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';

export const host = { className: 'host-class', style: { outlineOffset: '7px' }, 'data-probe': 'yes', id: 'probe-id', 'aria-describedby': 'probe-note' } as const;
export type Host = typeof host;

export interface Row {
  make: (p: Host) => ReactElement;
  /** A form control: finds the control inside the outermost element. */
  control?: (outer: HTMLElement) => Element | null;
  /** Where the outermost element is when it is not the slot's first child (a dialog's portal). */
  outer?: (slot: HTMLElement) => HTMLElement | null;
  /** Where `inputProps` land when not on the control itself (a radio group's radios). */
  inputPropsOn?: (outer: HTMLElement) => Element | null;
  /** Its `ref` is an imperative handle (documented on the component), not an element. */
  refIsHandle?: true;
}

export const inside = (selector: string) => (outer: HTMLElement) => outer.querySelector(selector);
export const itself = (outer: HTMLElement) => outer;

/** The PascalCase names of an entry's exports. */
export const components = (entry: object) => Object.keys(entry).filter((k) => /^[A-Z][a-z]/.test(k));

/**
 * The whole test for one entry: a case per row, then a completeness check — every PascalCase export has a row or an
 * exemption with its reason, and no row names something the entry does not export.
 */
export function conventionSuite(title: string, entry: object, rows: Record<string, Row>, exempt: Record<string, string>) {
  describe(`${title}: className, style and DOM props land on the outermost element (controls: on the control)`, () => {
    for (const [name, row] of Object.entries(rows)) it(name, () => check(name, row));
  });
  describe(`${title}: every component export has a row or a reasoned exemption`, () => {
    it('the rows and exemptions cover the exports', () => {
      expect(components(entry).filter((k) => !(k in rows) && !(k in exempt)), 'exports without a row').toEqual([]);
      expect(Object.keys(rows).filter((k) => !(k in entry)), 'rows for names that are not exported').toEqual([]);
      expect(Object.entries(exempt).filter(([, why]) => why.trim().length < 10), 'exemptions without a reason').toEqual([]);
    });
  });
}

const FORWARD_REF = Symbol.for('react.forward_ref');

export async function check(name: string, row: Row) {
  const ref = createRef<Element>();
  // Only a component made with forwardRef takes a ref on React 18 (a form control must: its ref is the control's).
  const forwards = (row.make(host).type as { $$typeof?: symbol })?.$$typeof === FORWARD_REF;
  if (row.control && !forwards) throw new Error(`${name}: a form control forwards its ref to the control (use forwardRef)`);
  const props = { ...host, ...(forwards ? { ref } : {}), ...(row.control ? { inputProps: { 'data-inner': 'yes' } } : {}) } as Host;
  const element = row.make(props);
  const { getByTestId } = render(
    <YinfaProvider>
      <div data-testid="slot">{element}</div>
    </YinfaProvider>,
  );
  await act(async () => {}); // effects that settle after the first render (voices loading, engines starting)
  const slot = getByTestId('slot');
  // The provider renders its live region first, so the component's outermost element is the slot's first child.
  const outer = row.outer ? row.outer(slot) : (slot.firstElementChild as HTMLElement | null);
  expect(outer, `${name} renders an element`).not.toBeNull();
  const tag = `<${outer!.tagName.toLowerCase()} class="${outer!.className}">`;
  expect(outer!.classList.contains('host-class'), `${name}: className on the outermost element ${tag}`).toBe(true);
  expect(outer!.getAttribute('data-probe'), `${name}: data-* on the outermost element ${tag}`).toBe('yes');
  expect(outer!.style.outlineOffset, `${name}: style on the outermost element ${tag}`).toBe('7px');
  const target = row.control ? row.control(outer!) : outer;
  const where = row.control ? 'the control' : 'the outermost element';
  expect(target, `${name}: finds its control`).not.toBeNull();
  expect(target!.id, `${name}: id on ${where}`).toBe('probe-id');
  expect(target!.getAttribute('aria-describedby') ?? '', `${name}: aria-* on ${where}`).toContain('probe-note');
  if (row.control) {
    const inner = row.inputPropsOn ? row.inputPropsOn(outer!) : target;
    expect(inner?.getAttribute('data-inner'), `${name}: inputProps on ${row.inputPropsOn ? 'the inputs' : 'the control'}`).toBe('yes');
    expect(ref.current, `${name}: ref on the control`).toBe(target);
  } else if (row.refIsHandle) {
    expect(ref.current, `${name}: ref is its handle`).not.toBeNull();
  } else if (forwards) {
    expect(ref.current, `${name}: ref on the outermost element`).toBe(outer);
  }
}
