/**
 * Focus after every step change of the booking, in a real Chromium: one second after each move the focus
 * is on the new page's heading (or on the error summary) — not only at first, and never on <body>.
 * The in-memory adapter answers after 150 ms, so pages that load (哪天上门？, the check page) are checked
 * after their data arrived.
 */
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';
import { createMemoryBookingAdapter, type BookingAnswers } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { focusLandsOn } from '../../../../test/browser/flowFocus';
import { ServiceBooking } from './ServiceBooking';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;

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



const press = async (name: string | RegExp) => userEvent.click(await screen.findByRole('button', { name }));

function setup(answers?: Partial<BookingAnswers>, step?: 'check') {
  const adapter = createMemoryBookingAdapter({ now: clock, latencyMs: 150 });
  render(
    <YinfaProvider>
      <ServiceBooking adapter={adapter} now={clock} draft={false} retry={{ sleep: () => Promise.resolve() }} initialAnswers={answers} initialStep={step} />
    </YinfaProvider>,
  );
  return adapter;
}

describe('focus after every step change of the booking', () => {
  it('forward, errors, back, change from the check page, submit, Back after success, start again', async () => {
    setup();
    await press('继续'); // nothing chosen
    await focusLandsOn('error-summary');
    await userEvent.click(await screen.findByRole('radio', { name: /助浴/ }));
    await press('继续');
    await focusLandsOn('为谁预约？');
    await press('返回');
    await focusLandsOn('需要哪项上门服务？');
    await press('继续');
    await focusLandsOn('为谁预约？');
    await userEvent.click(screen.getByRole('radio', { name: /为家人预约/ }));
    await press('继续');
    await focusLandsOn('老人的姓名和与您的关系');
    await userEvent.type(screen.getByLabelText('老人的姓名'), '王秀英');
    await userEvent.click(screen.getByRole('radio', { name: '父亲或母亲' }));
    await press('继续');
    await focusLandsOn('上门地址');
    for (const [label, value] of [['区', '海州区'], ['街道', '新南街道'], ['社区', '幸福社区'], ['详细地址', '3 号楼 501']] as const) await userEvent.type(screen.getByLabelText(label), value);
    await press('继续');
    await focusLandsOn('上门需要注意什么？');
    await press('继续');
    // The day page loads its slots: the heading that took focus is still the heading once the days are in.
    await focusLandsOn('哪天上门？');
    expect(screen.getByRole('radio', { checked: true })).toBeInTheDocument(); // the nearest free day, pre-selected
    await press('继续');
    await focusLandsOn('几点上门？');
    await userEvent.click(screen.getAllByRole('radio').find((r) => !(r as HTMLInputElement).disabled) as HTMLElement);
    await press('继续');
    await focusLandsOn('老人的电话');
    await userEvent.type(screen.getByLabelText('电话号码'), '13800138000');
    await press('继续');
    await focusLandsOn('您的手机号');
    await userEvent.type(screen.getByLabelText('您的手机号'), '13900139000');
    await press('继续');
    await focusLandsOn('还有什么要告诉服务人员的吗？');
    await press('继续');
    await focusLandsOn('核对预约信息');
    await press(/修改 上门地址/);
    await focusLandsOn('上门地址');
    await press('继续');
    await focusLandsOn('核对预约信息');
    await press('提交预约申请');
    await focusLandsOn('已提交，待服务站确认');
    window.history.back();
    await focusLandsOn('已提交');
    await press('查看预约结果');
    await focusLandsOn('已提交，待服务站确认');
    await press('再预约一项服务');
    await focusLandsOn('需要哪项上门服务？');
  });

  it('409 on submit: the error summary on the time step; then the check page again', async () => {
    const adapter = setup(
      { serviceId: 'bath', forWhom: 'self', elderName: '李建国', district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '5 号楼 101', date: '2026-06-11', slotId: 'bath-2026-06-11-1030', phone: '13800138000' },
      'check',
    );
    await screen.findByText('您需要自付');
    adapter.takeSlot('bath-2026-06-11-1030');
    await press('提交预约申请');
    await focusLandsOn('error-summary');
    await userEvent.click(screen.getAllByRole('radio').find((r) => !(r as HTMLInputElement).disabled) as HTMLElement);
    await press('继续');
    await focusLandsOn('核对预约信息');
    await press('提交预约申请');
    await focusLandsOn('已提交，待服务站确认');
    await press('取消这次预约');
    await focusLandsOn('预约已取消'); // the cancel button is gone: its page heading says what happened
  });
});
