/**
 * Brand themes in a real browser: component stories with a bank's colour applied (a theme stylesheet on
 * :root, above the provider, the way a host adds its brand) pass the audit's target, contrast and text-size
 * checks in every mode, resting and hovered; the theme reaches dialog portals and shadow roots; and
 * high-contrast mode is untouched unless asked.
 */
import { composeStories } from '@storybook/react-vite';
import { contrastRatio, createTheme, parseColor } from '@yinfa/core';
import { Button, Dialog, ModeScope, YinfaProvider } from '@yinfa/react';
import tokensCss from '@yinfa/tokens/tokens.css?inline';
import { cleanup, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import preview from '../../.storybook/preview';
import { checkContrast, checkTargets, checkTextSize, frames, type AuditMode } from '@yinfa/audit/checks';

const THEMES = ['#C7000B', '#0066B3', '#00A650', '#E60012', '#FFF59D'];
const MODES: AuditMode[] = ['standard', 'elder', 'high-contrast'];
const modules = import.meta.glob<Record<string, unknown>>('../../packages/react/src/{button,switch,checkbox,link,radio-group}/*.stories.tsx', { eager: true });

function applyTheme(css: string) {
  const style = document.createElement('style');
  style.dataset.test = 'theme';
  style.textContent = css;
  document.head.append(style);
}
const customProperty = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

/** Non-text (WCAG 1.4.11): primary fills — buttons, switch tracks — at ≥ 3:1 against the page around them. */
function checkFills(root: HTMLElement): string[] {
  const out: string[] = [];
  const page = parseColor(getComputedStyle(root.querySelector('.yf-root') ?? root).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.yf-button[data-variant="primary"]:not(:disabled), [role="switch"][aria-checked="true"]'))) {
    const target = el.matches('[role="switch"]') ? (el.querySelector('[class*="track"]') ?? el) : el;
    const fill = parseColor(getComputedStyle(target).backgroundColor);
    if (!fill || fill.a === 0) continue;
    const ratio = contrastRatio(fill, page);
    if (ratio < 3) out.push(`${el.className} fill ${getComputedStyle(target).backgroundColor} is ${ratio.toFixed(2)}:1 on the page`);
  }
  return out;
}

beforeAll(async () => {
  await page.viewport(360, 800);
});
afterEach(() => {
  cleanup();
  document.querySelectorAll('style[data-test="theme"]').forEach((s) => s.remove());
  localStorage.clear();
  sessionStorage.clear();
});

for (const primary of THEMES) {
  const theme = createTheme({ primary });
  describe(`theme ${primary}`, () => {
    for (const mode of MODES) {
      it(`component stories pass the audit in ${mode} mode, resting and hovered`, async () => {
        applyTheme(theme.css);
        const problems: string[] = [];
        for (const [file, mod] of Object.entries(modules)) {
          const stories = composeStories(mod as never, { ...preview, initialGlobals: { ...preview.initialGlobals, mode } } as never) as Record<string, ComponentType>;
          for (const [name, Story] of Object.entries(stories)) {
            const { container, unmount } = render(<Story />);
            await frames(2);
            // The theme is in force in every scope (not overridden by the layered mode rule), in that scope's mode.
            for (const scope of Array.from(container.querySelectorAll<HTMLElement>('[data-yinfa-mode]'))) {
              const expected = theme.modes[scope.dataset.yinfaMode as AuditMode]['--yf-color-primary'];
              const actual = customProperty(scope, '--yf-color-primary');
              if (actual !== expected) problems.push(`${name}: --yf-color-primary ${actual} ≠ ${expected} (${scope.dataset.yinfaMode})`);
            }
            const where = `${file.split('/').at(-1)} ${name}`;
            const run = () => [...checkTargets(container), ...checkContrast(container), ...checkTextSize(container)].map((v) => `${where}: ${v.check}: ${v.message}`).concat(checkFills(container).map((m) => `${where}: ${m}`));
            problems.push(...run());
            const primaryButton = container.querySelector<HTMLElement>('.yf-button[data-variant="primary"]:not(:disabled)');
            if (primaryButton) {
              await userEvent.hover(primaryButton);
              await frames(2);
              problems.push(...run().map((p) => `hover ${p}`));
              await userEvent.unhover(primaryButton);
            }
            unmount();
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

describe('where a theme reaches', () => {
  it('a Dialog portalled to <body> from a provider with a theme prop wears the brand', async () => {
    const theme = createTheme({ primary: '#C7000B' });
    render(
      <YinfaProvider mode="elder" theme={theme}>
        <Dialog open title="确认转账" onOpenChange={() => {}}>
          <Button>确认</Button>
        </Dialog>
      </YinfaProvider>,
    );
    await frames(2);
    const confirm = screen.getByRole('button', { name: '确认' });
    expect(confirm.closest('[data-yinfa-mode]')?.parentElement?.closest('.yf-root')).toBeNull(); // portalled out of the provider
    expect(getComputedStyle(confirm).backgroundColor).toBe(hexToRgb(theme.modes.elder['--yf-color-primary']!));
  });

  it('a host brand class above the provider reaches a portalled ModeScope', async () => {
    const theme = createTheme({ primary: '#00A650', selector: '.my-bank' });
    applyTheme(theme.css);
    const host = document.createElement('div');
    host.className = 'my-bank';
    document.body.append(host);
    render(
      <YinfaProvider mode="elder">
        <p data-testid="inside">在里面</p>
        {createPortal(<ModeScope data-testid="portal">弹窗</ModeScope>, document.body)}
      </YinfaProvider>,
      { container: host },
    );
    await frames(2);
    const expected = theme.modes.elder['--yf-color-primary']!;
    expect(customProperty(screen.getByTestId('inside'), '--yf-color-primary')).toBe(expected);
    expect(customProperty(screen.getByTestId('portal'), '--yf-color-primary')).toBe(expected);
    host.remove();
  });

  it('reaches a shadow root that adopts tokens.css, through inheritance', async () => {
    const theme = createTheme({ primary: '#0066B3', selector: '.my-bank' });
    applyTheme(theme.css);
    const host = document.createElement('div');
    host.className = 'my-bank';
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tokensCss);
    shadow.adoptedStyleSheets = [sheet];
    shadow.innerHTML = '<div data-yinfa-mode="elder"><span>里面</span></div><span id="plain">默认</span>';
    await frames(2);
    expect(customProperty(shadow.querySelector('span')!, '--yf-color-primary')).toBe(theme.modes.elder['--yf-color-primary']);
    expect(customProperty(shadow.querySelector('#plain')!, '--yf-color-primary')).toBe(theme.modes.standard['--yf-color-primary']);
    host.remove();
  });

  it('leaves high-contrast mode yellow on black unless the theme asks', async () => {
    applyTheme(createTheme({ primary: '#C7000B' }).css);
    render(
      <YinfaProvider mode="high-contrast">
        <p data-testid="hc">高对比</p>
      </YinfaProvider>,
    );
    expect(customProperty(screen.getByTestId('hc'), '--yf-color-primary')).toBe('#ffd60a');
    cleanup();
    const asked = createTheme({ primary: '#C7000B', highContrast: true });
    render(
      <YinfaProvider mode="high-contrast" theme={asked}>
        <p data-testid="hc2">高对比</p>
      </YinfaProvider>,
    );
    expect(customProperty(screen.getByTestId('hc2'), '--yf-color-primary')).toBe(asked.modes['high-contrast']['--yf-color-primary']);
  });
});

function hexToRgb(hex: string) {
  const c = parseColor(hex)!;
  return `rgb(${c.r}, ${c.g}, ${c.b})`;
}
