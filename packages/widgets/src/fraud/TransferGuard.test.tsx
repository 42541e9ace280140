import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { assessTransferRisk, createExposureStore, type FraudTelemetryEvent } from '@yinfa/core';
import { YinfaContext, YinfaProvider, useYinfa } from '@yinfa/react';
import { StrictMode, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TransferGuard, type TransferGuardProps } from './TransferGuard';

const SERVER_T0 = Date.parse('2026-06-01T02:00:00Z');
const DAY_MS = 86_400_000;
const ASSESSMENT = assessTransferRisk({ amountFen: '5万', payeeIsNew: true, memo: '安全账户' });

function WithAnnounce({ announce, children }: { announce: (m: string, p?: string) => void; children: ReactNode }) {
  const ctx = useYinfa();
  return <YinfaContext.Provider value={{ ...ctx, announce }}>{children}</YinfaContext.Provider>;
}

function renderGuard(props: Partial<TransferGuardProps> = {}, announce = vi.fn()) {
  const handlers = { onContinue: vi.fn(), onCancel: vi.fn(), onCoolingStart: vi.fn() };
  const ui = (p: Partial<TransferGuardProps>) => (
    <YinfaProvider locale="zh-CN">
      <WithAnnounce announce={announce}>
        <TransferGuard open assessment={ASSESSMENT} coolingOffMs={60_000} {...handlers} {...props} {...p} />
      </WithAnnounce>
    </YinfaProvider>
  );
  const result = render(ui({}));
  return { ...result, handlers, announce, rerenderWith: (p: Partial<TransferGuardProps>) => result.rerender(ui(p)) };
}

/** Answers every question with its safe answer. */
function answerAllClear() {
  for (let i = 0; i < 10; i++) {
    const dialog = screen.getByRole('alertdialog');
    const heading = within(dialog).queryByRole('heading', { level: 3 });
    if (!heading || !within(dialog).queryByRole('button', { name: /^(不是|没见过)$/ })) return;
    const safe = heading.textContent?.includes('见过') ? '见过' : '不是';
    fireEvent.click(within(dialog).getByRole('button', { name: safe }));
  }
}

const timeLeft = () => screen.getByRole('timer').textContent ?? '';
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('TransferGuard cooling-off', () => {
  beforeEach(() => {
    // 'performance' too: the fake timers move the monotonic clock the guard counts on, while
    // vi.setSystemTime moves only the wall clock (Date), as a user changing the date and time does.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    sessionStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('starts the delay in server time even when the device clock is a day ahead', () => {
    vi.setSystemTime(SERVER_T0 + DAY_MS);
    const { handlers } = renderGuard({ serverNow: SERVER_T0 });
    answerAllClear();
    expect(screen.getByRole('heading', { name: '请冷静一下再转账' })).toBeInTheDocument();
    expect(handlers.onCoolingStart).toHaveBeenCalledWith(SERVER_T0);
    expect(timeLeft()).toContain('1 分 00 秒');
    tick(59_000);
    expect(screen.getByRole('button', { name: /继续转账（请先等待）/ })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: /继续转账/ }));
    expect(handlers.onContinue).not.toHaveBeenCalled();
    tick(1_000);
    fireEvent.click(screen.getByRole('button', { name: '继续转账' }));
    expect(handlers.onContinue).toHaveBeenCalledWith({ delayedArrival: false });
  });

  it('resumes after a remount from the host-persisted start, with a clock set an hour behind', () => {
    vi.setSystemTime(SERVER_T0 - 3_600_000);
    const first = renderGuard({ serverNow: SERVER_T0 });
    answerAllClear();
    const startedAt = first.handlers.onCoolingStart.mock.calls[0]![0] as number;
    expect(startedAt).toBe(SERVER_T0);
    tick(20_000);
    first.unmount();

    // Later the page comes back (reload): the host passes the persisted start and a fresh server time.
    tick(5_000);
    const second = renderGuard({ serverNow: SERVER_T0 + 25_000, coolingStartedAt: startedAt });
    expect(screen.getByRole('heading', { name: '请冷静一下再转账' })).toBeInTheDocument();
    expect(timeLeft()).toContain('35 秒');
    tick(34_000);
    expect(screen.getByRole('button', { name: /请先等待/ })).toBeInTheDocument();
    tick(1_000);
    fireEvent.click(screen.getByRole('button', { name: '继续转账' }));
    expect(second.handlers.onContinue).toHaveBeenCalledTimes(1);
  });

  it('resumes from sessionStorage when the host keeps nothing', () => {
    vi.setSystemTime(SERVER_T0);
    const first = renderGuard({ storageKey: 'guard-1', serverNow: SERVER_T0 });
    answerAllClear();
    tick(30_000);
    first.unmount();
    renderGuard({ storageKey: 'guard-1', serverNow: SERVER_T0 + 30_000 });
    expect(timeLeft()).toContain('30 秒');
  });

  it('a device clock changed between an unmount and a remount cannot skip it', () => {
    vi.setSystemTime(SERVER_T0);
    const first = renderGuard({ serverNow: SERVER_T0, coolingStartedAt: SERVER_T0 });
    expect(timeLeft()).toContain('1 分 00 秒');
    first.unmount();
    // The clock is rolled forward a day (by the customer, or a scammer on the phone), then the page
    // remounts with a fresh server time: the wait is measured on the server's clock.
    vi.setSystemTime(SERVER_T0 + DAY_MS + 10_000);
    const second = renderGuard({ serverNow: SERVER_T0 + 10_000, coolingStartedAt: SERVER_T0 });
    expect(timeLeft()).toContain('50 秒');
    fireEvent.click(screen.getByRole('button', { name: /继续转账/ }));
    expect(second.handlers.onContinue).not.toHaveBeenCalled();
  });

  for (const [name, shift] of [
    ['forward a day', DAY_MS],
    ['back a day', -DAY_MS],
    ['forward a minute', 60_000],
  ] as const) {
    it(`a device clock moved ${name} while the guard stays open neither skips nor shortens the wait`, () => {
      vi.setSystemTime(SERVER_T0);
      const { handlers } = renderGuard({ serverNow: SERVER_T0 });
      answerAllClear();
      tick(10_000);
      expect(timeLeft()).toContain('50 秒');
      vi.setSystemTime(Date.now() + shift);
      tick(1_000);
      expect(timeLeft()).toContain('49 秒');
      fireEvent.click(screen.getByRole('button', { name: /继续转账/ }));
      expect(handlers.onContinue).not.toHaveBeenCalled();
      tick(48_000);
      expect(screen.getByRole('button', { name: /请先等待/ })).toHaveAttribute('aria-disabled', 'true');
      tick(1_000);
      fireEvent.click(screen.getByRole('button', { name: '继续转账' }));
      expect(handlers.onContinue).toHaveBeenCalledTimes(1);
    });
  }

  it('a tab put to sleep and woken is caught up by server time from getServerNow, never shortened', async () => {
    vi.setSystemTime(SERVER_T0);
    let server = SERVER_T0;
    const getServerNow = vi.fn(() => server);
    renderGuard({ serverNow: SERVER_T0, getServerNow, coolingOffMs: 120_000 });
    answerAllClear();
    tick(20_000);
    // The machine sleeps for 60 s: wall clock and server move on, the monotonic clock (and timers) do not.
    vi.setSystemTime(Date.now() + 60_000);
    server += 80_000;
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(getServerNow).toHaveBeenCalledTimes(1);
    expect(timeLeft()).toContain('40 秒');
  });

  it('pageshow from the back-forward cache re-reads server time; a server that answers late or fails changes nothing', async () => {
    vi.setSystemTime(SERVER_T0);
    const getServerNow = vi.fn(() => Promise.reject(new Error('offline')));
    renderGuard({ serverNow: SERVER_T0, getServerNow });
    answerAllClear();
    tick(15_000);
    await act(async () => {
      window.dispatchEvent(new Event('pageshow'));
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(getServerNow).toHaveBeenCalledTimes(1);
    expect(timeLeft()).toContain('45 秒');
  });

  it('a reload with the clock moved forward and no server time resumes from the last tick, not from the clock', () => {
    vi.setSystemTime(SERVER_T0);
    const first = renderGuard({ storageKey: 'guard-2' });
    answerAllClear();
    tick(20_000);
    first.unmount();
    vi.setSystemTime(SERVER_T0 + DAY_MS);
    renderGuard({ storageKey: 'guard-2' });
    expect(timeLeft()).toContain('40 秒');
  });

  it('announces the countdown politely at most every 30 seconds, and once at the end', () => {
    vi.setSystemTime(SERVER_T0);
    const announce = vi.fn();
    renderGuard({ coolingOffMs: 120_000, serverNow: SERVER_T0 }, announce);
    answerAllClear();
    const times: number[] = [];
    announce.mockImplementation(() => times.push(Date.now()));
    announce.mockClear();
    tick(0);
    for (let s = 0; s < 125; s++) tick(1_000);
    const calls = announce.mock.calls;
    expect(calls.every((c) => c[1] === 'polite')).toBe(true);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    expect(calls.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(29_000);
    expect(calls.at(-1)![0]).toBe('等待结束，现在可以继续转账。');
  });
});

describe('TransferGuard answers and exits', () => {
  beforeEach(() => sessionStorage.clear());

  it('stops on each risky answer and never offers Continue', () => {
    const qs = ['有人在电话里指导您操作吗？', '对方是否要求您把钱转到“安全账户”？', '是否有人让您下载APP或开启屏幕共享？', '对方是否让您不要告诉银行工作人员或家人？'];
    for (let risky = 0; risky < qs.length; risky++) {
      const { handlers, unmount } = renderGuard();
      for (let i = 0; i < risky; i++) fireEvent.click(screen.getByRole('button', { name: '不是' }));
      expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent(qs[risky]!);
      fireEvent.click(screen.getByRole('button', { name: '是' }));
      expect(screen.getByRole('heading', { name: '请先停下，不要转账' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /继续转账/ })).toBeNull();
      expect(handlers.onContinue).not.toHaveBeenCalled();
      unmount();
    }
    // "Have you met the payee?" — "no" is the risky answer.
    renderGuard();
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: '不是' }));
    fireEvent.click(screen.getByRole('button', { name: '没见过' }));
    expect(screen.getByRole('heading', { name: '请先停下，不要转账' })).toBeInTheDocument();
  });

  it('says why it is asking: the two most serious reasons, on the first question only', () => {
    renderGuard();
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(ASSESSMENT.reasons[0]!)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(within(dialog).getByRole('button', { name: '不是' }));
    expect(within(dialog).queryByRole('listitem')).toBeNull();
  });

  it('Esc and the close button cancel, never continue', () => {
    const { handlers, unmount } = renderGuard();
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(handlers.onCancel).toHaveBeenCalledWith('escape');
    expect(handlers.onContinue).not.toHaveBeenCalled();
    unmount();
    const second = renderGuard();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '关闭' }));
    expect(second.handlers.onCancel).toHaveBeenCalledWith('close');
  });

  it('sends telemetry with no personal data', () => {
    const events: FraudTelemetryEvent[] = [];
    const { handlers } = renderGuard({ onTelemetry: (e) => events.push(e), officialNumbers: [{ label: '本行', number: '95588' }] });
    fireEvent.click(screen.getByRole('button', { name: '是' }));
    fireEvent.click(screen.getByRole('link', { name: /96110/ }));
    fireEvent.click(screen.getByRole('button', { name: '取消这笔转账' }));
    expect(handlers.onCancel).toHaveBeenCalledWith('button');
    expect(events.map((e) => e.type)).toEqual(['shown', 'answer', 'outcome', 'outcome', 'outcome']);
    expect(events.filter((e) => e.type === 'outcome').map((e) => (e as { outcome: string }).outcome)).toEqual(['stopped', 'called', 'cancelled']);
    expect(events[0]).toMatchObject({ surface: 'intervention', level: 'intervene', scamTypes: expect.arrayContaining(['impersonate-police']) });
    expect(JSON.stringify(events)).not.toMatch(/50000|安全账户|95588/);
  });

  it('records one exposure and one "shown" per opening, even in StrictMode', () => {
    const store = createExposureStore();
    const events: FraudTelemetryEvent[] = [];
    const ui = (open: boolean) => (
      <StrictMode>
        <TransferGuard open={open} assessment={ASSESSMENT} exposureStore={store} onTelemetry={(e) => events.push(e)} onContinue={vi.fn()} onCancel={vi.fn()} />
      </StrictMode>
    );
    const { rerender } = render(ui(true));
    expect(store.read()['impersonate-police']!.count).toBe(1);
    rerender(ui(false));
    rerender(ui(true));
    expect(store.read()['impersonate-police']!.count).toBe(2);
    expect(events.filter((e) => e.type === 'shown')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'hidden')).toHaveLength(1);
  });

  it('a telemetry handler that throws does not break the guard', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderGuard({ onTelemetry: () => { throw new Error('offline'); } });
    fireEvent.click(screen.getByRole('button', { name: '是' }));
    expect(screen.getByRole('heading', { name: '请先停下，不要转账' })).toBeInTheDocument();
    warn.mockRestore();
  });
});
