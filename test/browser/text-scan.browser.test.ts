/**
 * Reading the page's sheets in slices (the toolbar reads them in idle time before the first 字变大): a scan
 * stopped by `outOfTime` and resumed with the same `seen` finds exactly what one uninterrupted scan finds,
 * rules nested in @media, @supports, @layer and CSS nesting included, and reads no rule twice.
 */
import { describe, expect, it } from 'vitest';
import { scanSheets } from '../../packages/dom/src/text/rules';

function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

const rules = Array.from({ length: 400 }, (_, i) => {
  const rule = `.r${i} { font-size: ${12 + (i % 5)}px; color: #333; }`;
  if (i % 7 === 0) return `@media (min-width: 1px) { ${rule} .b${i} { height: 30px; } }`;
  if (i % 11 === 0) return `@supports (display: grid) { @layer page { ${rule} } }`;
  if (i % 13 === 0) return `.n${i} { color: red; & .x { line-height: 20px; transition: all .3s; } }`;
  return rule;
}).join('\n');

const summary = (scan: { edits: { style: CSSStyleDeclaration }[]; boxes: { selector: string }[]; transitions: string[] }) => ({
  edits: scan.edits.map((e) => e.style.cssText).sort(),
  boxes: scan.boxes.map((b) => b.selector).sort(),
  transitions: [...scan.transitions].sort(),
});

describe('scanSheets in slices', () => {
  it('a scan resumed after running out of time finds exactly what one whole scan finds', () => {
    const sheets = [sheetOf(rules), sheetOf('.tail { font-size: 14px; }')];
    const whole = scanSheets(sheets, () => false, new WeakSet());
    expect(whole.complete).toBe(true);
    expect(whole.edits.length).toBeGreaterThan(400);

    const seen = new WeakSet<CSSRule>();
    const parts: ReturnType<typeof scanSheets>[] = [];
    let checks = 0;
    for (let slice = 0; slice < 100; slice++) {
      // Out of time at every second check: a slice reads 64–127 rules.
      const part = scanSheets(sheets, () => false, seen, () => ++checks % 2 === 0);
      parts.push(part);
      if (part.complete) break;
    }
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.at(-1)!.complete).toBe(true);
    const merged = { edits: parts.flatMap((p) => p.edits), boxes: parts.flatMap((p) => p.boxes), transitions: parts.flatMap((p) => p.transitions) };
    expect(summary(merged)).toEqual(summary(whole));
    // Nothing left: a further scan with the same `seen` reads nothing.
    expect(summary(scanSheets(sheets, () => false, seen))).toEqual({ edits: [], boxes: [], transitions: [] });
  });
});
