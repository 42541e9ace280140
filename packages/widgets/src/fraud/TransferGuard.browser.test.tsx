/**
 * The intervention completed by keyboard in a real browser (Chromium): each risky answer stops; all
 * clear waits the cooling-off delay and then continues; Esc and outside clicks never confirm; focus
 * stays in the dialog and comes back to the button that opened it; no sideways scroll at 320px.
 */
import { cleanup, render } from '@testing-library/react';
import { assessTransferRisk } from '@yinfa/core';
import { Button, YinfaProvider, type YinfaMode } from '@yinfa/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { shiftDeviceClock } from '../../../../test/browser/device-clock';
import { fraudCoreMessages } from '@yinfa/core';
import { fraudMessages } from './messages';
import { TransferGuard, type TransferGuardProps } from './TransferGuard';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';

const ASSESSMENT = assessTransferRisk({ amountFen: '5万', payeeIsNew: true, onCall: true, memo: '安全账户' });

function Harness(props: Partial<TransferGuardProps> & { onContinue: TransferGuardProps['onContinue']; onCancel: TransferGuardProps['onCancel'] }) {
  const [open, setOpen] = useState(false);
  return (
    <div>
      <Button onClick={() => setOpen(true)}>下一步</Button>
      <TransferGuard
        assessment={ASSESSMENT}
        officialNumbers={[{ label: '本行客服', number: '95588' }]}
        {...props}
        open={open}
        onCancel={(via) => {
          setOpen(false);
          props.onCancel(via);
        }}
        onContinue={(r) => {
          setOpen(false);
          props.onContinue(r);
        }}
      />
    </div>
  );
}

function setup(props: Partial<TransferGuardProps> = {}, mode: YinfaMode = 'standard', textScale = 1, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const onContinue = vi.fn();
  const onCancel = vi.fn();
  render(
    <YinfaProvider mode={mode} textScale={textScale} locale={locale}>
      <Harness coolingOffMs={1500} {...props} onContinue={onContinue} onCancel={onCancel} />
    </YinfaProvider>,
  );
  const trigger = document.querySelector<HTMLButtonElement>('.yf-button')!;
  return { onContinue, onCancel, trigger };
}

const dialog = () => document.querySelector<HTMLElement>('[role="alertdialog"]');
const active = () => document.activeElement as HTMLElement | null;
const press = (key: string) => userEvent.keyboard(key);

/** Opens the guard from the keyboard. */
async function openByKeyboard(trigger: HTMLElement) {
  trigger.focus();
  await press('{Enter}');
  await expect.poll(() => dialog()).not.toBeNull();
  await expect.poll(() => active()?.tagName).toBe('H3');
}

/** From a question heading, Tab to the first (yes) or second (no) answer and press Enter. */
async function answerByKeyboard(which: 'first' | 'second') {
  await press('{Tab}');
  if (which === 'second') await press('{Tab}');
  const target = active();
  expect(target?.getAttribute('data-answer')).toBe(which === 'first' ? 'yes' : 'no');
  await press('{Enter}');
}

/** The safe answer's position: "no" for every question except "have you met the payee" (yes). */
const metPayee: string[] = [fraudCoreMessages['zh-CN']['fraud.question.met-payee'], fraudCoreMessages['en-US']['fraud.question.met-payee']];
const safeFor = (heading: string) => (metPayee.includes(heading) ? 'first' : 'second');

beforeEach(async () => {
  await page.viewport(800, 900);
  sessionStorage.clear();
});
afterEach(() => cleanup());

describe('TransferGuard by keyboard', () => {
  const riskyQuestions = [
    '有人在电话里指导您操作吗？',
    '对方是否要求您把钱转到“安全账户”？',
    '是否有人让您下载APP或开启屏幕共享？',
    '对方是否让您不要告诉银行工作人员或家人？',
    '您是否见过收款人本人？',
  ];

  for (const [n, question] of riskyQuestions.entries()) {
    it(`a risky answer to question ${n + 1} stops the transfer (${question})`, async () => {
      const { onContinue, onCancel, trigger } = setup();
      await openByKeyboard(trigger);
      for (let i = 0; i < n; i++) {
        await answerByKeyboard(safeFor(active()!.textContent!));
        await expect.poll(() => active()?.textContent).toBe(riskyQuestions[i + 1]);
      }
      expect(active()?.textContent).toBe(question);
      await answerByKeyboard(question.includes('见过') ? 'second' : 'first');
      await expect.poll(() => active()?.textContent).toBe('请先停下，不要转账');
      expect(dialog()!.querySelector('a[href="tel:96110"]')).not.toBeNull();
      expect(dialog()!.querySelector('a[href="tel:110"]')).not.toBeNull();
      expect(dialog()!.querySelector('a[href="tel:95588"]')).not.toBeNull();
      expect([...dialog()!.querySelectorAll('button')].some((b) => b.textContent?.includes('继续转账'))).toBe(false);
      // Tab to "取消这笔转账" and press Enter.
      for (let i = 0; i < 12 && active()?.textContent !== '取消这笔转账'; i++) await press('{Tab}');
      await press('{Enter}');
      expect(onCancel).toHaveBeenCalledWith('button');
      expect(onContinue).not.toHaveBeenCalled();
      await expect.poll(() => active()).toBe(trigger);
    });
  }

  it('all clear waits the delay, then continues', async () => {
    const { onContinue, trigger } = setup({ coolingOffMs: 2000, delayedArrivalHours: 24 });
    await openByKeyboard(trigger);
    for (let i = 0; i < 8 && active()?.tagName === 'H3' && !active()!.textContent!.includes('冷静'); i++) {
      await answerByKeyboard(safeFor(active()!.textContent!));
      await expect.poll(() => active()?.tagName).toBe('H3');
    }
    expect(active()?.textContent).toBe('请冷静一下再转账');
    // From the focused heading, Tab goes to the 延时到账 checkbox, then cancel, then continue.
    await press('{Tab}');
    expect(active()?.getAttribute('type')).toBe('checkbox');
    await press(' ');
    await press('{Tab}');
    await press('{Tab}');
    const go = active()!;
    expect(go.textContent).toContain('继续转账');
    expect(go.getAttribute('aria-disabled')).toBe('true');
    await press('{Enter}');
    expect(onContinue).not.toHaveBeenCalled();
    await expect.poll(() => go.getAttribute('aria-disabled'), { timeout: 5000 }).toBeNull();
    expect(active()).toBe(go);
    await press('{Enter}');
    expect(onContinue).toHaveBeenCalledWith({ delayedArrival: true });
    await expect.poll(() => active()).toBe(trigger);
  });

  it('Esc cancels during the questions and during the wait; it never confirms', async () => {
    const first = setup({ coolingOffMs: 60_000 });
    await openByKeyboard(first.trigger);
    await press('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
    expect(first.onCancel).toHaveBeenCalledWith('escape');
    expect(first.onContinue).not.toHaveBeenCalled();
    await expect.poll(() => active()).toBe(first.trigger);
    cleanup();

    const second = setup({ coolingOffMs: 60_000 });
    await openByKeyboard(second.trigger);
    for (let i = 0; i < 8 && !active()!.textContent!.includes('冷静'); i++) {
      await answerByKeyboard(safeFor(active()!.textContent!));
      await expect.poll(() => active()?.tagName).toBe('H3');
    }
    await press('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
    expect(second.onCancel).toHaveBeenCalledWith('escape');
    expect(second.onContinue).not.toHaveBeenCalled();
  });

  it('outside clicks do nothing: the guard stays open, nothing is confirmed or cancelled', async () => {
    const { onContinue, onCancel, trigger } = setup();
    await openByKeyboard(trigger);
    const overlay = document.querySelector<HTMLElement>('.yf-dialog__overlay')!;
    await userEvent.click(overlay, { position: { x: 5, y: 5 } });
    await userEvent.click(overlay, { position: { x: 790, y: 890 } });
    expect(dialog()).not.toBeNull();
    expect(onCancel).not.toHaveBeenCalled();
    expect(onContinue).not.toHaveBeenCalled();
  });

  it('keeps focus inside the dialog', async () => {
    const { trigger } = setup();
    await openByKeyboard(trigger);
    for (let i = 0; i < 10; i++) {
      await press('{Tab}');
      expect(dialog()!.contains(active())).toBe(true);
    }
    for (let i = 0; i < 10; i++) {
      await press('{Shift>}{Tab}{/Shift}');
      expect(dialog()!.contains(active())).toBe(true);
    }
  });
});

describe('TransferGuard at 320px with large text', () => {
  for (const phase of ['questions', 'stopped', 'cooling'] as const) {
    it(`does not scroll sideways in elder mode at 200% (${phase})`, async () => {
      await page.viewport(320, 800);
      const { trigger } = setup({ coolingOffMs: 60_000, delayedArrivalHours: 24, onContactTrusted: () => undefined }, 'elder', 2);
      await openByKeyboard(trigger);
      if (phase === 'stopped') await answerByKeyboard('first');
      if (phase === 'cooling') {
        for (let i = 0; i < 8 && !active()!.textContent!.includes('冷静'); i++) {
          await answerByKeyboard(safeFor(active()!.textContent!));
          await expect.poll(() => active()?.tagName).toBe('H3');
        }
      }
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const d = dialog()!;
      expect(d.scrollWidth).toBeLessThanOrEqual(d.clientWidth + 1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const el of d.querySelectorAll('button, a, h3, p')) expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(d.getBoundingClientRect().right + 1);
    });
  }
});

describe('TransferGuard: the whole intervention by keyboard in elder mode at 200% text', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    const m = fraudMessages[locale];
    it(`${locale}: questions, wait, 延时到账 and continue, with every control reachable and in view`, async () => {
      await page.viewport(390, 844);
      const { onContinue, trigger } = setup({ coolingOffMs: 2500, delayedArrivalHours: 24 }, 'elder', 2, locale);
      await openByKeyboard(trigger);
      expect(dialog()!.closest('[data-yinfa-mode]')?.getAttribute('data-yinfa-mode')).toBe('elder');
      for (let i = 0; i < 8 && active()!.textContent !== m['fraud.cool.heading']; i++) {
        await answerByKeyboard(safeFor(active()!.textContent!));
        await expect.poll(() => active()?.tagName).toBe('H3');
      }
      expect(active()?.textContent).toBe(m['fraud.cool.heading']);
      await press('{Tab}');
      expect(active()?.getAttribute('type')).toBe('checkbox');
      await press(' ');
      expect((active() as HTMLInputElement).checked).toBe(true);
      await press('{Tab}');
      await press('{Tab}');
      const go = active()!;
      expect(go.textContent).toContain(m['fraud.cool.continue']);
      expect(go.getAttribute('aria-disabled')).toBe('true');
      // Each control is large enough for elder mode and scrolled into view when focused.
      const r = go.getBoundingClientRect();
      expect(r.height).toBeGreaterThanOrEqual(60);
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(window.innerHeight);
      await press('{Enter}');
      expect(onContinue).not.toHaveBeenCalled();
      await expect.poll(() => go.getAttribute('aria-disabled'), { timeout: 8000 }).toBeNull();
      expect(go.textContent).toBe(m['fraud.cool.continue']);
      await press('{Enter}');
      expect(onContinue).toHaveBeenCalledWith({ delayedArrival: true });
      await expect.poll(() => active()).toBe(trigger);
    });

    it(`${locale}: a risky answer stops, and the only ways on are calling or cancelling`, async () => {
      await page.viewport(390, 844);
      const { onContinue, onCancel, trigger } = setup({}, 'elder', 2, locale);
      await openByKeyboard(trigger);
      await answerByKeyboard('first');
      await expect.poll(() => active()?.textContent).toBe(m['fraud.stop.heading']);
      for (let i = 0; i < 14 && active()?.textContent !== m['fraud.stop.cancel']; i++) await press('{Tab}');
      expect(active()?.textContent).toBe(m['fraud.stop.cancel']);
      await press('{Enter}');
      expect(onCancel).toHaveBeenCalledWith('button');
      expect(onContinue).not.toHaveBeenCalled();
    });
  }
});

describe('TransferGuard: the device clock changed while the guard is open', () => {
  for (const [name, delta] of [
    ['a day forward', 86_400_000],
    ['a day back', -86_400_000],
  ] as const) {
    it(`${name} mid-wait neither skips nor shortens the delay`, async () => {
      const { onContinue, trigger } = setup({ coolingOffMs: 3000, serverNow: Date.now() });
      await openByKeyboard(trigger);
      for (let i = 0; i < 8 && !active()!.textContent!.includes('冷静'); i++) {
        await answerByKeyboard(safeFor(active()!.textContent!));
        await expect.poll(() => active()?.tagName).toBe('H3');
      }
      const started = performance.now();
      const wallBefore = Date.now();
      const restore = shiftDeviceClock(delta);
      onTestFinished(restore);
      // The page's wall clock really moved …
      expect(Math.abs(Date.now() - wallBefore - delta)).toBeLessThan(60_000);
      const go = [...dialog()!.querySelectorAll('button')].find((b) => b.textContent?.includes('继续转账'))!;
      // … and one tick later the guard still waits (a wall-clock countdown would show 0 秒 and let go).
      await new Promise((r) => setTimeout(r, 1200));
      expect(go.getAttribute('aria-disabled')).toBe('true');
      go.focus();
      await press('{Enter}');
      expect(onContinue).not.toHaveBeenCalled();
      await expect.poll(() => go.getAttribute('aria-disabled'), { timeout: 8000 }).toBeNull();
      // Released no earlier than the configured delay, measured on the monotonic clock.
      expect(performance.now() - started).toBeGreaterThanOrEqual(3000 - 1000);
    });
  }
});
