import { describe, expect, it } from 'vitest';

describe('@yinfa/dom on the server', () => {
  it('imports in Node without window or document, and touches them only when called', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const dom = await import('@yinfa/dom');
    expect(typeof dom.createPagePresentation).toBe('function');
    expect(typeof dom.createTextEnlarger).toBe('function');
    expect(dom.scaleFontSize('12px', 2)).toBe('24px');
  });
});
