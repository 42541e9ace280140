/** antd-mobile 5 with @yinfa/tokens/presets/antd-mobile.css: passes the elder audit; standard mode unchanged. */
import tokensCss from '@yinfa/tokens/tokens.css?inline';
import presetCss from '@yinfa/tokens/presets/antd-mobile.css?inline';
import { act, cleanup, render } from '@testing-library/react';
import { reduceMotion, restoreMotion } from 'antd-mobile';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AntdMobilePage, openAntdMobilePopups } from '../theming-pages/antd-mobile';
import { addStyle, elderProblems, setMode, styleSnapshot } from './theming-pages';

const actEnv = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let wasActEnv: boolean | undefined;
beforeAll(async () => {
  await page.viewport(390, 844);
  addStyle(tokensCss);
  // Dialog and Toast open with react-spring animations (not CSS, so the audit cannot wait for them):
  // antd-mobile's own switch renders them at rest, as for a user who asks for reduced motion.
  reduceMotion();
  // They render into their own roots outside the test's tree and update from animation frames, not
  // inside act(); Testing Library's render() and act() switch it on for their own calls.
  wasActEnv = actEnv.IS_REACT_ACT_ENVIRONMENT;
  actEnv.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  restoreMotion();
  actEnv.IS_REACT_ACT_ENVIRONMENT = wasActEnv;
});
afterEach(() => {
  cleanup();
  document.querySelectorAll('.adm-mask, .adm-toast-mask, .adm-dialog, .adm-center-popup-wrap').forEach((n) => n.closest('body > div')?.remove());
  document.querySelectorAll('style[data-test="preset"]:not(:first-of-type)').forEach((s) => s.remove());
  setMode(null);
});

describe('antd-mobile with the Yinfa preset', () => {
  it('elder mode: the page, a dialog and a toast pass the audit (targets ≥ 60px, text ≥ 20px, ≥ 7:1, line height ≥ 1.5)', async () => {
    const preset = addStyle(presetCss);
    setMode('elder');
    render(<AntdMobilePage />);
    await act(async () => openAntdMobilePopups());
    expect(await elderProblems()).toEqual([]);
    // The popups were there to be measured.
    expect(['.adm-dialog', '.adm-toast-main'].filter((s) => !document.querySelector(s))).toEqual([]);
    preset.remove();
  });

  it('standard mode: every computed style is what antd-mobile draws without the preset', async () => {
    setMode('standard');
    const { container } = render(<AntdMobilePage />);
    const before = await styleSnapshot(container);
    const preset = addStyle(presetCss);
    const after = await styleSnapshot(container);
    preset.remove();
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(20);
  });
});
