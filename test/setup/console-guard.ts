/**
 * Every test project fails a test that logs an unexpected `console.error` or a React warning: a warning
 * nobody reads is a bug nobody fixes (keys, act(), hydration mismatches, invalid DOM nesting, prop types).
 *
 * A test that expects an error says so by spying on the console itself
 * (`vi.spyOn(console, 'error').mockImplementation(...)`): the spy replaces this recorder for that test.
 * Yinfa's own `[yinfa]` development warnings (devWarn) are console.warn and stay allowed; React's
 * warnings are console.error in React 18/19, and the few it sends to console.warn are caught by pattern.
 */
import { afterEach, beforeEach } from 'vitest';

const REACT_WARNING = /\bReact\b|react-dom|Warning: |act\(|hydrat|Each child in a list/i;

type Recorded = { method: 'error' | 'warn'; text: string };
let recorded: Recorded[] = [];
const original = { error: console.error, warn: console.warn };

function describe(args: unknown[]): string {
  return args
    .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : (() => { try { return JSON.stringify(a); } catch { return String(a); } })()))
    .join(' ')
    .slice(0, 600);
}

// A call that reaches a recorder through a test's own spy (console.error is then the spy, not the
// recorder) is one the test is watching: not recorded.
function recordError(...args: unknown[]) {
  if (console.error === recordError) recorded.push({ method: 'error', text: describe(args) });
  original.error.apply(console, args as []);
}
function recordWarn(...args: unknown[]) {
  const text = describe(args);
  if (console.warn === recordWarn && REACT_WARNING.test(text) && !text.startsWith('[yinfa]')) recorded.push({ method: 'warn', text });
  original.warn.apply(console, args as []);
}

beforeEach(() => {
  recorded = [];
  console.error = recordError;
  console.warn = recordWarn;
});

afterEach(() => {
  console.error = original.error;
  console.warn = original.warn;
  const found = recorded;
  recorded = [];
  if (found.length > 0) {
    throw new Error(
      `Unexpected console output (${found.length}); fix the cause, or spy on the console in a test that expects it:\n` +
        found.map((r) => `  console.${r.method}: ${r.text}`).join('\n'),
    );
  }
});
