/**
 * Foundations/Spacing: the spacing scale, radii, border width and control padding. Every one is rem × --yf-scale,
 * so space grows with the text (WCAG 1.4.4: nothing overlaps at 200 %); the bars are drawn at that size.
 */
import type { YinfaMode } from '@yinfa/tokens';
import { Stack } from '../layout/Layout';
import { useYinfa } from '../provider/context';
import { MODES, remFormula, token } from './parts';

const SPACES = ['1', '2', '3', '4', '5', '6', '7'] as const;

const WORDS = {
  'zh-CN': {
    spaces: '间距',
    spacesHint: '组件之间、组件内部都只用这七档间距。布局组件 Stack 和 Cluster 的 gap={1…7} 就是这七档。',
    shape: '圆角和边框',
    radiusControl: '控件圆角（按钮、输入框）',
    radiusCard: '卡片圆角',
    border: '边框宽度（让控件的边看得见，WCAG 1.4.11）',
    padding: '按钮左右内边距，各模式',
  },
  'en-US': {
    spaces: 'Space',
    spacesHint: 'Seven steps, used between and inside components. The layout components Stack and Cluster take gap={1…7}: these steps.',
    shape: 'Radii and borders',
    radiusControl: 'Control radius (buttons, inputs)',
    radiusCard: 'Card radius',
    border: 'Border width (so a control’s edge is seen, WCAG 1.4.11)',
    padding: 'Button padding left and right, per mode',
  },
};

/** A bar as long as the value, drawn with the token itself (so it follows --yf-scale). */
function Bar({ variable }: { variable: string }) {
  return <span aria-hidden="true" style={{ display: 'block', inlineSize: `var(${variable})`, blockSize: 'var(--yf-space-4)', background: 'var(--yf-color-primary)', borderRadius: '0.125rem' }} />;
}

function Row({ variable, value, label }: { variable: string; value: string; label?: string }) {
  return (
    <li data-token={variable}>
      <Stack gap={1}>
        <span>
          {label ? <strong>{label} </strong> : null}
          <code>{variable}</code>: {remFormula(value)}
        </span>
        <Bar variable={variable} />
      </Stack>
    </li>
  );
}

const list = { margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 'var(--yf-space-4)' } as const;

export function SpacingScale() {
  const { locale, t } = useYinfa();
  const words = WORDS[locale] ?? WORDS['zh-CN'];
  const mode: YinfaMode = 'standard';
  return (
    <Stack gap={5}>
      <section aria-labelledby="spacing-space">
        <Stack gap={3}>
          <h3 id="spacing-space" style={{ margin: 0, fontSize: 'var(--yf-font-size-large)' }}>
            {words.spaces}
          </h3>
          <p>{words.spacesHint}</p>
          <ul style={list}>
            {SPACES.map((n) => (
              <Row key={n} variable={`--yf-space-${n}`} value={token(mode, `space-${n}`)} />
            ))}
          </ul>
        </Stack>
      </section>
      <section aria-labelledby="spacing-shape">
        <Stack gap={3}>
          <h3 id="spacing-shape" style={{ margin: 0, fontSize: 'var(--yf-font-size-large)' }}>
            {words.shape}
          </h3>
          <ul style={list}>
            <Row variable="--yf-radius-control" value={token(mode, 'radius-control')} label={words.radiusControl} />
            <Row variable="--yf-radius-card" value={token(mode, 'radius-card')} label={words.radiusCard} />
            <Row variable="--yf-border-width" value={token(mode, 'border-width')} label={words.border} />
          </ul>
          <p>{words.padding}:</p>
          <ul style={list}>
            {MODES.map((m) => (
              <li key={m} data-mode-padding={m}>
                {t(`mode.${m}` as 'mode.standard')} <code>--yf-size-control-padding-inline</code>: {remFormula(token(m, 'size-control-padding-inline'))}
              </li>
            ))}
          </ul>
        </Stack>
      </section>
    </Stack>
  );
}
