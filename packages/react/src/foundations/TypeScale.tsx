/**
 * Foundations/Type: the type scale of each mode. Each size is rem × --yf-scale (never CSS zoom or transform);
 * the page shows the token, what it comes to at 100 % text on the default 16px root, and the size it is drawn at
 * right now (measured, so it follows the toolbar's text size and the browser's font setting).
 * Bars: body ≥ 16px, elder ≥ 20px (MIIT floor 18px), line height ≥ 1.5 (WCAG 1.4.8), paragraphs 1.3 line heights apart (MIIT APP 1.2).
 */
import type { YinfaMode } from '@yinfa/tokens';
import { Stack } from '../layout/Layout';
import { useYinfa } from '../provider/context';
import { fontSizeOf, ModeSection, MODES, remFormula, token, useMeasured } from './parts';

const SIZES = ['body', 'small', 'large', 'heading', 'display'] as const;
type Size = (typeof SIZES)[number];

const WORDS = {
  'zh-CN': {
    sizes: { body: '正文', small: '小字（与正文一样大：不用更小的字）', large: '大字', heading: '标题', display: '大标题' } as Record<Size, string>,
    sample: '每月养老金到账提醒',
    now: '当前显示',
    lineHeight: '行高',
    paragraph: '段落间距',
    family: '字体',
    familyHint: '无衬线字体优先（工信部适老化规范 1.1）。',
    weights: '字重',
    regular: '常规',
    bold: '加粗',
    times: '倍行高',
  },
  'en-US': {
    sizes: { body: 'Body', small: 'Small (as big as body: nothing smaller)', large: 'Large', heading: 'Heading', display: 'Display' } as Record<Size, string>,
    sample: 'Your pension has arrived',
    now: 'drawn now at',
    lineHeight: 'Line height',
    paragraph: 'Paragraph spacing',
    family: 'Font family',
    familyHint: 'Sans-serif first (MIIT age-friendly spec 1.1).',
    weights: 'Weights',
    regular: 'regular',
    bold: 'bold',
    times: '× line height',
  },
};
type Words = (typeof WORDS)['zh-CN'];

function SizeRow({ mode, size, words }: { mode: YinfaMode; size: Size; words: Words }) {
  const { textScale } = useYinfa();
  const value = token(mode, `font-size-${size}`);
  const [ref, drawn] = useMeasured<HTMLParagraphElement>(fontSizeOf, [mode, textScale]);
  return (
    <li data-size={size} data-drawn={drawn}>
      <Stack gap={1}>
        <span>
          <strong>{words.sizes[size]}</strong> <code>--yf-font-size-{size}</code>: {remFormula(value)}
          {drawn ? ` · ${words.now} ${drawn}` : ''}
        </span>
        <p ref={ref} style={{ margin: 0, fontSize: `var(--yf-font-size-${size})`, lineHeight: 'var(--yf-font-line-height)' }}>
          {words.sample}
        </p>
      </Stack>
    </li>
  );
}

function ModeType({ mode, words }: { mode: YinfaMode; words: Words }) {
  const lineHeight = token(mode, 'font-line-height');
  const spacing = token(mode, 'paragraph-spacing');
  return (
    <>
      <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 'var(--yf-space-4)' }}>
        {SIZES.map((size) => (
          <SizeRow key={size} mode={mode} size={size} words={words} />
        ))}
      </ul>
      <p>
        {words.lineHeight} <code>--yf-font-line-height</code>: {lineHeight} · {words.paragraph} <code>--yf-paragraph-spacing</code>: {spacing} (
        {Math.round((parseFloat(spacing) / parseFloat(lineHeight)) * 100) / 100} {words.times})
      </p>
    </>
  );
}

export function TypeScale() {
  const { locale } = useYinfa();
  const words = WORDS[locale] ?? WORDS['zh-CN'];
  return (
    <Stack gap={5}>
      <Stack gap={2}>
        <p>
          {words.family} <code>--yf-font-family-body</code>: <span lang="en">{token('standard', 'font-family-body')}</span>
        </p>
        <p>{words.familyHint}</p>
        <p>
          {words.weights}: <span style={{ fontWeight: 'var(--yf-font-weight-regular)' }}>{words.regular} {token('standard', 'font-weight-regular')}</span> ·{' '}
          <span style={{ fontWeight: 'var(--yf-font-weight-bold)' }}>{words.bold} {token('standard', 'font-weight-bold')}</span>
        </p>
      </Stack>
      {MODES.map((mode) => (
        <ModeSection key={mode} mode={mode} idPrefix="type">
          <ModeType mode={mode} words={words} />
        </ModeSection>
      ))}
    </Stack>
  );
}
