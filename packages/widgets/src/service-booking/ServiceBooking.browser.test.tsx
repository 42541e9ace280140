/**
 * The whole booking completed with the keyboard alone, in a real Chromium, in standard and elder modes:
 * Tab to move, arrow keys and Space for choices, typing for text, Enter to continue and submit.
 * No clicks anywhere. Then the failures a keyboard user meets: 409, Back after success, double Enter.
 */
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';
import { createMemoryBookingAdapter, createMemoryDraftStorage, type BookingAnswers, type BookingEvent } from '@yinfa/core';
import { YinfaProvider, type YinfaMode } from '@yinfa/react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ServiceBooking } from './ServiceBooking';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;
const noWait = () => Promise.resolve();

// Every test starts with no saved draft: other suites in this browser (stories, the audit) share its storage.
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
// And leaves none behind: a submitted booking's reference in session storage would make the next suite's
// booking (the element demos share this origin's storage) open on its receipt.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});

/** Presses Tab until the focused element matches; fails if it never does (a keyboard trap or a missing control). */
async function tabTo(match: (el: HTMLElement) => boolean, what: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const el = document.activeElement as HTMLElement | null;
    if (el && el !== document.body && match(el)) return el;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (name: string | RegExp) => (el: HTMLElement) => el.tagName === 'BUTTON' && (typeof name === 'string' ? el.textContent?.trim() === name : name.test(el.textContent ?? ''));
const isInputLabelled = (label: string) => (el: HTMLElement) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? (el as HTMLInputElement).labels?.[0]?.textContent?.replace('（选填）', '').trim() === label : false;
const isRadio = (el: HTMLElement) => el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'radio';

async function continueWithKeyboard() {
  await tabTo(isButton('继续'), 'the 继续 button');
  await userEvent.keyboard('{Enter}');
}

async function heading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 3000 });
}

function setup(mode: YinfaMode, extra: { answers?: Partial<BookingAnswers>; step?: 'check' } = {}) {
  const adapter = createMemoryBookingAdapter({ now: clock, latencyMs: 20, coverage: { kind: 'ltci', rateBp: 9000 }, quota: { unit: 'fen', total: 600_00, used: 180_00 } });
  const events: BookingEvent[] = [];
  const storage = createMemoryDraftStorage();
  const view = render(
    <YinfaProvider mode={mode}>
      <ServiceBooking
        adapter={adapter}
        now={clock}
        retry={{ sleep: noWait }}
        draft={{ storage }}
        initialAnswers={extra.answers}
        initialStep={extra.step}
        onEvent={(e) => events.push(e)}
      />
    </YinfaProvider>,
  );
  return { adapter, events, storage, view };
}

describe.each<YinfaMode>(['standard', 'elder'])('keyboard-only booking · %s mode', (mode) => {
  it('books a bath for a parent from the first question to the confirmation', async () => {
    const { adapter, events, storage } = setup(mode);
    document.body.focus();

    // 1. Service: Tab into the cards, arrow to 助浴.
    await heading('需要哪项上门服务？');
    await screen.findByRole('radio', { name: /助浴/ });
    const first = await tabTo(isRadio, 'the first service');
    expect(first).toHaveAccessibleName(/助餐/);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: /助浴/ })).toBeChecked();
    if (mode === 'elder') {
      const label = (document.activeElement as HTMLElement).closest('label') as HTMLElement;
      expect(label.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    }
    await continueWithKeyboard();

    // 2. For whom: family.
    await heading('为谁预约？');
    await tabTo(isRadio, 'the first choice');
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: /为家人预约/ })).toBeChecked();
    await continueWithKeyboard();

    // 3. Name and relation; Enter in the text box would continue, so pick the relation first.
    await heading('老人的姓名和与您的关系');
    await tabTo(isInputLabelled('老人的姓名'), 'the name box');
    await userEvent.keyboard('王秀英');
    await tabTo(isRadio, 'the relation');
    await userEvent.keyboard(' ');
    expect(screen.getByRole('radio', { name: '父亲或母亲' })).toBeChecked();
    await continueWithKeyboard();

    // 4. Address: four boxes, Enter from the last one continues.
    await heading('上门地址');
    for (const [label, value] of [['区', '海州区'], ['街道', '新南街道'], ['社区', '幸福社区'], ['详细地址', '幸福小区 3 号楼 2 单元 501']]) {
      await tabTo(isInputLabelled(label as string), label as string);
      await userEvent.keyboard(value as string);
    }
    await userEvent.keyboard('{Enter}');

    // 5. Access notes: floor only, then continue.
    await heading('上门需要注意什么？');
    await tabTo(isInputLabelled('住在几楼'), 'the floor box');
    await userEvent.keyboard('5{Enter}');

    // 6. Day: the first free day is already chosen; move to the next free one with an arrow.
    await heading('哪天上门？');
    const day = await tabTo(isRadio, 'the day buttons');
    expect(day).toBeChecked();
    await continueWithKeyboard();

    // 7. Time: the first bookable slot.
    await heading('几点上门？');
    const slot = await tabTo((el) => isRadio(el) && !(el as HTMLInputElement).disabled, 'a free slot');
    await userEvent.keyboard(' ');
    expect(slot).toBeChecked();
    await continueWithKeyboard();

    // 8. The elder's phone (a landline is fine), 9. the booker's mobile.
    await heading('老人的电话');
    await tabTo(isInputLabelled('电话号码'), 'the phone box');
    await userEvent.keyboard('0518 8555 1234{Enter}');
    await heading('您的手机号');
    await tabTo(isInputLabelled('您的手机号'), 'the mobile box');
    await userEvent.keyboard('+86 139-0013-9000{Enter}');

    // 10. Notes: optional, skip.
    await heading('还有什么要告诉服务人员的吗？');
    await continueWithKeyboard();

    // 11. Check answers with the cost, then submit with Enter.
    await heading('核对预约信息');
    await screen.findByText('您需要自付');
    expect(screen.getByText('王秀英')).toBeInTheDocument();
    // the draft kept nothing personal along the way
    expect(JSON.stringify(storage.dump())).not.toMatch(/王秀英|8555|9000|501/);
    await tabTo(isButton('提交预约申请'), 'the submit button');
    await userEvent.keyboard('{Enter}');

    await heading('已提交，待服务站确认');
    expect(screen.getByText(/服务人员不会向您收取现金或索要银行卡密码/)).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 })));
    expect(adapter.bookings).toHaveLength(1);
    expect(adapter.bookings[0]?.request).toMatchObject({ serviceId: 'bath', forWhom: 'family', elder: { name: '王秀英', relation: 'parent', phone: '051885551234' }, booker: { phone: '13900139000' }, access: { floor: '5' } });
    expect(events.map((e) => e.type)).toEqual(['submitted']);
    expect(JSON.stringify(events)).not.toMatch(/王秀英|8555|9000|501/);
    // the draft is gone; only the reference is kept
    expect(JSON.stringify(storage.dump())).not.toMatch(/bath|海州/);
  });
});

const FILLED: BookingAnswers = {
  serviceId: 'bath',
  forWhom: 'self',
  elderName: '李建国',
  district: '海州区',
  street: '新南街道',
  community: '幸福社区',
  addressDetail: '5 号楼 101',
  date: '2026-06-11',
  slotId: 'bath-2026-06-11-1030',
  phone: '13800138000',
};

describe('failures, by keyboard', () => {
  it('a quick double Enter submits once', async () => {
    const { adapter } = setup('standard', { answers: FILLED, step: 'check' });
    await heading('核对预约信息');
    await tabTo(isButton('提交预约申请'), 'the submit button');
    await userEvent.keyboard('{Enter}{Enter}');
    await heading('已提交，待服务站确认');
    expect(adapter.calls.filter((c) => c.operation === 'submit')).toHaveLength(1);
  });

  it('409: back on the time step with the message, nearest slots, and every other answer kept', async () => {
    const { adapter } = setup('elder', { answers: FILLED, step: 'check' });
    await heading('核对预约信息');
    adapter.takeSlot('bath-2026-06-11-1030');
    await tabTo(isButton('提交预约申请'), 'the submit button');
    await userEvent.keyboard('{Enter}');
    await heading('几点上门？');
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link')).toHaveTextContent('该时段刚被约满');
    expect(screen.getByText('离您原来选的时间最近的空闲时段：')).toBeInTheDocument();
    await tabTo((el) => isRadio(el) && !(el as HTMLInputElement).disabled, 'a nearest slot');
    await userEvent.keyboard(' ');
    await continueWithKeyboard();
    await heading('核对预约信息');
    expect(screen.getByText('李建国')).toBeInTheDocument();
    expect(screen.getByText(/5 号楼 101/)).toBeInTheDocument();
    await tabTo(isButton('提交预约申请'), 'the submit button');
    await userEvent.keyboard('{Enter}');
    await heading('已提交，待服务站确认');
    expect(adapter.bookings).toHaveLength(1);
  });

  it('browser Back after success shows 已提交 with the reference, never the submit button', async () => {
    const { adapter } = setup('standard', { answers: FILLED, step: 'check' });
    await heading('核对预约信息');
    await tabTo(isButton('提交预约申请'), 'the submit button');
    await userEvent.keyboard('{Enter}');
    await heading('已提交，待服务站确认');
    const reference = adapter.bookings[0]?.reference as string;
    window.history.back();
    await heading('已提交');
    expect(screen.getByText(new RegExp(reference))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交预约申请' })).toBeNull();
    await tabTo(isButton('查看预约结果'), 'the way back to the confirmation');
    await userEvent.keyboard('{Enter}');
    await heading('已提交，待服务站确认');
    expect(adapter.calls.filter((c) => c.operation === 'submit')).toHaveLength(1);
  });
});
