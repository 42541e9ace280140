/** Single steps of the booking: autofill purposes and voice input on the address, voice input on the notes, and the day page's one heading and announcement. */
import { createFakeRecognition, createMemoryBookingAdapter, type BookingAnswers, type RecognitionEngine } from '@yinfa/core';
import { VoiceInput, VoiceInputProvider, YinfaProvider } from '@yinfa/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ServiceBooking } from './ServiceBooking';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;
const BASE: BookingAnswers = { serviceId: 'bath', forWhom: 'self', elderName: '李建国' };

/** Lets the adapter's pending answers (services, slots) arrive inside act, before the test ends. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 20))));

function show(answers: BookingAnswers, step: 'address' | 'day' | 'notes', latencyMs = 0, engine?: RecognitionEngine) {
  const adapter = createMemoryBookingAdapter({ now: clock, latencyMs });
  const booking = <ServiceBooking adapter={adapter} now={clock} draft={false} history={false} initialAnswers={answers} initialStep={step} voiceInput={engine ? VoiceInput : undefined} />;
  return render(<YinfaProvider>{engine ? <VoiceInputProvider engine={engine}>{booking}</VoiceInputProvider> : booking}</YinfaProvider>);
}

const ADDRESS = { district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '5 号楼 101' };

describe('语音输入 on the address and notes', () => {
  it('is off unless the host turns it on', async () => {
    show(BASE, 'address');
    await settle();
    expect(screen.queryByRole('button', { name: /语音输入/ })).toBeNull();
  });

  it('the address: what was heard is shown first, then fills the field, numerals as digits', async () => {
    const fake = createFakeRecognition({ answers: ['幸福小区三号楼二单元五零一'], delayMs: 0 });
    show(BASE, 'address', 0, fake);
    await settle();
    expect(screen.getAllByRole('button', { name: /语音输入/ })).toHaveLength(4); // 区, 街道, 社区, 详细地址
    await userEvent.click(screen.getByRole('button', { name: /语音输入.*详细地址/ }));
    const use = await screen.findByRole('button', { name: '用这个' });
    expect(screen.getByLabelText('详细地址')).toHaveValue(''); // nothing filled before the user agrees
    await userEvent.click(use);
    expect(screen.getByLabelText('详细地址')).toHaveValue('幸福小区3号楼2单元501');
  });

  it('the notes: a second answer is added to what is there, never submitted by voice', async () => {
    const fake = createFakeRecognition({ answers: ['家里有猫'], delayMs: 0 });
    show({ ...BASE, ...ADDRESS, date: '2026-06-11', slotId: 'bath-2026-06-11-1030', phone: '13800138000', notes: '请先打电话' }, 'notes', 0, fake);
    await settle();
    await userEvent.click(screen.getByRole('button', { name: /语音输入/ }));
    await userEvent.click(await screen.findByRole('button', { name: '用这个' }));
    expect((document.getElementById('yf-booking-notes') as HTMLTextAreaElement).value).toMatch(/请先打电话.*家里有猫/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('还有什么要告诉服务人员的吗？'); // still on the question
  });
});

describe('address autofill (WCAG 1.3.5)', () => {
  it('booking for oneself: each one-line part has the token of its own part', async () => {
    show(BASE, 'address');
    await settle();
    expect(screen.getByLabelText('区')).toHaveAttribute('autocomplete', 'address-level3');
    expect(screen.getByLabelText('街道')).toHaveAttribute('autocomplete', 'address-level4');
    expect(screen.getByLabelText('社区')).not.toHaveAttribute('autocomplete');
    expect(screen.getByLabelText('详细地址')).toHaveAttribute('autocomplete', 'address-line1');
    expect(document.querySelector('[autocomplete="street-address"]')).toBeNull(); // the multi-line token is not for one-line boxes
  });

  it('booking for family: the user’s own address is not offered for someone else’s', async () => {
    show({ ...BASE, forWhom: 'family', relation: 'parent' }, 'address');
    await settle();
    for (const label of ['区', '街道', '社区', '详细地址']) expect(screen.getByLabelText(label)).toHaveAttribute('autocomplete', 'off');
  });
});

describe('哪天上门？', () => {
  it('keeps one heading element from loading to loaded, and announces the pre-selected day', async () => {
    show({ ...BASE, district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '5 号楼 101' }, 'day', 30);
    const heading = screen.getByRole('heading', { level: 1, name: '哪天上门？' });
    expect(screen.getByText('正在查询可以预约的时间…')).toBeInTheDocument();
    const chosen = await screen.findByRole('radio', { checked: true });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]); // the same element, still the only h1
    expect(heading.isConnected).toBe(true);
    const label = chosen.closest('label')?.textContent ?? '';
    const status = document.querySelector('[data-yinfa-announcer] [role="status"]') as HTMLElement;
    await waitFor(() => expect(status.textContent).toMatch(/^已为您选好最近能约的一天：/));
    expect(label).toContain(status.textContent?.replace(/^已为您选好最近能约的一天：(\S+).*$/, '$1'));
  });
});
