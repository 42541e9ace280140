import { expect } from 'vitest';

/**
 * One second after a step change of a question-page flow: focus is on the page heading (an h1 with these
 * words) or on the error summary — never left on <body>. Shared by the flow focus tests.
 */
export async function focusLandsOn(expected: string | 'error-summary', settleMs = 1000): Promise<void> {
  await new Promise((r) => setTimeout(r, settleMs));
  const el = document.activeElement as HTMLElement | null;
  const where = el === document.body ? '<body>' : el?.outerHTML.slice(0, 80);
  if (expected === 'error-summary') {
    expect(el?.classList.contains('yf-error-summary'), `focus is on ${where}`).toBe(true);
    return;
  }
  expect(el?.tagName, `focus is on ${where}`).toBe('H1');
  expect(el?.textContent?.trim()).toBe(expected);
}
