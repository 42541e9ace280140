/**
 * Foundations/Colours: every colour pairing of tokens/pairs.json (the pairs tokens.test.ts checks), per mode,
 * drawn with the mode's token values and measured with @yinfa/core's contrastRatio against the mode's bar
 * (text 4.5:1, 7:1 in elder and high contrast, WCAG 1.4.3 / 1.4.6; edges and fills 3:1, WCAG 1.4.11).
 */
import { contrastRatio, MODE_BARS, type Locale } from '@yinfa/core';
import pairs from '@yinfa/tokens/tokens/pairs.json';
import { tokens, type YinfaMode } from '@yinfa/tokens';
import { Stack } from '../layout/Layout';
import { useYinfa } from '../provider/context';
import { cardGrid, ModeSection, MODES, Swatch, token } from './parts';

interface Pair {
  fg: string;
  bg: string;
  use: Record<Locale, string>;
}
type Kind = 'text' | 'non-text';

const WORDS = {
  'zh-CN': {
    text: '文字颜色：每一对都是“文字色 在 底色 上”',
    nonText: '边框、填充和焦点框（非文字，至少 3:1）',
    others: '只作底色或装饰的颜色',
    othersHint: '这些颜色本身不承载文字；上面的配对里已量过它们作为底色时的对比度。分隔线只作装饰，从不是控件唯一的边。',
    on: '在',
    meets: '达标',
    fails: '不达标',
    sample: '银发 Aa',
  },
  'en-US': {
    text: 'Text colours: each pair is “text colour on surface”',
    nonText: 'Borders, fills and the focus ring (non-text, at least 3:1)',
    others: 'Colours used only as surfaces or decoration',
    othersHint: 'These carry no text themselves; the pairs above measure them as surfaces. The divider is decoration only, never the only edge of a control.',
    on: 'on',
    meets: 'meets',
    fails: 'fails',
    sample: 'Yinfa Aa',
  },
};
type Words = (typeof WORDS)['zh-CN'];

export interface MeasuredPair {
  kind: Kind;
  fg: string;
  bg: string;
  foreground: string;
  background: string;
  ratio: number;
  bar: number;
  pass: boolean;
  use: Record<Locale, string>;
}

/** Every pair of tokens/pairs.json measured in one mode. */
export function measurePairs(mode: YinfaMode): MeasuredPair[] {
  const all: Array<[Kind, Pair[]]> = [
    ['text', pairs.text as Pair[]],
    ['non-text', pairs['non-text'] as Pair[]],
  ];
  return all.flatMap(([kind, list]) =>
    list.map((p) => {
      const foreground = token(mode, `color-${p.fg}`);
      const background = token(mode, `color-${p.bg}`);
      const ratio = contrastRatio(foreground, background);
      const bar = kind === 'text' ? MODE_BARS[mode].text : MODE_BARS[mode].nonText;
      return { kind, fg: p.fg, bg: p.bg, foreground, background, ratio, bar, pass: ratio >= bar, use: p.use };
    }),
  );
}

/** Text pairs show real text in the colours (the mode audit measures it too); non-text pairs show an edge. */
function Sample({ pair, words }: { pair: MeasuredPair; words: Words }) {
  const box = { display: 'inline-block', padding: 'var(--yf-space-2) var(--yf-space-3)', background: pair.background, borderRadius: 'var(--yf-radius-control)', border: 'var(--yf-border-width) solid var(--yf-color-divider)' };
  if (pair.kind === 'text') {
    return (
      <span aria-hidden="true" style={{ ...box, color: pair.foreground }}>
        {words.sample}
      </span>
    );
  }
  return (
    <span aria-hidden="true" style={box}>
      <span style={{ display: 'block', inlineSize: '3em', blockSize: '1.5em', border: `0.25em solid ${pair.foreground}`, borderRadius: 'var(--yf-radius-control)' }} />
    </span>
  );
}

function PairList({ list, words, locale }: { list: MeasuredPair[]; words: Words; locale: Locale }) {
  return (
    <ul style={cardGrid('18em')}>
      {list.map((p) => (
        <li key={`${p.fg}/${p.bg}`} data-pair={`${p.fg}/${p.bg}`} data-ratio={p.ratio.toFixed(2)} data-pass={String(p.pass)}>
          <Stack gap={2}>
            <Sample pair={p} words={words} />
            <span>
              <strong>{p.use[locale]}</strong>
              <br />
              <code>--yf-color-{p.fg}</code> {p.foreground} {words.on} <code>--yf-color-{p.bg}</code> {p.background}
              <br />
              {p.ratio.toFixed(2)}:1 (≥ {p.bar}:1, {p.pass ? words.meets : words.fails})
            </span>
          </Stack>
        </li>
      ))}
    </ul>
  );
}

/** Colour tokens that never appear as the foreground of a pair: surfaces and decoration. */
function surfaceNames(mode: YinfaMode, measured: MeasuredPair[]): Array<[string, string]> {
  const foregrounds = new Set(measured.map((p) => p.fg));
  return Object.entries(tokens[mode])
    .filter(([name]) => name.startsWith('yf-color-') && !foregrounds.has(name.slice('yf-color-'.length)))
    .map(([name, value]) => [name.slice('yf-color-'.length), value]);
}

export function ColourTokens() {
  const { locale } = useYinfa();
  const words = WORDS[locale] ?? WORDS['zh-CN'];
  return (
    <Stack gap={5}>
      {MODES.map((mode) => {
        const measured = measurePairs(mode);
        return (
          <ModeSection key={mode} mode={mode} idPrefix="colours">
            <h4 style={{ margin: 0, fontSize: 'var(--yf-font-size-body)' }}>{words.text}</h4>
            <PairList list={measured.filter((p) => p.kind === 'text')} words={words} locale={locale} />
            <h4 style={{ margin: 0, fontSize: 'var(--yf-font-size-body)' }}>{words.nonText}</h4>
            <PairList list={measured.filter((p) => p.kind === 'non-text')} words={words} locale={locale} />
            <h4 style={{ margin: 0, fontSize: 'var(--yf-font-size-body)' }}>{words.others}</h4>
            <p>{words.othersHint}</p>
            <ul style={cardGrid('16em')}>
              {surfaceNames(mode, measured).map(([name, value]) => (
                <li key={name} data-surface={name}>
                  <Swatch colour={value} /> <code>--yf-color-{name}</code> {value}
                </li>
              ))}
            </ul>
          </ModeSection>
        );
      })}
    </Stack>
  );
}
