import type { Meta, StoryObj } from '@storybook/react-vite';
import { createDraftStore, createMemoryDraftStorage, createMemoryBookingAdapter, BOOKING_SENSITIVE_FIELDS, type BookingAnswers, type BookingEvent, type MemoryAdapterOptions, type MemoryBookingAdapter } from '@yinfa/core';
import { useLocale } from '@yinfa/react';
import { useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ServiceBooking, type ServiceBookingProps } from './ServiceBooking';

/** 2026-06-10 08:00 in Shanghai, a Wednesday: every story sees the same days and slots. */
const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;
const noWait = () => Promise.resolve();

const FILLED: BookingAnswers = {
  serviceId: 'bath',
  forWhom: 'family',
  elderName: '王秀英',
  relation: 'parent',
  district: '海州区',
  street: '新南街道',
  community: '幸福社区',
  addressDetail: '幸福小区 3 号楼 2 单元 501',
  floor: '5',
  elevator: 'no',
  date: '2026-06-11',
  slotId: 'bath-2026-06-11-1030',
  phone: '0518 8555 1234',
  bookerPhone: '139 0013 9000',
  notes: '',
};

/** The same answers in English (en-US): the name romanised, the places in pinyin. */
const FILLED_EN: BookingAnswers = {
  ...FILLED,
  elderName: 'Wang Xiuying',
  district: 'Haizhou District',
  street: 'Xinnan Subdistrict',
  community: 'Xingfu Community',
  addressDetail: 'Xingfu Estate, Building 3, Unit 2, Flat 501',
};

/** en-US: each answer still as in FILLED (not changed by the story or in Controls) in its English form. */
function sampleInLocale(answers: Partial<BookingAnswers> | undefined, en: boolean): Partial<BookingAnswers> | undefined {
  if (!en || !answers) return answers;
  const out: Partial<BookingAnswers> = { ...answers };
  for (const key of Object.keys(out) as Array<keyof BookingAnswers>) {
    if (out[key] === FILLED[key]) (out as Record<string, unknown>)[key] = FILLED_EN[key];
  }
  return out;
}

const adapters = new Map<string, MemoryBookingAdapter>();

interface DemoProps extends Partial<ServiceBookingProps> {
  adapterOptions?: MemoryAdapterOptions;
  storyKey?: string;
}

/** A booking with its own in-memory adapter; the latest adapter is kept for play functions to inspect. */
function Demo({ adapterOptions, storyKey = 'default', initialAnswers, ...props }: DemoProps) {
  const en = useLocale()[0] === 'en-US';
  const adapter = useMemo(() => {
    const coverage = { kind: 'ltci', rateBp: 9000, label: en ? 'Lianyungang long-term care insurance' : '连云港市长护险' } as const;
    const made = createMemoryBookingAdapter({ now: clock, latencyMs: 150, coverage, quota: { unit: 'fen', total: 600_00, used: 180_00 }, ...adapterOptions });
    adapters.set(storyKey, made);
    return made;
  }, [adapterOptions, storyKey, en]);
  const answers = useMemo(() => sampleInLocale(initialAnswers, en), [initialAnswers, en]);
  const [events, setEvents] = useState<BookingEvent[]>([]);
  return (
    <>
      <ServiceBooking
        adapter={adapter}
        now={clock}
        draft={false}
        retry={{ sleep: noWait }}
        onEvent={(e) => setEvents((list) => [...list, e])}
        initialAnswers={answers}
        {...props}
      />
      <output className="yf-visually-hidden" data-testid="events">
        {JSON.stringify(events)}
      </output>
    </>
  );
}

const meta = {
  title: 'Widgets/Service booking',
  component: Demo,
  parameters: {
    docs: {
      description: {
        component:
          '居家养老上门服务预约：一页一个问题，核对信息后提交，确认页如实说明“已提交，待服务站确认”。所有失败都保留用户填写的内容。\n\n' +
          'Home-care visit booking: one question per page, check answers with the cost, then a confirmation that says what is true. Every failure keeps what was typed. Stories use the in-memory adapter.',
      },
    },
  },
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

const byRole = (el: HTMLElement) => within(el);

/** The whole booking, start to finish, with the in-memory adapter. */
export const FullBooking: Story = {
  args: { storyKey: 'full' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('radio', { name: /助浴/ }));
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.click(await c.findByRole('radio', { name: /为自己预约/ }));
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.type(await c.findByLabelText('姓名'), '王秀英');
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.type(await c.findByLabelText('区'), '海州区');
    await userEvent.type(c.getByLabelText('街道'), '新南街道');
    await userEvent.type(c.getByLabelText('社区'), '幸福社区');
    await userEvent.type(c.getByLabelText('详细地址'), '3号楼501');
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.click(await c.findByRole('button', { name: '继续' })); // access notes are optional
    await c.findByRole('radio', { checked: true }); // the first free day is pre-selected
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    const slots = await c.findAllByRole('radio', { name: /上午|下午/ });
    await userEvent.click(slots.find((s) => !(s as HTMLInputElement).disabled) as HTMLElement);
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.type(await c.findByLabelText('电话号码'), '13800138000');
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await userEvent.click(await c.findByRole('button', { name: '继续' })); // notes optional
    await c.findByRole('heading', { name: '核对预约信息' });
    await c.findByText('您需要自付');
    await userEvent.click(c.getByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: '已提交，待服务站确认' });
    await expect(c.getByText(/服务人员不会向您收取现金或索要银行卡密码/)).toBeInTheDocument();
    await expect(adapters.get('full')?.bookings).toHaveLength(1);
    await expect(c.getByTestId('events').textContent).not.toMatch(/王秀英|13800138000|501/);
  },
};

export const StepService: Story = { args: { storyKey: 'service' } };
export const StepWho: Story = { args: { initialAnswers: { serviceId: 'clean' }, initialStep: 'who' } };
export const StepPersonFamily: Story = { args: { initialAnswers: { serviceId: 'clean', forWhom: 'family' }, initialStep: 'person' } };
export const StepAddress: Story = { args: { initialAnswers: { ...FILLED, district: '', street: '', community: '', addressDetail: '' }, initialStep: 'address' } };
export const StepAccess: Story = { args: { initialAnswers: FILLED, initialStep: 'access' } };
export const StepDay: Story = { args: { initialAnswers: { ...FILLED, date: undefined, slotId: undefined }, initialStep: 'day' } };
export const StepDayMoreDates: Story = {
  args: { initialAnswers: { ...FILLED, date: undefined, slotId: undefined }, initialStep: 'day' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '更多日期' }));
    await expect(c.getByRole('button', { name: '收起更多日期' })).toHaveAttribute('aria-expanded', 'true');
    await expect(c.getAllByText(/不可预约|已约满/).length).toBeGreaterThan(0);
  },
};
export const StepTime: Story = { args: { initialAnswers: { ...FILLED, slotId: undefined }, initialStep: 'time' } };
export const StepPhone: Story = { args: { initialAnswers: { ...FILLED, phone: '' }, initialStep: 'phone' } };
export const StepBookerPhone: Story = { args: { initialAnswers: { ...FILLED, bookerPhone: '' }, initialStep: 'bookerPhone' } };
export const StepNotes: Story = { args: { initialAnswers: FILLED, initialStep: 'notes' } };
export const StepCheckAnswers: Story = {
  args: { initialAnswers: FILLED, initialStep: 'check' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await c.findByText('连云港市长护险');
    await expect(c.getByText('未填写')).toBeInTheDocument(); // notes left empty
    // Change → edit → back on the check page
    await userEvent.click(c.getByRole('button', { name: /修改 上门地址/ }));
    const detail = await c.findByLabelText('详细地址');
    await userEvent.clear(detail);
    await userEvent.type(detail, '幸福小区 5 号楼 101');
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await c.findByRole('heading', { name: '核对预约信息' });
    await expect(c.getByText(/5 号楼 101/)).toBeInTheDocument();
  },
};

/** Continue with nothing filled: the error summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  args: { initialAnswers: { ...FILLED, district: '', street: '', community: '', addressDetail: '' }, initialStep: 'address' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '继续' }));
    const summary = await c.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getAllByRole('link')).toHaveLength(4);
    await expect(document.title.startsWith('错误：')).toBe(true);
    await userEvent.click(within(summary).getByRole('link', { name: /详细地址/ }));
    await expect(c.getByLabelText('详细地址')).toHaveFocus();
  },
};

export const PhoneError: Story = {
  args: { initialAnswers: { ...FILLED, phone: '1380013800' }, initialStep: 'phone' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '继续' }));
    await expect(await c.findByRole('link', { name: /少了几位/ })).toBeInTheDocument();
  },
};

/** 409: someone else took the slot → back to the time step, other answers kept, nearest free slots offered. */
export const FailureSlotTaken: Story = {
  args: { storyKey: 'taken', initialAnswers: FILLED, initialStep: 'check' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await c.findByRole('heading', { name: '核对预约信息' });
    adapters.get('taken')?.takeSlot(FILLED.slotId as string);
    await userEvent.click(c.getByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: '几点上门？' });
    await expect(c.getAllByText(/该时段刚被约满/).length).toBeGreaterThan(0);
    await expect(c.getByText('离您原来选的时间最近的空闲时段：')).toBeInTheDocument();
    await expect(adapters.get('taken')?.bookings).toHaveLength(0);
    // Pick the nearest slot and go straight back to the check page with everything else kept.
    const nearest = c.getAllByRole('radio').find((r) => !(r as HTMLInputElement).disabled) as HTMLElement;
    await userEvent.click(nearest);
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await c.findByRole('heading', { name: '核对预约信息' });
    await expect(c.getByText('王秀英')).toBeInTheDocument();
  },
};

/** The network drops twice (the second time after booking): "正在确认…", same key, exactly one booking. */
export const FailureNetwork: Story = {
  args: { storyKey: 'network', initialAnswers: FILLED, initialStep: 'check', adapterOptions: { failures: { submit: ['network', 'lost-response'] } }, retry: { delaysMs: [600] } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: /正在确认/ });
    await c.findByRole('heading', { name: '已提交，待服务站确认' }, { timeout: 5000 });
    const a = adapters.get('network');
    await expect(a?.bookings).toHaveLength(1);
    const keys = new Set(a?.calls.filter((x) => x.operation === 'submit').map((x) => x.idempotencyKey));
    await expect(keys.size).toBe(1);
  },
};

/** The network never comes back: a plain message, a retry (same key) and the phone number. */
export const FailureNetworkGivesUp: Story = {
  args: { storyKey: 'offline', initialAnswers: FILLED, initialStep: 'check', adapterOptions: { failures: { submit: ['network', 'timeout', 'network', 'network'] } } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '提交预约申请' }));
    await c.findByText('暂时无法确认预约是否提交成功');
    await expect(c.getAllByRole('link', { name: /拨打/ }).length).toBeGreaterThan(0);
  },
};

/** 5xx: a clear message, a retry button and the phone number; the retry books once. */
export const FailureServer: Story = {
  args: { storyKey: 'server', initialAnswers: FILLED, initialStep: 'check', adapterOptions: { failures: { submit: ['server'] } } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '提交预约申请' }));
    await c.findByText('预约还没有提交成功');
    await expect(c.getAllByRole('link', { name: /拨打 12349/ }).length).toBeGreaterThan(0);
    await userEvent.click(c.getByRole('button', { name: '再试一次' }));
    await c.findByRole('heading', { name: '已提交，待服务站确认' });
    await expect(adapters.get('server')?.bookings).toHaveLength(1);
  },
};

/** Double click and a quick second Enter: exactly one submission. */
export const FailureDoubleSubmit: Story = {
  args: { storyKey: 'double', initialAnswers: FILLED, initialStep: 'check' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    const submit = await c.findByRole('button', { name: '提交预约申请' });
    await userEvent.dblClick(submit);
    submit.focus();
    await userEvent.keyboard('{Enter}{Enter}');
    await c.findByRole('heading', { name: '已提交，待服务站确认' });
    await expect(adapters.get('double')?.calls.filter((x) => x.operation === 'submit')).toHaveLength(1);
  },
};

/** Back after success shows "已提交" with the reference — never a second submission. */
export const FailureBackAfterSuccess: Story = {
  args: { storyKey: 'back', initialAnswers: FILLED, initialStep: 'check' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: '已提交，待服务站确认' });
    window.history.back();
    await c.findByRole('heading', { name: '已提交' });
    await expect(c.getByText(/不会重复提交/)).toBeInTheDocument();
    await expect(c.queryByRole('button', { name: '提交预约申请' })).toBeNull();
    await expect(adapters.get('back')?.bookings).toHaveLength(1);
  },
};

let passedClock = NOW;
/** The page was left open until the chosen slot passed: asked to choose again. */
export const FailureSlotPassed: Story = {
  args: { storyKey: 'passed', initialAnswers: FILLED, initialStep: 'check', now: () => passedClock },
  play: async ({ canvasElement }) => {
    passedClock = NOW;
    const c = byRole(canvasElement);
    await c.findByRole('heading', { name: '核对预约信息' });
    passedClock = Date.parse('2026-06-11T09:45:00+08:00'); // next morning: the 10:30 visit is too close now
    await userEvent.click(c.getByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: '几点上门？' });
    await expect(c.getAllByText(/您选的时间已经过了/).length).toBeGreaterThan(0);
    await expect(adapters.get('passed')?.bookings).toHaveLength(0);
    passedClock = NOW;
  },
};

export const ConfirmationRequest: Story = {
  args: { storyKey: 'confirm-req', initialAnswers: FILLED, initialStep: 'check' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: '已提交，待服务站确认' });
    await expect(c.getByText(/6月11日 周四 上午 10:30–下午 12:00/, { selector: 'p' })).toBeInTheDocument();
  },
};

export const ConfirmationConfirmedAndCancel: Story = {
  args: { storyKey: 'confirm-ok', initialAnswers: FILLED, initialStep: 'check', adapterOptions: { resultStatus: 'confirmed' } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: '提交预约申请' }));
    await c.findByRole('heading', { name: '预约成功' });
    await userEvent.click(c.getByRole('button', { name: '取消这次预约' }));
    await c.findByRole('heading', { name: '预约已取消' });
    await expect(c.getByTestId('events').textContent).toContain('"type":"cancelled"');
  },
};

export const CostQuotaExhausted: Story = {
  args: { initialAnswers: FILLED, initialStep: 'check', adapterOptions: { quota: { unit: 'visit', total: 8, used: 8 } } },
  play: async ({ canvasElement }) => {
    await byRole(canvasElement).findByText('本月额度已用完，本次需全部自付。');
  },
};

export const ServicesFailToLoad: Story = {
  args: { adapterOptions: { failures: { listServices: ['network'] } } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    // Says what did not load (the services, not the times), then 再试一次 brings them.
    await c.findByText('暂时查不到可以预约的上门服务。');
    await userEvent.click(c.getByRole('button', { name: '再试一次' }));
    await c.findByRole('radio', { name: /助餐/ }, { timeout: 3000 });
  },
};

export const SlotsFailToLoad: Story = {
  args: { initialAnswers: { ...FILLED, date: undefined, slotId: undefined }, initialStep: 'day', adapterOptions: { failures: { listSlots: ['server'] } } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await c.findByText('暂时查不到可以预约的时间。');
    await userEvent.click(c.getByRole('button', { name: '再试一次' }));
    await c.findByRole('radio', { name: /明天/ }, { timeout: 3000 });
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' }, args: { initialAnswers: FILLED, initialStep: 'check' } };
export const ElderModeTimeStep: Story = { globals: { mode: 'elder' }, args: { initialAnswers: { ...FILLED, slotId: undefined }, initialStep: 'time' } };
export const HighContrast: Story = { globals: { mode: 'high-contrast' }, args: { initialAnswers: FILLED, initialStep: 'check' } };

export const English: Story = {
  globals: { locale: 'en-US' },
  args: { storyKey: 'en' },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await userEvent.click(await c.findByRole('button', { name: 'Continue' }));
    await c.findByRole('link', { name: 'Choose a home-care service' });
    await expect(await c.findByRole('radio', { name: /Bathing/ })).toBeInTheDocument();
  },
};
export const EnglishCheckAnswers: Story = { globals: { locale: 'en-US' }, args: { initialAnswers: FILLED, initialStep: 'check' } };
export const EnglishTime: Story = { globals: { locale: 'en-US' }, args: { initialAnswers: { ...FILLED, slotId: undefined }, initialStep: 'time' } };

/**
 * A reload mid-journey: the answers come back from session storage — except the personal ones, which were
 * never stored, so the journey resumes at the first question that needs them again (the name).
 */
function draftWith(answers: BookingAnswers, current: string) {
  const storage = createMemoryDraftStorage();
  createDraftStore({ key: 'yinfa:draft:service-booking', storage, sensitive: BOOKING_SENSITIVE_FIELDS }).save({ answers, current });
  return storage;
}
export const DraftRestored: Story = {
  args: { draft: { storage: draftWith(FILLED, 'address') } },
  parameters: { localeArgs: { 'en-US': { draft: { storage: draftWith(FILLED_EN, 'address') } } } },
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await c.findByRole('heading', { name: '老人的姓名和与您的关系' });
    await expect(c.getByLabelText('老人的姓名')).toHaveValue(''); // personal: not kept
    await expect(c.getByRole('radio', { name: '父亲或母亲' })).toBeChecked();
    await userEvent.type(c.getByLabelText('老人的姓名'), '王秀英');
    await userEvent.click(c.getByRole('button', { name: '继续' }));
    await expect(await c.findByLabelText('区')).toHaveValue('海州区');
    await expect(c.getByLabelText('详细地址')).toHaveValue('');
  },
};

/** A reload after success in the same tab: "已提交" with the reference, never the form again. */
function receiptStorage() {
  const storage = createMemoryDraftStorage();
  createDraftStore({ key: 'yinfa:draft:service-booking', storage }).markSubmitted({ reference: 'YF2606100007', status: 'requested' });
  return storage;
}
/** Fresh seeded storage per render: the play function starts again, which clears the receipt. */
function ReloadAfterSuccessDemo(props: DemoProps) {
  const [storage] = useState(receiptStorage);
  return <Demo {...props} draft={{ storage }} />;
}
export const ReloadAfterSuccess: Story = {
  render: (args) => <ReloadAfterSuccessDemo {...args} />,
  play: async ({ canvasElement }) => {
    const c = byRole(canvasElement);
    await c.findByRole('heading', { level: 1, name: '已提交' });
    await expect(c.getByText(/YF2606100007/)).toBeInTheDocument();
    await userEvent.click(c.getByRole('button', { name: '再预约一项服务' }));
    await c.findByRole('heading', { name: '需要哪项上门服务？' });
  },
};
