/**
 * The theme studio for Storybook: a designer types a brand colour and sees the components in every mode,
 * each with the measured contrast of every pairing (WCAG 2 ratio against its bar, APCA Lc beside it).
 * Story-only (not exported from @yinfa/react); the logic is createTheme() and checkTheme() from @yinfa/core.
 */
import { checkTheme, createTheme, THEME_MODES, type Theme, type ThemeMode, type ThemePairing } from '@yinfa/core';
import { useMemo, useState } from 'react';
import { Alert } from '../alert/Alert';
import { Button } from '../button/Button';
import { Checkbox } from '../checkbox/Checkbox';
import { Cluster, Stack } from '../layout/Layout';
import { Link } from '../link/Link';
import { YinfaProvider } from '../provider/YinfaProvider';
import { useYinfa } from '../provider/context';
import { RadioGroup } from '../radio-group/RadioGroup';
import { Switch } from '../switch/Switch';
import { TextField } from '../text-field/TextField';

const SAMPLES = ['#C7000B', '#0066B3', '#00A650', '#E60012', '#FFF59D'];

const WORDS = {
  'zh-CN': {
    primary: '品牌主色',
    primaryHint: '十六进制，如 #C7000B；也可以是 rgb()、hsl()、oklch()',
    accent: '辅助色（链接和焦点框，可不填）',
    samples: '试试这些颜色',
    highContrast: '高对比模式也用品牌色',
    invalid: '这不是颜色，仍用默认主题。',
    invalidField: (v: string) => `“${v}”不是颜色。请填 #C7000B 这样的十六进制色值，或 rgb()、hsl()、oklch()。`,
    adjusted: '为达到对比度要求，调整了这些颜色的明度（色相不变）：',
    colours: { '--yf-color-primary': '主色（按钮、开关）', '--yf-color-primary-hover': '主色（悬停）', '--yf-color-primary-active': '主色（按下）', '--yf-color-on-primary': '主色上的文字', '--yf-color-link': '链接', '--yf-color-focus': '焦点框' } as Record<string, string>,
    amount: '转账金额（元）',
    none: '品牌色在各模式都直接达标，没有调整。',
    pairs: '实测对比度',
    pass: '达标',
    fail: '不达标',
    modes: { standard: '标准模式', elder: '长辈模式', 'high-contrast': '高对比模式' } as Record<ThemeMode, string>,
    sample: { confirm: '确认转账', back: '返回修改', later: '稍后再说', full: '今日已约满', notify: '到账提醒', agree: '我已阅读并同意', link: '查看收费标准', pick: '到账方式', now: '实时到账', tomorrow: '次日到账' },
  },
  'en-US': {
    primary: 'Brand colour',
    primaryHint: 'Hex such as #C7000B; rgb(), hsl() and oklch() work too',
    accent: 'Accent for links and the focus ring (optional)',
    samples: 'Try these colours',
    highContrast: 'Use the brand colour in high-contrast mode too',
    invalid: 'That is not a colour; the default theme stays.',
    invalidField: (v: string) => `"${v}" is not a colour. Use a hex value such as #C7000B, or rgb(), hsl(), oklch().`,
    adjusted: 'Lightness shifted (hue kept) to meet a contrast bar:',
    colours: { '--yf-color-primary': 'primary (buttons, switches)', '--yf-color-primary-hover': 'primary, hover', '--yf-color-primary-active': 'primary, pressed', '--yf-color-on-primary': 'text on primary', '--yf-color-link': 'links', '--yf-color-focus': 'focus ring' } as Record<string, string>,
    amount: 'Amount (yuan)',
    none: 'The brand colour meets every bar in every mode as it is.',
    pairs: 'Measured contrast',
    pass: 'meets',
    fail: 'fails',
    modes: { standard: 'Standard', elder: 'Elder mode', 'high-contrast': 'High contrast' } as Record<ThemeMode, string>,
    sample: { confirm: 'Confirm transfer', back: 'Go back', later: 'Later', full: 'Fully booked', notify: 'Arrival alerts', agree: 'I have read and agree', link: 'See the fees', pick: 'Arrival', now: 'Now', tomorrow: 'Next day' },
  },
};

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{ display: 'inline-block', inlineSize: '1em', blockSize: '1em', verticalAlign: 'middle', background: colour, border: 'var(--yf-border-width) solid var(--yf-color-border)', marginInlineEnd: 'var(--yf-space-1)' }}
    />
  );
}

type Words = (typeof WORDS)['zh-CN'];

function PairingList({ pairings, words }: { pairings: ThemePairing[]; words: Words }) {
  return (
    <ul data-testid="pairings" style={{ margin: 0, paddingInlineStart: 'var(--yf-space-5)' }}>
      {pairings.map((p) => (
        <li key={p.use} data-pass={p.pass ? 'true' : 'false'}>
          <Swatch colour={p.foreground} />
          <Swatch colour={p.background} />
          {p.use}: {p.ratio.toFixed(2)}:1 (≥ {p.bar}:1, {p.pass ? words.pass : words.fail}) · APCA Lc {p.apca.toFixed(0)}
        </li>
      ))}
    </ul>
  );
}

function Samples({ words }: { words: Words }) {
  const s = words.sample;
  return (
    <Stack gap={4}>
      <Cluster gap={3}>
        <Button variant="primary">{s.confirm}</Button>
        <Button variant="secondary">{s.back}</Button>
        <Button variant="quiet">{s.later}</Button>
        <Button disabled>{s.full}</Button>
      </Cluster>
      <TextField label={words.amount} defaultValue="500" inputMode="decimal" />
      <Switch label={s.notify} defaultChecked />
      <Checkbox label={s.agree} defaultChecked />
      <RadioGroup label={s.pick} defaultValue="now" options={[{ value: 'now', label: s.now }, { value: 'tomorrow', label: s.tomorrow }]} />
      <p>
        <Link href="#fees">{s.link}</Link>
      </p>
    </Stack>
  );
}

/** Which colours moved, per mode, in plain words, with the colour they became. */
function AdjustedList({ theme, words }: { theme: Theme; words: Words }) {
  return (
    <ul data-testid="adjusted" style={{ margin: 0, paddingInlineStart: 'var(--yf-space-5)' }}>
      {theme.adjusted.map((entry) => {
        const [mode, property] = entry.split(' ') as [ThemeMode, string];
        const colour = theme.modes[mode]?.[property] ?? '';
        return (
          <li key={entry} data-adjusted={entry}>
            {words.modes[mode] ?? mode} · {words.colours[property] ?? property} <code>{property}</code> → <Swatch colour={colour} />
            <code>{colour}</code>
          </li>
        );
      })}
    </ul>
  );
}

export function ThemeStudio({ initial = '#C7000B' }: { initial?: string }) {
  const { locale } = useYinfa();
  const words = WORDS[locale] ?? WORDS['zh-CN'];
  const [primary, setPrimary] = useState(initial);
  const [accent, setAccent] = useState('');
  const [highContrast, setHighContrast] = useState(false);
  const result = useMemo(() => {
    try {
      const theme = createTheme({ primary, accent: accent.trim() || undefined, highContrast });
      return { theme, pairings: checkTheme(theme.modes) };
    } catch (error) {
      // createTheme names the option it rejected ("createTheme: accent "…" is not a colour").
      return { error: (error as Error).message, field: /^createTheme: accent\b/.test((error as Error).message) ? 'accent' : 'primary' };
    }
  }, [primary, accent, highContrast]);

  return (
    <Stack gap={5}>
      <TextField
        label={words.primary}
        hint={words.primaryHint}
        value={primary}
        onChange={(e) => setPrimary(e.target.value)}
        error={'field' in result && result.field === 'primary' ? words.invalidField(primary) : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField
        label={words.accent}
        value={accent}
        onChange={(e) => setAccent(e.target.value)}
        error={'field' in result && result.field === 'accent' ? words.invalidField(accent) : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      <Stack gap={2}>
        <p>{words.samples}</p>
        <Cluster gap={2}>
          {SAMPLES.map((c) => (
            <Button key={c} variant="secondary" onClick={() => setPrimary(c)}>
              <Swatch colour={c} />
              {c}
            </Button>
          ))}
        </Cluster>
      </Stack>
      <Switch label={words.highContrast} checked={highContrast} onCheckedChange={setHighContrast} />
      {'error' in result ? (
        <Alert variant="warning" title={words.invalid}>
          <p lang="en">{result.error}</p>
        </Alert>
      ) : (
        <Alert variant="info" title={result.theme.adjusted.length ? words.adjusted : words.none}>
          {result.theme.adjusted.length ? <AdjustedList theme={result.theme} words={words} /> : null}
        </Alert>
      )}
      {THEME_MODES.map((mode) => (
        <section key={mode} aria-labelledby={`studio-${mode}`} style={{ border: 'var(--yf-border-width) solid var(--yf-color-border)', borderRadius: 'var(--yf-radius-card)' }}>
          <YinfaProvider mode={mode} theme={'theme' in result ? result.theme : undefined} style={{ padding: 'var(--yf-space-4)', borderRadius: 'var(--yf-radius-card)' }}>
            <Stack gap={4}>
              <h3 id={`studio-${mode}`} style={{ margin: 0, fontSize: 'var(--yf-font-size-large)' }}>
                {words.modes[mode]}
              </h3>
              <Samples words={words} />
              {'pairings' in result && result.pairings ? (
                <Stack gap={2}>
                  <h4 style={{ margin: 0, fontSize: 'var(--yf-font-size-body)' }}>{words.pairs}</h4>
                  <PairingList pairings={result.pairings.filter((p) => p.mode === mode)} words={words} />
                </Stack>
              ) : null}
            </Stack>
          </YinfaProvider>
        </section>
      ))}
    </Stack>
  );
}
