/**
 * The booking end to end at the network level, in a real Chromium: the widget on the HTTP adapter, and an
 * in-page fake server answering `fetch` with real `Request`/`Response` objects (the JSON contract of
 * docs/booking-api.yaml, its state in an in-memory adapter). No real network. The browser's own
 * `sessionStorage` and `history` are used, so a "reload" — unmounting the widget and mounting it again with
 * the same props, which keeps exactly what a reload keeps (the tab's session storage and history entries) —
 * finds what a real reload would find. Storage is read after every step.
 */
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import '@yinfa/widgets/styles.css';
import { BookingError, createHttpBookingAdapter, createMemoryBookingAdapter, type BookingAnswers, type BookingRequest, type MemoryBookingAdapter } from '@yinfa/core';
import { YinfaProvider } from '@yinfa/react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ServiceBooking } from './ServiceBooking';

const BASE = 'https://booking.invalid/v1';
const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;

interface Seen {
  method: string;
  path: string;
}

/** A fake booking server at the `fetch` level: routes real Requests to an in-memory adapter, records each one. */
function fakeServer() {
  const store: MemoryBookingAdapter = createMemoryBookingAdapter({ now: clock, coverage: { kind: 'subsidy', fixedFen: 20_00 } });
  const seen: Seen[] = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (!url.href.startsWith(BASE)) throw new TypeError(`no network in tests: ${url.href}`);
    const path = url.pathname.replace('/v1', '');
    seen.push({ method: request.method, path });
    try {
      if (request.method === 'GET' && path === '/services') return json({ services: await store.listServices({ locale: 'zh-CN' }) });
      if (request.method === 'GET' && path === '/slots') {
        const q = url.searchParams;
        return json({ slots: await store.listSlots({ serviceId: q.get('serviceId') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' }) });
      }
      if (request.method === 'POST' && path === '/quotes') return json(await store.quote((await request.json()) as BookingRequest));
      if (request.method === 'POST' && path === '/bookings') {
        return json(await store.submit((await request.json()) as BookingRequest, { idempotencyKey: request.headers.get('Idempotency-Key') ?? '' }), 201);
      }
      return json({ error: 'not_found' }, 404);
    } catch (e) {
      const kind = e instanceof BookingError ? e.kind : 'server';
      return kind === 'slot-taken' ? json({ error: 'slot_taken', alternatives: (e as BookingError).alternatives }, 409) : json({ error: 'internal' }, 500);
    }
  };
  return { store, seen, fetch, posts: () => seen.filter((s) => s.method === 'POST' && s.path === '/bookings').length };
}

/** Everything this tab's session and local storage hold, as one string. */
const storage = () => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } });

/** Personal answers typed in these tests: none may ever reach storage. */
const PERSONAL = ['王秀英', '幸福小区 3 号楼 501', '按 501 门铃', '051885551234', '0518 8555 1234', '13900139000', '139 0013 9000', '请带上浴凳'];
function expectNothingPersonalStored() {
  const all = storage();
  for (const value of PERSONAL) expect(all, `storage holds "${value}"`).not.toContain(value);
}

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

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 3000 });
const press = async (name: string | RegExp) => userEvent.click(await screen.findByRole('button', { name }));

function mount(server: ReturnType<typeof fakeServer>, props: { initialAnswers?: Partial<BookingAnswers>; initialStep?: 'check' } = {}) {
  const adapter = createHttpBookingAdapter({ baseUrl: BASE, fetch: server.fetch, timeoutMs: 5000 });
  return render(
    <YinfaProvider>
      <ServiceBooking adapter={adapter} now={clock} retry={{ sleep: () => Promise.resolve() }} {...props} />
    </YinfaProvider>,
  );
}

/** A reload: the widget goes away and comes back with the same props; the tab's storage and history stay. */
function reload(server: ReturnType<typeof fakeServer>, props: Parameters<typeof mount>[1] = {}) {
  cleanup();
  return mount(server, props);
}

const FILLED: BookingAnswers = {
  serviceId: 'clean', forWhom: 'self', elderName: '赵桂兰', district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '7 号楼 302',
  date: '2026-06-11', slotId: 'clean-2026-06-11-1030', phone: '13800138000',
};

describe('booking over HTTP, end to end in the browser', () => {
  it('submit, reload, Back: "已提交" with the reference, and no second request', async () => {
    const server = fakeServer();
    const props = { initialAnswers: FILLED, initialStep: 'check' as const };
    mount(server, props);
    await heading('核对预约信息');
    await screen.findByText('您需要自付');
    await press('提交预约申请');
    await heading('已提交，待服务站确认');
    expect(server.posts()).toBe(1);
    const reference = server.store.bookings[0]?.reference as string;
    expect(reference).toBeTruthy();
    expect(screen.getByText(reference)).toBeInTheDocument();

    reload(server, props);
    await heading('已提交');
    expect(screen.getByText(new RegExp(reference))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交预约申请' })).toBeNull();

    window.history.back();
    await new Promise((r) => setTimeout(r, 500)); // the popstate and whatever it would trigger
    await heading('已提交');
    expect(screen.getByText(new RegExp(reference))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交预约申请' })).toBeNull();
    expect(server.posts()).toBe(1);
    expect(server.store.bookings).toHaveLength(1);
  });

  it('drafts: kept over a reload without anything personal, gone after submit', async () => {
    const server = fakeServer();
    mount(server);
    await heading('需要哪项上门服务？');
    await userEvent.click(await screen.findByRole('radio', { name: /助浴/ }));
    await press('继续');
    await heading('为谁预约？');
    expectNothingPersonalStored();
    await userEvent.click(screen.getByRole('radio', { name: /为家人预约/ }));
    await press('继续');
    await heading('老人的姓名和与您的关系');
    await userEvent.type(screen.getByLabelText('老人的姓名'), '王秀英');
    await userEvent.click(screen.getByRole('radio', { name: '父亲或母亲' }));
    expectNothingPersonalStored();
    await press('继续');
    await heading('上门地址');
    for (const [label, value] of [['区', '海州区'], ['街道', '新南街道'], ['社区', '幸福社区'], ['详细地址', '幸福小区 3 号楼 501']] as const) await userEvent.type(screen.getByLabelText(label), value);
    expectNothingPersonalStored();
    await press('继续');
    await heading('上门需要注意什么？');
    await userEvent.type(screen.getByLabelText(/住在几楼/), '5');
    await userEvent.type(screen.getByLabelText(/门禁/), '按 501 门铃');
    expectNothingPersonalStored();
    await press('继续');
    await heading('哪天上门？');
    expect(storage()).toContain('海州区'); // the draft is there: the non-personal answers
    expectNothingPersonalStored();

    // Reload: the non-personal answers come back; the personal ones were never kept, so the journey
    // resumes at the first question that needs them again.
    reload(server);
    await heading('老人的姓名和与您的关系');
    expect(screen.getByLabelText('老人的姓名')).toHaveValue('');
    expect(screen.getByRole('radio', { name: '父亲或母亲' })).toBeChecked();
    await userEvent.type(screen.getByLabelText('老人的姓名'), '王秀英');
    await press('继续');
    await heading('上门地址');
    expect(screen.getByLabelText('区')).toHaveValue('海州区');
    expect(screen.getByLabelText('详细地址')).toHaveValue('');
    await userEvent.type(screen.getByLabelText('详细地址'), '幸福小区 3 号楼 501');
    await press('继续');
    await heading('上门需要注意什么？');
    expect(screen.getByLabelText(/住在几楼/)).toHaveValue('5');
    expect(screen.getByLabelText(/门禁/)).toHaveValue('');
    await press('继续');
    await heading('哪天上门？');
    await screen.findByRole('radio', { checked: true });
    await press('继续');
    await heading('几点上门？');
    await userEvent.click(screen.getAllByRole('radio').find((r) => !(r as HTMLInputElement).disabled) as HTMLElement);
    await press('继续');
    await heading('老人的电话');
    await userEvent.type(screen.getByLabelText('电话号码'), '0518 8555 1234');
    expectNothingPersonalStored();
    await press('继续');
    await heading('您的手机号');
    await userEvent.type(screen.getByLabelText('您的手机号'), '139 0013 9000');
    await press('继续');
    await heading('还有什么要告诉服务人员的吗？');
    await userEvent.type(screen.getByLabelText(/还有什么|备注/), '请带上浴凳');
    expectNothingPersonalStored();
    await press('继续');
    await heading('核对预约信息');
    expectNothingPersonalStored();
    await press('提交预约申请');
    await heading('已提交，待服务站确认');
    expect(server.posts()).toBe(1);

    // After submit: the draft is gone; only the reference and status are kept.
    const after = storage();
    expect(after).not.toMatch(/海州区|新南街道|bath|parent/);
    expect(after).toContain(server.store.bookings[0]?.reference as string);
    expectNothingPersonalStored();
    reload(server);
    await heading('已提交');
    expect(server.posts()).toBe(1);
  });
});
