/**
 * The widget on the HTTP adapter, with MSW answering at the network level (msw/node intercepts fetch).
 * The fake server keeps its state in an in-memory adapter and speaks the JSON contract of
 * docs/booking-api.yaml, so each failure reaches the widget the way a real server would send it.
 */
import { BookingError, createHttpBookingAdapter, createMemoryBookingAdapter, type BookingAnswers, type BookingRequest, type MemoryBookingAdapter } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceBooking } from './ServiceBooking';

const BASE = 'https://booking.test/v1';
const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;

let store: MemoryBookingAdapter;
/** What the next POST /bookings does before (or instead of) booking. */
let script: Array<'500' | 'drop-after-booking' | 'drop'> = [];
const keysSeen: string[] = [];

const STATUS: Record<string, [number, string]> = {
  'slot-taken': [409, 'slot_taken'],
  'slot-passed': [422, 'slot_passed'],
  'idempotency-conflict': [422, 'idempotency_key_reused'],
  'not-found': [404, 'not_found'],
  invalid: [422, 'invalid_request'],
};

function toResponse(e: unknown) {
  const err = e instanceof BookingError ? e : new BookingError('server');
  const [status, code] = STATUS[err.kind] ?? [500, 'internal'];
  return HttpResponse.json({ error: code, message: err.message, alternatives: err.alternatives }, { status });
}

const server = setupServer(
  http.get(`${BASE}/services`, async () => HttpResponse.json({ services: await store.listServices({ locale: 'zh-CN' }) })),
  http.get(`${BASE}/slots`, async ({ request }) => {
    const q = new URL(request.url).searchParams;
    return HttpResponse.json({ slots: await store.listSlots({ serviceId: q.get('serviceId') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' }) });
  }),
  http.post(`${BASE}/quotes`, async ({ request }) => HttpResponse.json(await store.quote((await request.json()) as BookingRequest))),
  http.post(`${BASE}/bookings`, async ({ request }) => {
    const key = request.headers.get('Idempotency-Key') ?? '';
    keysSeen.push(key);
    const step = script.shift();
    if (step === '500') return HttpResponse.json({ error: 'internal' }, { status: 500 });
    if (step === 'drop') return HttpResponse.error();
    try {
      const result = await store.submit((await request.json()) as BookingRequest, { idempotencyKey: key });
      return step === 'drop-after-booking' ? HttpResponse.error() : HttpResponse.json(result, { status: 201 });
    } catch (e) {
      return toResponse(e);
    }
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  store = createMemoryBookingAdapter({ now: clock, coverage: { kind: 'subsidy', fixedFen: 20_00 } });
  script = [];
  keysSeen.length = 0;
});
afterEach(() => server.resetHandlers());

const FILLED: BookingAnswers = {
  serviceId: 'clean',
  forWhom: 'self',
  elderName: '赵桂兰',
  district: '海州区',
  street: '新南街道',
  community: '幸福社区',
  addressDetail: '7 号楼 302',
  date: '2026-06-11',
  slotId: 'clean-2026-06-11-1030',
  phone: '13800138000',
};

function renderWidget(extra: Partial<Parameters<typeof ServiceBooking>[0]> = {}) {
  const adapter = createHttpBookingAdapter({ baseUrl: BASE, timeoutMs: 2000 });
  return render(
    <YinfaProvider>
      <ServiceBooking adapter={adapter} now={clock} draft={false} history={false} retry={{ sleep: () => Promise.resolve() }} initialAnswers={FILLED} initialStep="check" {...extra} />
    </YinfaProvider>,
  );
}

async function submit() {
  await screen.findByText('您需要自付');
  await userEvent.click(screen.getByRole('button', { name: '提交预约申请' }));
}

describe('ServiceBooking over HTTP (MSW)', () => {
  it('books once and shows the request as awaiting confirmation, with the subsidy in the cost panel', async () => {
    renderWidget();
    expect(await screen.findByText('政府补贴')).toBeInTheDocument();
    await submit();
    expect(await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' })).toBeInTheDocument();
    expect(store.bookings).toHaveLength(1);
  });

  it('409 slot taken: back to the time step with the nearest free slots, other answers kept', async () => {
    renderWidget();
    await screen.findByText('您需要自付');
    store.takeSlot(FILLED.slotId as string);
    await userEvent.click(screen.getByRole('button', { name: '提交预约申请' }));
    expect(await screen.findByRole('heading', { level: 1, name: '几点上门？' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '该时段刚被约满，请选择其他时间' })).toBeInTheDocument();
    expect(screen.getByText('离您原来选的时间最近的空闲时段：')).toBeInTheDocument();
    const free = screen.getAllByRole('radio').find((r) => !(r as HTMLInputElement).disabled) as HTMLElement;
    await userEvent.click(free);
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    expect(await screen.findByText('赵桂兰')).toBeInTheDocument();
    await submit();
    await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' });
    expect(store.bookings).toHaveLength(1);
  });

  it('network failure after booking: "正在确认…", the same key again, one booking', async () => {
    script = ['drop', 'drop-after-booking'];
    renderWidget();
    await submit();
    await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' });
    expect(new Set(keysSeen).size).toBe(1);
    expect(keysSeen).toHaveLength(3);
    expect(store.bookings).toHaveLength(1);
  });

  it('shows "正在确认…" while it retries', async () => {
    script = ['drop'];
    let release: () => void = () => {};
    renderWidget({ retry: { sleep: () => new Promise<void>((r) => (release = r)) } });
    await submit();
    expect(await screen.findByRole('heading', { name: /正在确认/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /正在确认/ })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => release());
    await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' });
  });

  it('5xx: message, retry button and phone; the retry uses the same key and books once', async () => {
    script = ['500'];
    renderWidget();
    await submit();
    expect(await screen.findByText('预约还没有提交成功')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: '拨打 12349' })[0]).toHaveAttribute('href', 'tel:12349');
    expect(screen.getByText('赵桂兰')).toBeInTheDocument(); // nothing typed is lost
    await userEvent.click(screen.getByRole('button', { name: '再试一次' }));
    await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' });
    expect(keysSeen).toHaveLength(2);
    expect(keysSeen[0]).toBe(keysSeen[1]);
    expect(store.bookings).toHaveLength(1);
  });

  it('double click: exactly one request', async () => {
    renderWidget();
    await screen.findByText('您需要自付');
    const button = screen.getByRole('button', { name: '提交预约申请' });
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.submit(button.closest('form') as HTMLFormElement);
    await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' });
    expect(keysSeen).toHaveLength(1);
  });

  it('slot passed on the server: asked to choose again', async () => {
    let serverNow = NOW;
    store = createMemoryBookingAdapter({ now: () => serverNow });
    renderWidget();
    await screen.findByText('您需要自付');
    serverNow = Date.parse('2026-06-11T10:00:00+08:00'); // the server's clock says the visit is too close
    await userEvent.click(screen.getByRole('button', { name: '提交预约申请' }));
    expect(await screen.findByRole('link', { name: '您选的时间已经过了，请重新选择' })).toBeInTheDocument();
    expect(store.bookings).toHaveLength(0);
  });

  it('events carry no personal data', async () => {
    const events: unknown[] = [];
    script = ['500'];
    renderWidget({ onEvent: (e) => events.push(e) });
    await submit();
    await screen.findByText('预约还没有提交成功');
    await userEvent.click(screen.getByRole('button', { name: '再试一次' }));
    await screen.findByRole('heading', { level: 1, name: '已提交，待服务站确认' });
    await waitFor(() => expect(events).toHaveLength(2));
    expect(events[0]).toEqual({ type: 'failed', serviceId: 'clean', reason: 'server', willRetry: false });
    expect(JSON.stringify(events)).not.toMatch(/赵桂兰|13800138000|302|海州/);
  });
});
