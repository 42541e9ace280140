/** antd 6 with antdTheme(mode) from @yinfa/tokens/presets/antd: passes the elder audit; standard mode unchanged. */
import tokensCss from '@yinfa/tokens/tokens.css?inline';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { page } from 'vitest/browser';
import { AntdPage } from '../theming-pages/antd';
import { addStyle, elderProblems, setMode, styleSnapshot } from './theming-pages';

beforeAll(async () => {
  await page.viewport(390, 844);
  addStyle(tokensCss);
});
// antd 6.6 marks List deprecated (in favour of the virtual Listy) and says so on every render; the page keeps
// List because that is what today's bank apps use. That one notice is expected; any other error fails.
let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  setMode(null);
  const other = errors.mock.calls.map((c) => String(c[0])).filter((m) => !/\[antd: List\] The `List` component is deprecated/.test(m));
  errors.mockRestore();
  expect(other).toEqual([]);
});

describe('antd with antdTheme()', () => {
  it('elder mode: the page, a modal and a message pass the audit (targets ≥ 60px, text ≥ 20px, ≥ 7:1, line height ≥ 1.5)', async () => {
    setMode('elder');
    render(<AntdPage mode="elder" popups />);
    expect(await elderProblems()).toEqual([]);
    // The popups were there to be measured.
    expect(['.ant-modal', '.ant-message-notice'].filter((s) => !document.querySelector(s))).toEqual([]);
  });

  it('standard mode: every computed style is what antd draws with no theme', async () => {
    setMode('standard');
    const plain = render(<AntdPage mode="standard" themed={false} />);
    const before = await styleSnapshot(plain.container);
    plain.unmount();
    const themed = render(<AntdPage mode="standard" />);
    const after = await styleSnapshot(themed.container);
    expect(after).toEqual(before);
    expect(before.length).toBeGreaterThan(20);
  });
});
