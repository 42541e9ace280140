/** The audit's own checks must catch what they claim to: each is shown a page that breaks its rule, and one that keeps it. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '@yinfa/tokens/tokens.css';
import {
  checkContrast,
  checkInputText,
  checkLineHeight,
  checkPageScroll,
  checkReflow,
  checkScrollBoxes,
  checkTargets,
  checkTextOverlap,
  checkTextSize,
  checkTextSpacing,
  installSettleTracker,
  settle,
} from '@yinfa/audit/checks';

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
    expect(checkTargets(small)[0]).toMatchObject({ check: 'target-size', value: '30×30px', threshold: '≥ 44×44px' });
    const elder = mount('<div data-yinfa-mode="elder"><button style="width:50px;height:50px;font-size:20px">x</button></div>');
    expect(checkTargets(elder)[0]?.message).toMatch(/under 60×60/);
    const ok = mount('<div data-yinfa-mode="standard"><button style="width:48px;height:48px;font-size:16px">x</button></div>');
    expect(checkTargets(ok)).toEqual([]);
  });

  it('uses the mode it is given over the page attribute (the CLI checks a page in elder mode)', () => {
    const host = mount('<div data-yinfa-mode="standard"><button style="width:50px;height:50px;font-size:20px">x</button></div>');
    expect(checkTargets(host)).toEqual([]);
    expect(checkTargets(host, { mode: 'elder' })[0]?.threshold).toBe('≥ 60×60px');
  });

  it('exempts inline links in text and measures a checkbox by its label', () => {
    const host = mount('<p style="font-size:16px">read the <a href="#x">terms</a> first</p><label style="display:block;height:48px"><input type="checkbox"> ok</label>');
    expect(checkTargets(host)).toEqual([]);
  });

  it('flags low contrast, stricter in elder mode, placeholders included', () => {
    const grey = mount('<div style="background:#fff;color:#949494;font-size:16px">浅灰色文字</div>');
    expect(checkContrast(grey)[0]?.message).toMatch(/under 4.5:1/);
    const elder = mount('<div data-yinfa-mode="elder" style="background:#fff;color:#6b6b6b;font-size:20px">长辈模式正文</div>');
    expect(checkContrast(elder)[0]?.message).toMatch(/under 7:1/);
    const ok = mount('<div style="background:#fff;color:#1a1c1e;font-size:16px">正文</div>');
    expect(checkContrast(ok)).toEqual([]);
    const placeholder = mount('<style>#ph::placeholder{color:#bbb}</style><input id="ph" placeholder="例如 王秀英" style="font-size:16px;background:#fff">');
    expect(checkContrast(placeholder)[0]?.message).toMatch(/placeholder contrast/);
  });

  it('flags text under the mode minimum, in inputs too', () => {
    expect(checkTextSize(mount('<p style="font-size:12px">小字</p>'))).toHaveLength(1);
    expect(checkTextSize(mount('<p data-yinfa-mode="elder" style="font-size:18px">十八像素</p>'))[0]?.message).toMatch(/under 20px/);
    expect(checkTextSize(mount('<p data-yinfa-mode="elder" style="font-size:18px">十八像素</p>'), { profile: 'miit' })).toEqual([]);
    expect(checkTextSize(mount('<input value="13800138000" style="font-size:13px">'))[0]?.message).toMatch(/input text is 13px/);
    expect(checkTextSize(mount('<input placeholder="例如" style="font-size:14px">'))[0]?.message).toMatch(/placeholder is 14px/);
  });

  it('flags tight running text and paragraphs too close together', () => {
    const tight = mount('<p style="font-size:16px;line-height:1.1;width:200px">这是一段很长的正文，会换到第二行，这是一段很长的正文，会换到第二行。</p>');
    expect(checkLineHeight(tight)[0]).toMatchObject({ check: 'line-height', value: '1.10' });
    const close = mount('<div><p style="font-size:16px;line-height:1.5;margin:0">第一段</p><p style="font-size:16px;line-height:1.5;margin:0">第二段</p></div>');
    expect(checkLineHeight(close)[0]?.threshold).toMatch(/1.3 × line height/);
    const ok = mount('<div><p style="font-size:16px;line-height:1.5;margin:0 0 32px">第一段</p><p style="font-size:16px;line-height:1.5;margin:0">第二段</p></div>');
    expect(checkLineHeight(ok)).toEqual([]);
    const heading = mount('<h2 style="font-size:24px;line-height:1.3;width:120px">一个会换行的长标题文字</h2>');
    expect(checkLineHeight(heading)).toEqual([]);
    const cramped = mount('<h2 style="font-size:24px;line-height:1.1;width:120px">一个会换行的长标题文字</h2>');
    expect(checkLineHeight(cramped)[0]?.threshold).toBe('≥ 1.3');
  });

  it('flags sideways scroll of the page and of a box inside it, not of a data table', () => {
    mount('<div style="width:600px;height:10px"></div>');
    expect(checkPageScroll()).toHaveLength(1);
    document.body.innerHTML = '';
    const box = mount('<div style="overflow-x:auto;width:200px"><div style="width:500px">宽内容</div></div>');
    expect(checkScrollBoxes(box)[0]?.message).toMatch(/scrolls sideways/);
    const table = mount('<div style="overflow-x:auto;width:200px"><table><tr><td style="width:500px">数据</td></tr></table></div>');
    expect(checkScrollBoxes(table)).toEqual([]);
  });

  it('flags text that spills over its neighbour, not text under an opaque popover or a filled floating button', () => {
    const spill = mount(
      '<div style="position:relative;height:40px;font-size:16px"><span style="position:absolute;left:0;top:0;white-space:nowrap">很长的标签文字溢出</span><span style="position:absolute;left:40px;top:0">邻居</span></div>',
    );
    expect(checkTextOverlap(spill)[0]?.message).toMatch(/spills over/);
    document.body.innerHTML = '';
    const popover = mount(
      '<div style="position:relative;font-size:16px"><p>下面的正文</p><div style="position:absolute;top:0;left:0;background:#fff">浮层里的文字</div></div>',
    );
    expect(checkTextOverlap(popover)).toEqual([]);
    document.body.innerHTML = '';
    // A floating button in a transparent fixed layer: its own fill covers the page text under it.
    const floating = mount(
      '<div style="font-size:16px"><p style="margin:0">下面的正文下面的正文</p><div style="position:fixed;top:0;left:0;background:transparent"><button style="background:#0b57a4;color:#fff;font-size:16px;border:0;padding:0">无障碍工具</button></div></div>',
    );
    expect(checkTextOverlap(floating)).toEqual([]);
    document.body.innerHTML = '';
    // The same layer with no fill anywhere: its text is painted over the page's text.
    const bare = mount(
      '<div style="font-size:16px"><p style="margin:0">下面的正文下面的正文</p><div style="position:fixed;top:0;left:0"><span>无障碍工具</span></div></div>',
    );
    expect(checkTextOverlap(bare)[0]?.message).toMatch(/spills over/);
    document.body.innerHTML = '';
  });

  it('flags a placeholder cut off by its box and an input too short for its text', () => {
    const long = mount('<input placeholder="请输入老人的身份证号码，例如 320700194501011234" style="width:120px;font-size:16px">');
    expect(checkInputText(long)[0]?.message).toMatch(/placeholder .* is cut off/);
    const short = mount('<input value="王秀英" style="height:14px;padding:0;font-size:20px;box-sizing:border-box">');
    expect(checkInputText(short)[0]?.message).toMatch(/input text is cut off/);
    expect(checkInputText(mount('<input placeholder="姓名" style="width:200px;font-size:16px">'))).toEqual([]);
  });

  it('flags clipped text as reflow and under text-spacing overrides', async () => {
    const host = mount('<div style="width:200px;height:24px;overflow:hidden;font-size:16px;line-height:1">这是一段会被裁掉的文字，这是一段会被裁掉的文字</div>');
    expect(checkReflow(host).some((v) => v.check === 'reflow' && /clips its text/.test(v.message))).toBe(true);
    const fits = mount('<div style="width:200px;height:20px;overflow:hidden;font-size:16px;line-height:1;white-space:nowrap">短字</div>');
    expect(checkReflow(fits)).toEqual([]);
    const found = await checkTextSpacing(fits);
    expect(found.some((v) => v.check === 'text-spacing')).toBe(true);
  });

  it('settles once pending short timers and the DOM are quiet, and says when time ran out', async () => {
    installSettleTracker();
    const host = mount('<p>加载中</p>');
    setTimeout(() => (host.textContent = '已加载'), 200);
    const s = await settle();
    expect(s.settled).toBe(true);
    expect(host.textContent).toBe('已加载');
    const tick = setInterval(() => (host.textContent = String(Date.now())), 20);
    const busy = await settle({ timeoutMs: 300 });
    clearInterval(tick);
    expect(busy.settled).toBe(false);
  });
});
