/**
 * The script builds' rule-level CSS pruning (packages/elements/css-prune.mjs): a rule stays when one of its
 * selectors can match what the script's code can make, judged by its `yf-` classes; nothing else changes.
 * The last test runs it on the built banner script to check the pruning really happened there and kept
 * every class the banner's code names (build first: `node packages/elements/build.mjs`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error css-prune.mjs is plain JavaScript without declarations
import { classesInCode, pruneCss, selectorCanMatch } from '../../packages/elements/css-prune.mjs';

const present = (...names: string[]) => new Set(names);

describe('classesInCode', () => {
  it('finds yf- classes as whole words in minified code, and not inside longer names', () => {
    const code = 'e.className="yf-button yf-button--primary";x("my-yf-thing");const y=`yf-stack`';
    expect([...(classesInCode(code) as Set<string>)].sort()).toEqual(['yf-button', 'yf-button--primary', 'yf-stack']);
  });
});

describe('selectorCanMatch', () => {
  it('needs every yf- class of a compound or descendant selector', () => {
    expect(selectorCanMatch('.yf-banner .yf-banner__title', present('yf-banner', 'yf-banner__title'))).toBe(true);
    expect(selectorCanMatch('.yf-banner .yf-guard__step', present('yf-banner'))).toBe(false);
  });
  it('does not need a class under :not(), and keeps :is()/:where() lists whole', () => {
    expect(selectorCanMatch('.yf-row:not(.yf-guard)', present('yf-row'))).toBe(true);
    expect(selectorCanMatch(':where(.yf-guard, .yf-banner) h2', present('yf-banner'))).toBe(true);
  });
  it('never removes a rule for element names, attributes or other libraries’ classes', () => {
    expect(selectorCanMatch('dialog[open] .leaflet-popup', present())).toBe(true);
    expect(selectorCanMatch('[data-yf-mode="elder"] button', present())).toBe(true);
  });
});

describe('pruneCss', () => {
  const css =
    '@layer yinfa.base, yinfa.components;@layer yinfa.reset{}' +
    '@layer yinfa{.yf-banner{color:red}.yf-guard{color:blue}.yf-banner,.yf-guard__step{margin:0}' +
    '@media (min-width:40em){.yf-guard{padding:0}}' +
    '@keyframes yf-spin{from{opacity:0}to{opacity:1}}}';

  it('drops rules and list members that cannot match, and at-rules pruning left empty', () => {
    const out = pruneCss(css, 'h("div",{className:"yf-banner"})') as string;
    expect(out).toContain('.yf-banner{color:red}');
    expect(out).not.toContain('.yf-guard');
    expect(out).toContain('.yf-banner{margin:0}');
    expect(out).not.toContain('@media');
  });
  it('keeps keyframes and the at-rules that were empty in the source (they order the layers)', () => {
    const out = pruneCss(css, 'yf-banner') as string;
    expect(out).toContain('@keyframes yf-spin{from{opacity:0}to{opacity:1}}');
    expect(out).toContain('@layer yinfa.base, yinfa.components;');
    expect(out).toContain('@layer yinfa.reset{}');
  });
  it('changes nothing when the code uses every class', () => {
    expect(pruneCss(css, 'yf-banner yf-guard yf-guard__step')).toBe(css);
  });

  const banner = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packages/elements/dist/chunks/yinfa-fraud-banner.js');
  it('the built banner script carries no transfer-guard rules, and a rule for each yf- class its code names', () => {
    const code = readFileSync(banner, 'utf8');
    expect(code).not.toMatch(/\.yf-guard[\w-]*[{,:\s]/);
    for (const name of ['yf-fraud-banner', 'yf-fraud-banner__reasons']) {
      expect(code, name).toContain(`${name}`);
      expect(code, `a rule for .${name}`).toMatch(new RegExp(`\\.${name}[{,:\\s.\\[]`));
    }
  });
});
