/**
 * The elements build's CSS transform, in Node: rem → var(--yf-rem) outside at-rule preludes.
 * (The toolbar adopts its page stylesheet itself, so no CSP source swap is needed any more.)
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without declarations
import { remToVar } from '../../packages/elements/build.mjs';

describe('remToVar', () => {
  it('rewrites lengths in declarations, keeps media queries and identifiers', () => {
    const css = '@media (min-width:40rem){.a{padding:1rem .5rem -0.25rem 2rem}}.b{font-size:calc(1.25rem * var(--yf-scale,1))}.c2rem{margin:0}--yf-rem-x{}';
    const out: string = remToVar(css);
    expect(out).toContain('@media (min-width:40rem)');
    expect(out).toContain('padding:var(--yf-rem,1rem) calc(var(--yf-rem,1rem)*.5) calc(var(--yf-rem,1rem)*-0.25) calc(var(--yf-rem,1rem)*2)');
    expect(out).toContain('font-size:calc(calc(var(--yf-rem,1rem)*1.25) * var(--yf-scale,1))');
    expect(out).toContain('.c2rem{margin:0}');
    expect(out).toContain('--yf-rem-x{}');
  });

  it('leaves no bare rem in the real bundled CSS outside media queries', async () => {
    // @ts-expect-error plain JavaScript
    const { bundleCss } = await import('../../packages/elements/build.mjs');
    const css: string = await bundleCss();
    const outside = css.replace(/@(media|container|supports)[^{]*/g, '').replaceAll('var(--yf-rem,1rem)', '');
    expect(outside.match(/(?<![\w.-])(\d+(\.\d+)?|\.\d+)rem(?![\w-])/g)).toBeNull();
    expect(css).toContain('var(--yf-rem,1rem)');
  });
});
