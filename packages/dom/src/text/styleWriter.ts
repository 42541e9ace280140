/** What was changed in one element's style attribute, and how it was. */
interface Touched {
  attr: string | null;
  props: Map<string, { value: string; priority: string }>;
  written: string | null;
}

export interface StyleWriter {
  /** Sets one property on the element's style attribute (`!important` by default), remembering how it was. */
  touch(el: HTMLElement, prop: string, value: string, priority?: string): void;
  /**
   * Gives every attribute back exactly: as it was, if the page has not changed it since; otherwise only
   * our properties are put back and the page's own change is kept.
   */
  untouchAll(): void;
  /** How many elements carry a change. */
  readonly size: number;
}

/** Writes to elements' style attributes and gives them back exactly (the enlarger's only way to touch an element). */
export function createStyleWriter(): StyleWriter {
  const touched = new Map<HTMLElement, Touched>();
  return {
    touch(el, prop, value, priority = 'important') {
      let t = touched.get(el);
      if (!t) {
        t = { attr: el.getAttribute('style'), props: new Map(), written: null };
        touched.set(el, t);
      }
      if (!t.props.has(prop)) t.props.set(prop, { value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) });
      el.style.setProperty(prop, value, priority);
      t.written = el.getAttribute('style');
    },
    untouchAll() {
      for (const [el, t] of touched) {
        if (el.getAttribute('style') === t.written) {
          if (t.attr === null) el.removeAttribute('style');
          else el.setAttribute('style', t.attr);
        } else {
          for (const [prop, was] of t.props) {
            if (was.value) el.style.setProperty(prop, was.value, was.priority);
            else el.style.removeProperty(prop);
          }
        }
      }
      touched.clear();
    },
    get size() {
      return touched.size;
    },
  };
}
