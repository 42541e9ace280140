import { createFakeEngine, createTranslator, FakeSpeechSynthesis, FakeUtterance, createWebSpeechEngine, fakeVoice, type FakeEngine } from '@yinfa/core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { vi } from 'vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { YinfaProvider } from '../provider/YinfaProvider';
import { collectReadable, itemsToSegments } from '@yinfa/dom';
import { ReadAloud } from './ReadAloud';
import { ReadAloudButton, SpeakButton } from './SpeakButton';
import { SpeechPlayer, SpeechProvider, type SpeechProviderProps } from './SpeechProvider';
import { Alert } from '../alert/Alert';
import { speechMessages } from './messages';
import { SpeechSettings } from './SpeechSettings';

function wrap(ui: ReactNode, props: Partial<SpeechProviderProps> = {}, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  return (
    <YinfaProvider locale={locale}>
      <SpeechProvider {...props}>{ui}</SpeechProvider>
    </YinfaProvider>
  );
}

const t = createTranslator('zh-CN', speechMessages);

describe('SpeakButton', () => {
  it('reads normalised text, says 停止 while reading, and stops on a second press', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<SpeakButton text="请拨打96110。" />, { engine }));
    const button = await screen.findByRole('button', { name: '朗读' });
    expect(engine.spoken).toEqual([]); // nothing speaks by itself
    await user.click(button);
    await waitFor(() => expect(engine.current).toBe('请拨打九六幺幺零。'));
    const stop = screen.getByRole('button', { name: '停止' });
    await user.click(stop);
    expect(engine.current).toBeNull();
    expect(screen.getByRole('button', { name: '朗读' })).toBeInTheDocument();
  });

  it('stops speaking when it unmounts', async () => {
    const engine = createFakeEngine({ auto: false });
    const { rerender } = render(wrap(<SpeakButton text="很长的一段话。" />, { engine }));
    await userEvent.click(await screen.findByRole('button', { name: '朗读' }));
    await waitFor(() => expect(engine.current).toBe('很长的一段话。'));
    rerender(wrap(null, { engine }));
    expect(engine.current).toBeNull();
  });

  it('rapid clicks on two buttons never overlap: the last one speaks', async () => {
    const engine = createFakeEngine({ auto: false });
    render(wrap(<><SpeakButton text="第一。" label="甲" /><SpeakButton text="第二。" label="乙" /></>, { engine }));
    const a = await screen.findByRole('button', { name: '甲' });
    const b = screen.getByRole('button', { name: '乙' });
    fireEvent.click(a);
    fireEvent.click(b);
    fireEvent.click(screen.getByRole('button', { name: '甲' }));
    await waitFor(() => expect(engine.current).toBe('第一。'));
    expect(screen.getAllByRole('button', { name: '停止' })).toHaveLength(1);
  });

  it('hides itself when nothing can speak (a webview without speech)', async () => {
    render(wrap(<SpeakButton text="你好" />, { webSpeech: null }));
    await waitFor(() => expect(screen.queryByRole('button')).toBeNull());
  });

  it('explains "no Chinese voice" when asked to, with only English voices installed', async () => {
    const synth = new FakeSpeechSynthesis([fakeVoice('Samantha', 'en-US')]);
    const webSpeech = createWebSpeechEngine({ synth, Utterance: FakeUtterance });
    render(wrap(<SpeakButton text="你好" whenUnavailable="explain" />, { webSpeech }));
    expect(await screen.findByText(/没有中文语音/)).toBeInTheDocument();
    expect(synth.spoken).toEqual([]);
  });

  it('ReadAloudButton reads its target and skips its own button', async () => {
    const engine = createFakeEngine({ auto: false });
    function Card() {
      const ref = useRef<HTMLDivElement>(null);
      return (
        <div ref={ref}>
          <p>转账前请核对收款人。</p>
          <ReadAloudButton target={ref} />
        </div>
      );
    }
    render(wrap(<Card />, { engine }));
    await userEvent.click(await screen.findByRole('button', { name: '读给我听' }));
    await waitFor(() => expect(engine.spoken).toEqual(['转账前请核对收款人。']));
  });
});

describe('collectReadable', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  it('reads in order: headings, text, fields with values and errors; skips hidden things and duplicates', () => {
    document.body.innerHTML = `
      <div id="root">
        <h2 aria-label="第一步：填写信息">1. 填写</h2>
        <p>余额<span class="yf-visually-hidden">¥12.50</span> ¥12.50。</p>
        <p><span class="yf-visually-hidden">警告：</span>请勿泄露验证码。</p>
        <p aria-hidden="true">装饰文字</p>
        <p hidden>隐藏文字</p>
        <label for="name">姓名</label><input id="name" value="张三">
        <label for="phone">手机号</label>
        <input id="phone" type="tel" value="1380013800" aria-invalid="true" aria-describedby="phone-hint phone-error">
        <p id="phone-hint">11 位手机号</p>
        <p id="phone-error">号码少了一位</p>
        <label><input type="checkbox" checked> 我已阅读</label>
        <label for="pw">密码</label><input id="pw" type="password" value="123456">
        <p>客服 <span data-yinfa-speak="九五五八八">95588</span>，服务时间 <span data-yinfa-say-as="digits">2025</span> 号窗口。</p>
        <button>提交</button>
      </div>`;
    const items = collectReadable(document.getElementById('root'), 'zh-CN', t);
    const { segments } = itemsToSegments(items, 'zh-CN');
    expect(segments.map((s) => s.text)).toEqual([
      '第一步：填写信息',
      '余额十二元五角。',
      '警告：请勿泄露验证码。',
      '姓名：张三。',
      '手机号：幺三八零零幺三八零零。',
      '错误：号码少了一位。',
      '11 位手机号'.replace('11', '十一'),
      '我已阅读：已选中。',
      '密码：已填写。',
      '客服九五五八八，服务时间二零二五号窗口。',
    ]);
  });
});

function Page({ extra }: { extra?: ReactNode }) {
  return (
    <ReadAloud focusDelay={10}>
      <h2>办理须知</h2>
      <p>第一句。第二句。</p>
      <label htmlFor="n">姓名</label>
      <input id="n" defaultValue="李四" />
      <a href="#top">返回顶部</a>
      {extra}
    </ReadAloud>
  );
}

describe('ReadAloud', () => {
  it('连读 reads the region in order with a status line, and pause/resume keeps the sentence', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<Page />, { engine }));
    await user.click(await screen.findByRole('button', { name: '朗读全文' }));
    await waitFor(() => expect(engine.current).toBe('办理须知'));
    expect(screen.getByText('正在朗读第 1 句，共 5 句')).toBeInTheDocument();
    act(() => engine.step());
    await waitFor(() => expect(engine.current).toBe('第一句。'));
    await user.click(screen.getByRole('button', { name: '暂停' }));
    expect(engine.current).toBeNull();
    expect(screen.getByText('已暂停在第 2 句，共 5 句')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(engine.current).toBe('第一句。'));
    await user.click(screen.getByRole('button', { name: '下一句' }));
    await waitFor(() => expect(engine.current).toBe('第二句。'));
    expect(engine.spoken).toEqual(['办理须知', '第一句。', '第一句。', '第二句。']);
  });

  it('连读 can start from where the user clicked', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<Page />, { engine }));
    await screen.findByRole('button', { name: '朗读全文' });
    fireEvent.mouseDown(screen.getByText('第一句。第二句。'));
    await user.click(screen.getByRole('button', { name: '从选中处读' }));
    await waitFor(() => expect(engine.current).toBe('第一句。'));
  });

  it('指读 reads what gets keyboard focus, debounced, without overlap', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<Page />, { engine }));
    await user.click(await screen.findByRole('button', { name: '指读' }));
    expect(engine.spoken).toEqual([]);
    // Tab quickly through two stops: only the last is read.
    act(() => screen.getByRole('textbox').focus());
    act(() => screen.getByRole('link').focus());
    await waitFor(() => expect(engine.current).toBe('链接：返回顶部'));
    expect(engine.spoken).toEqual(['链接：返回顶部']);
    act(() => screen.getByRole('textbox').focus());
    await waitFor(() => expect(engine.current).toBe('姓名：李四。'));
  });

  it('指读 stays silent for a user who has their own screen reader', async () => {
    const engine = createFakeEngine({ auto: false });
    render(wrap(<Page />, { engine, defaultUsesScreenReader: true }));
    await userEvent.click(await screen.findByRole('button', { name: '指读' }));
    expect(screen.getByText(t('speech.screenReaderOn'))).toBeInTheDocument();
    act(() => screen.getByRole('textbox').focus());
    await new Promise((r) => setTimeout(r, 50));
    expect(engine.spoken).toEqual([]);
  });

  it('says why and hides play controls when nothing can speak', async () => {
    render(wrap(<Page />, { webSpeech: null }));
    expect(await screen.findByText(t('speech.unavailable'))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '朗读全文' })).toBeNull();
    expect(screen.getByText('第一句。第二句。')).toBeInTheDocument();
  });

  it('keyboard shortcut Alt+Shift+R starts and stops reading; shortcuts can be changed', async () => {
    const engine = createFakeEngine({ auto: false });
    render(wrap(<Page />, { engine, shortcuts: { toggle: 'Alt+Shift+K' } }));
    await screen.findByRole('button', { name: '朗读全文' });
    fireEvent.keyDown(document.body, { code: 'KeyR', altKey: true, shiftKey: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.spoken).toEqual([]);
    fireEvent.keyDown(document.body, { code: 'KeyK', altKey: true, shiftKey: true });
    await waitFor(() => expect(engine.current).toBe('办理须知'));
    fireEvent.keyDown(document.body, { code: 'KeyK', altKey: true, shiftKey: true });
    expect(engine.current).toBeNull();
  });

  it('大字幕 shows the sentence being read and follows it', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<Page />, { engine }));
    await user.click(await screen.findByRole('button', { name: '大字幕' }));
    expect(screen.queryByRole('region', { name: t('speech.captionLabel') })).toBeNull();
    await user.click(screen.getByRole('button', { name: '朗读全文' }));
    const caption = await screen.findByRole('region', { name: t('speech.captionLabel') });
    await waitFor(() => expect(caption).toHaveTextContent('办理须知'));
    act(() => engine.step());
    await waitFor(() => expect(caption).toHaveTextContent('第一句。'));
    await user.click(screen.getByRole('button', { name: '关闭大字幕' }));
    expect(screen.queryByRole('region', { name: t('speech.captionLabel') })).toBeNull();
    expect(engine.current).toBe('第一句。'); // closing the caption does not stop the voice
  });

  it('stops on unmount and on a route change', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    const { rerender } = render(wrap(<Page />, { engine }));
    await user.click(await screen.findByRole('button', { name: '朗读全文' }));
    await waitFor(() => expect(engine.current).toBe('办理须知'));
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(engine.current).toBeNull();
    await user.click(screen.getByRole('button', { name: '朗读全文' }));
    await waitFor(() => expect(engine.current).toBe('办理须知'));
    rerender(wrap(<p>别的页面</p>, { engine }));
    expect(engine.current).toBeNull();
  });

  it('works in English', async () => {
    const engine: FakeEngine = createFakeEngine({ auto: false });
    render(wrap(<ReadAloud><p>Call 96110 today.</p></ReadAloud>, { engine }, 'en-US'));
    await userEvent.click(await screen.findByRole('button', { name: 'Read all' }));
    await waitFor(() => expect(engine.current).toBe('Call nine six one one zero today.'));
  });
});

describe('SpeechSettings', () => {
  it('changes the rate within 0.7–1.5 and turns hover reading off for screen reader users', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<SpeechSettings />, { engine }));
    const recommended = await screen.findByRole('radio', { name: /适中/ });
    expect(recommended).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /快 · 1.5/ }));
    expect(screen.getByRole('radio', { name: /快 · 1.5/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /自己的读屏软件/ }));
    expect(screen.getByRole('checkbox', { name: /鼠标停在文字上/ })).toBeDisabled();
  });
});

describe('without a SpeechProvider', () => {
  it('uses the shared page-wide player in the page locale and explains when it cannot speak (jsdom has no speechSynthesis)', async () => {
    render(
      <YinfaProvider locale="en-US">
        <SpeakButton text="Hello." whenUnavailable="explain" />
      </YinfaProvider>,
    );
    expect(await screen.findByText(/This device cannot read aloud/)).toBeInTheDocument();
  });
});

describe('server rendering and motion', () => {
  it('renders on the server without touching speech APIs', () => {
    // renderToString inside jsdom: window exists, so layout effects stay layout effects, and React 18 (not 19)
    // warns about them on the server. A real server has no window (test/node/ssr.test.tsx checks that, warning-free).
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(wrap(<ReadAloud><p>你好。</p></ReadAloud>));
    expect(html).toContain('朗读全文');
    expect(html).toContain('你好。');
    expect(error.mock.calls.filter((c) => !String(c[0]).includes('useLayoutEffect does nothing on the server'))).toEqual([]);
    error.mockRestore();
  });

  it('hover reading is off by default; when on it is debounced and does not repeat the same paragraph', async () => {
    const engine = createFakeEngine({ auto: false });
    const user = userEvent.setup();
    render(wrap(<><SpeechSettings /><ReadAloud hoverDelay={20} defaultMode="point"><p>第一段。</p><p>第二段。</p></ReadAloud></>, { engine }));
    await screen.findByRole('button', { name: '朗读全文' });
    fireEvent.mouseOver(screen.getByText('第一段。'));
    await new Promise((r) => setTimeout(r, 60));
    expect(engine.spoken).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: /鼠标停在文字上/ }));
    fireEvent.mouseOver(screen.getByText('第二段。'));
    fireEvent.mouseOver(screen.getByText('第一段。'));
    await waitFor(() => expect(engine.spoken).toEqual(['第一段。']));
    act(() => engine.step());
    fireEvent.mouseOver(screen.getByText('第一段。'));
    await new Promise((r) => setTimeout(r, 60));
    expect(engine.spoken).toEqual(['第一段。']);
    fireEvent.mouseOver(screen.getByText('第二段。'));
    await waitFor(() => expect(engine.spoken).toEqual(['第一段。', '第二段。']));
  });

  it('scrolls the sentence into view instantly under reduced motion', async () => {
    const engine = createFakeEngine({ auto: false });
    const scroll = vi.fn();
    const original = HTMLElement.prototype.scrollIntoView;
    HTMLElement.prototype.scrollIntoView = scroll;
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ top: 5000, bottom: 5040, left: 0, right: 100, width: 100, height: 40, x: 0, y: 5000, toJSON: () => ({}) });
    try {
      render(
        <YinfaProvider reducedMotion="reduce">
          <SpeechProvider engine={engine}>
            <ReadAloud><p>很远的一句。</p></ReadAloud>
          </SpeechProvider>
        </YinfaProvider>,
      );
      await userEvent.click(await screen.findByRole('button', { name: '朗读全文' }));
      await waitFor(() => expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ behavior: 'instant', block: 'nearest' })));
      expect(screen.getByText('很远的一句。')).toHaveAttribute('data-yinfa-speaking');
    } finally {
      rect.mockRestore();
      HTMLElement.prototype.scrollIntoView = original;
    }
  });
});

describe('SpeechPlayer', () => {
  it('plays like SpeechProvider, but an Alert asked to read aloud shows its 读给我听 button only under SpeechProvider', async () => {
    const engine = createFakeEngine({ auto: false });
    const alert = <Alert variant="warning" title="注意" readAloud>请勿向陌生人转账。</Alert>;
    const withProvider = render(wrap(alert, { engine }));
    expect(await screen.findByRole('button', { name: /读给我听/ })).toBeTruthy();
    withProvider.unmount();
    const user = userEvent.setup();
    render(
      <YinfaProvider locale="zh-CN">
        <SpeechPlayer engine={engine}>
          {alert}
          <SpeakButton text="请拨打96110。" />
        </SpeechPlayer>
      </YinfaProvider>,
    );
    const speak = await screen.findByRole('button', { name: '朗读' });
    expect(screen.queryByRole('button', { name: /读给我听/ })).toBeNull();
    await user.click(speak);
    await waitFor(() => expect(engine.current).not.toBeNull());
  });
});
