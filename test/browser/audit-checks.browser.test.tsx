/** The audit's own checks must catch what they claim to: each is shown a page that breaks its rule. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '@yinfa/tokens/tokens.css';
import { checkContrast, checkReflow, checkTargets, checkTextSize, checkTextSpacing } from './audit-checks';

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

beforeAll(async () => {
  await page.viewport(320, 800);
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('audit checks', () => {
  it('flags a small target and passes a large one, by mode', () => {
    const small = mount('<div data-yinfa-mode="standard"><button style="width:30px;height:30px;font-size:16px">x</button></div>');
    expect(checkTargets(small)).toHaveLength(1);
    const elder = mount('<div data-yinfa-mode="elder"><button style="width:50px;height:50px;font-size:20px">x</button></div>');
    expect(checkTargets(elder)[0]?.message).toMatch(/under 60×60/);
    const ok = mount('<div data-yinfa-mode="standard"><button style="width:48px;height:48px;font-size:16px">x</button></div>');
    expect(checkTargets(ok)).toEqual([]);
  });

  it('exempts inline links in text and measures a checkbox by its label', () => {
    const host = mount('<p style="font-size:16px">read the <a href="#x">terms</a> first</p><label style="display:block;height:48px"><input type="checkbox"> ok</label>');
    expect(checkTargets(host)).toEqual([]);
  });

  it('flags low contrast, stricter in elder mode', () => {
    const grey = mount('<div style="background:#fff;color:#949494;font-size:16px">浅灰色文字</div>');
    expect(checkContrast(grey)[0]?.message).toMatch(/under 4.5:1/);
    const elder = mount('<div data-yinfa-mode="elder" style="background:#fff;color:#6b6b6b;font-size:20px">长辈模式正文</div>');
    expect(checkContrast(elder)[0]?.message).toMatch(/under 7:1/);
    const ok = mount('<div style="background:#fff;color:#1a1c1e;font-size:16px">正文</div>');
    expect(checkContrast(ok)).toEqual([]);
  });

  it('flags text under the mode minimum', () => {
    expect(checkTextSize(mount('<p style="font-size:12px">小字</p>'))).toHaveLength(1);
    expect(checkTextSize(mount('<p data-yinfa-mode="elder" style="font-size:18px">十八像素</p>'))[0]?.message).toMatch(/under 20px/);
  });

  it('flags sideways scroll', () => {
    mount('<div style="width:600px;height:10px"></div>');
    expect(checkReflow()).toHaveLength(1);
  });

  it('flags text clipped under text-spacing overrides', async () => {
    const host = mount('<div style="width:200px;height:24px;overflow:hidden;font-size:16px;line-height:1">这是一段会被裁掉的文字，这是一段会被裁掉的文字</div>');
    const found = await checkTextSpacing(host);
    expect(found.some((v) => v.check === 'text-spacing')).toBe(true);
  });
});
