/** Single steps of the booking: autofill purposes on the address, and the day page's one heading and announcement. */
import { createMemoryBookingAdapter, type BookingAnswers } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ServiceBooking } from './ServiceBooking';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;
const BASE: BookingAnswers = { serviceId: 'bath', forWhom: 'self', elderName: '李建国' };

/** Lets the adapter's pending answers (services, slots) arrive inside act, before the test ends. */
const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 20))));

function show(answers: BookingAnswers, step: 'address' | 'day', latencyMs = 0) {
  const adapter = createMemoryBookingAdapter({ now: clock, latencyMs });
  return render(
    <YinfaProvider>
      <ServiceBooking adapter={adapter} now={clock} draft={false} history={false} initialAnswers={answers} initialStep={step} />
    </YinfaProvider>,
  );
}

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
