import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ReadAloudButton } from '@yinfa/react';
import { MealMap } from './MealMap';
import sample from '../../sample-data/meal-points.json';
import type { TileConfig } from './tiles';

/** Wednesday 2 Dec 2026, 11:45 in Shanghai: lunch time, so many points are open. */
const LUNCHTIME = new Date('2026-12-02T11:45:00+08:00');
/** The widget's clock, fixed at lunchtime. */
const atLunchtime = () => LUNCHTIME.getTime();
/** A spot in 海州区 (WGS84), near the densest sample points. */
const HAIZHOU = { lng: 119.128, lat: 34.6, datum: 'WGS84' as const };
const POINTS = sample.points as unknown[];

/** A generated local tile (no network): a pale square with a faint grid line. */
const BLANK_TILE =
  'data:image/svg+xml;charset=utf-8,' +
  encodeURIComponent("<svg xmlns='http://www.w3.org/2000/svg' width='256' height='256'><rect width='256' height='256' fill='#eef2ef'/><path d='M0 0H256V256' fill='none' stroke='#c9d1cc' stroke-width='2'/></svg>");
// The attribution is the host's own words, so it is given per locale like any story text.
const LOCAL_TILES: TileConfig = { url: BLANK_TILE, datum: 'WGS84', attribution: '本地空白底图（演示）' };
const LOCAL_TILES_EN: TileConfig = { ...LOCAL_TILES, attribution: 'Local blank tiles (demo)' };
/** Refused at once on this machine (the discard port): the tile-failure path, with no traffic leaving it. */
const FAILING_TILES: TileConfig = { url: 'http://127.0.0.1:9/{z}/{x}/{y}.png', datum: 'WGS84', attribution: 'OpenStreetMap (offline)' };

const meta = {
  title: 'Widgets/Meal map/MealMap',
  component: MealMap,
  tags: ['autodocs'],
  args: {
    points: POINTS,
    now: atLunchtime,
    hotline: '12345',
    onReportError: fn(),
    onInvalidRecords: fn(),
    navigationSource: 'yinfa-demo',
  },
  parameters: {
    docs: {
      description: {
        component:
          '助餐地图：以列表为主，不打开地图也能完整使用——距离和老年人步速的步行时间、正在营业或下一餐时间（按北京时间）、补贴后的“您的价格”、用餐方式和特色餐。地图是可选的，按需加载 Leaflet。示例为连云港 300 个虚构助餐点。\n\n' +
          'A list-first finder of meal-assistance points: distance and walking time at an older person’s pace, open now or the next meal (Asia/Shanghai), the user’s own price after subsidy, service modes and diets. The map is optional and loads Leaflet on demand. Stories use 300 fictional sample points in Lianyungang and no real tiles.',
      },
    },
  },
} satisfies Meta<typeof MealMap>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The host already knows where the user is: the list is sorted nearest first within 3 km. */
export const WithGeolocation: Story = {
  args: { location: HAIZHOU },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    const list = await c.findByRole('list', { name: '助餐点列表' });
    await expect(within(list).getAllByRole('article').length).toBeGreaterThan(0);
    await expect(c.getByText(/3 公里内找到 \d+ 个助餐点/)).toBeInTheDocument();
  },
};

/** "使用我的位置" asks the host's locate adapter (a fake that answers at once). */
export const LocateOnRequest: Story = {
  args: { locate: () => Promise.resolve(HAIZHOU) },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: '使用我的位置' }));
    await expect(await c.findByText('当前位置：我的位置（定位）')).toBeInTheDocument();
  },
};

/** Geolocation refused: the user picks a district and street instead. */
export const WithoutGeolocation: Story = {
  args: { locate: () => Promise.reject({ code: 1, message: 'User denied Geolocation' }) },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: '使用我的位置' }));
    await expect(await c.findByText(/没能获取您的位置/)).toBeInTheDocument();
    await userEvent.selectOptions(c.getByRole('combobox', { name: '区县' }), '连云区');
    await userEvent.selectOptions(c.getByRole('combobox', { name: '街道或乡镇' }), '墟沟街道');
    await userEvent.click(c.getByRole('button', { name: '按这个位置查找' }));
    await waitFor(() => expect(canvasElement.querySelector('.yf-meal-where__current')).toHaveTextContent(/^当前位置：连云区 墟沟街道/));
  },
};

/** Geolocation that never answers: after the timeout the widget says so; the chooser is there all along. */
export const SlowGeolocation: Story = {
  args: { locate: () => new Promise(() => {}), locateTimeoutMs: 300 },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: '使用我的位置' }));
    await expect(await c.findByText(/定位时间较长/)).toBeInTheDocument();
    await expect(c.getByRole('combobox', { name: '区县' })).toBeEnabled();
  },
};

/** No location at all: sorted by name, no distances. */
export const NoLocation: Story = {};

/** An 80-year-old on 低保: every card shows "您的价格", the detail says which rule and which caps. */
export const WithProfile: Story = {
  args: { location: HAIZHOU, profile: { age: 80, groups: ['dibao'] } },
};

/** Both panels open: the price calculator (age, groups, 户籍) and every filter. */
export const PanelsOpen: Story = {
  args: { location: HAIZHOU, defaultOpenPanels: ['profile', 'filters'], profileStorage: { load: () => null, save: fn() } },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByLabelText('只看正在营业'));
    await userEvent.click(c.getByLabelText('送餐'));
    await expect(await c.findByText('筛选条件（已选 2 项）')).toBeInTheDocument();
    await userEvent.type(c.getByLabelText(/您的年龄/), '85');
    await expect((await c.findAllByText(/^您的价格/)).length).toBeGreaterThan(0);
  },
};

/** The detail view: big call button (tel:), navigation hand-off per app datum, report link, read-aloud slot. */
export const DetailView: Story = {
  args: {
    location: HAIZHOU,
    profile: { age: 80 },
    // The voice package's button, handed the plain-text summary (hidden where this device cannot speak).
    renderReadAloud: (text: string) => <ReadAloudButton text={text} variant="secondary" />,
  },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    const list = await c.findByRole('list', { name: '助餐点列表' });
    const first = within(list).getAllByRole('article')[0]!;
    await userEvent.click(within(first).getAllByRole('button')[0]!);
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement?.id).toBe('yf-meal-detail-heading'));
    await expect(c.getAllByRole('link', { name: /^☎?\s*拨打/ })[0]).toHaveAttribute('href', expect.stringMatching(/^tel:0518\d{8}$/));
    await expect(c.getByRole('link', { name: '用高德地图导航' })).toHaveAttribute('href', expect.stringContaining('coordinate=gaode'));
    await userEvent.click(c.getByRole('button', { name: '信息有误？告诉我们' }));
    await expect(args.onReportError).toHaveBeenCalledTimes(1);
  },
};

/** The optional map on local blank tiles (no network): numbered markers match the list. */
export const MapView: Story = {
  args: { location: HAIZHOU, defaultShowMap: true, tiles: LOCAL_TILES },
  parameters: { localeArgs: { 'en-US': { tiles: LOCAL_TILES_EN } } },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    const marker = await c.findByRole('button', { name: /^1号，/ }, { timeout: 10_000 });
    await expect(marker).toHaveAttribute('tabindex', '0');
  },
};

/** The tile server cannot be reached: the map says so and the list is untouched. */
export const TileFailure: Story = {
  args: { location: HAIZHOU, defaultShowMap: true, tiles: FAILING_TILES },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(await c.findByText(/地图底图没能加载/, undefined, { timeout: 10_000 })).toBeInTheDocument();
    await expect(within(c.getByRole('list', { name: '助餐点列表' })).getAllByRole('article').length).toBeGreaterThan(0);
  },
};

/** Nothing within 500 m with these filters: widen the radius, the nearest few, and a hotline. */
export const ZeroResults: Story = {
  args: { location: { lng: 119.5, lat: 34.45, datum: 'WGS84' }, defaultRadiusM: 1000 },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(await c.findByText('1 公里内没有符合条件的助餐点。')).toBeInTheDocument();
    await expect(c.getByRole('heading', { name: '离您最近的几个：' })).toBeInTheDocument();
    await expect(c.getByRole('link', { name: '12345' })).toHaveAttribute('href', 'tel:12345');
    await userEvent.click(c.getByRole('button', { name: /^扩大到/ }));
    await expect(await c.findByText(/内找到 \d+ 个助餐点/)).toBeInTheDocument();
  },
};

/** Bad records (no datum, swapped lat/lng, a bad window) are skipped and reported; the widget still works. */
export const InvalidRecords: Story = {
  args: {
    location: HAIZHOU,
    points: [
      { id: 'broken-1', name: '缺少坐标系的助餐点', type: 'meal-point', address: { district: '海州区', detail: '某路 1 号' }, location: { lng: 119.2, lat: 34.6 } },
      { id: 'broken-2', name: '时间写错的食堂', type: 'canteen', address: { district: '海州区', detail: '某路 2 号' }, location: { lng: 119.2, lat: 34.6, datum: 'GCJ02' }, hours: { windows: [{ meal: 'lunch', start: '11:30', end: '25:00' }] } },
      'not a record',
      ...POINTS.slice(0, 40),
    ],
  },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    await c.findByRole('list', { name: '助餐点列表' });
    await waitFor(() => expect(args.onInvalidRecords).toHaveBeenCalled());
    const errors = (args.onInvalidRecords as ReturnType<typeof fn>).mock.calls[0]![0] as { index: number; field: string; severity: string }[];
    await expect(errors.filter((e) => e.severity === 'error').map((e) => [e.index, e.field])).toEqual([
      [0, 'location.datum'],
      [1, 'hours.windows[0].end'],
      [2, ''],
    ]);
  },
};

export const ElderMode: Story = { globals: { mode: 'elder' }, args: { location: HAIZHOU, profile: { age: 72 } } };

export const English: Story = {
  globals: { locale: 'en-US' },
  args: { location: HAIZHOU, profile: { age: 85 }, defaultOpenPanels: ['filters'] },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(await c.findByRole('list', { name: 'Meal points' })).toBeInTheDocument();
    await expect(c.getAllByText(/^Your price/).length).toBeGreaterThan(0);
  },
};

export const EnglishMapWithoutGeolocation: Story = {
  globals: { locale: 'en-US' },
  args: { defaultShowMap: true, tiles: LOCAL_TILES_EN, locate: () => Promise.reject({ code: 1 }) },
};

const EDGE_NOW = Date.parse('2026-12-02T23:30:00+08:00');
const edgeBase = {
  type: 'meal-point',
  status: 'open',
  menu: [{ name: '一荤两素', fen: 1200 }],
  subsidies: [{ label: '80周岁以上每餐补贴3元', minAge: 80, effect: { kind: 'fixed-off', fen: 300 } }],
  services: { modes: ['dine-in'] },
  diet: [],
  sample: true,
};
/** Odd but valid records: very long names, phones with extensions and full-width digits, "暂无", swapped lat/lng, BD-09, a night window, paused, no hours. */
const EDGE_POINTS = [
  {
    ...edgeBase,
    id: 'edge-long',
    name: '连云港市海州区朐阳街道幸福花园社区居家养老服务中心长者食堂暨老年助餐服务示范点（示例）',
    address: { district: '海州区', street: '朐阳街道', detail: '朐阳路与解放中路交叉口向东二百米幸福花园小区北门综合服务楼一楼东侧（示例地址，非真实地点）' },
    location: { lng: 119.129, lat: 34.601, datum: 'WGS84' },
    phones: ['0518-0123-4567 转 801', '０５１８－０１２３－４５６８', '暂无'],
    hours: { windows: [{ meal: 'dinner', start: '21:00', end: '01:00' }] },
  },
  { ...edgeBase, id: 'edge-swapped', name: '坐标写反的助餐点（示例）', address: { district: '海州区', detail: '示例路 2 号' }, location: { lng: 34.602, lat: 119.131, datum: 'GCJ02' }, phones: ['0518-0123-0002'] },
  { ...edgeBase, id: 'edge-bd09', name: '百度坐标的助餐点（示例）', address: { district: '海州区', detail: '示例路 3 号' }, location: { lng: 119.141, lat: 34.607, datum: 'BD09' }, phones: ['0518-0123-0003'], hours: { windows: [{ meal: 'lunch', start: '11:00', end: '13:00' }] } },
  { ...edgeBase, id: 'edge-paused', status: 'paused', name: '暂停营业的食堂（示例）', address: { district: '海州区', detail: '示例路 4 号' }, location: { lng: 119.125, lat: 34.598, datum: 'WGS84' }, phones: [] },
];

/** Long names at 200% text, extension and full-width phone numbers, a window crossing midnight at 23:30, swapped and BD-09 coordinates, a paused point, missing hours. */
export const EdgeCases: Story = {
  globals: { textScale: '2' },
  args: { points: EDGE_POINTS, now: () => EDGE_NOW, location: HAIZHOU, profile: { age: 80 } },
  play: async ({ canvasElement, args }) => {
    const c = within(canvasElement);
    const list = await c.findByRole('list', { name: '助餐点列表' });
    await expect(within(list).getAllByRole('article')).toHaveLength(4);
    await expect(c.getByText('晚餐营业中，1:00 结束')).toBeInTheDocument();
    await expect(c.getByText('暂停营业')).toBeInTheDocument();
    await expect(c.getByText('营业时间未知，请先打电话', { exact: false })).toBeInTheDocument();
    await expect(args.onInvalidRecords).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ id: 'edge-swapped', field: 'location', severity: 'warning' }), expect.objectContaining({ id: 'edge-long', field: 'phones[2]', severity: 'warning' })]),
    );
    const long = within(list).getAllByRole('article').find((a) => a.textContent?.includes('幸福花园'))!;
    await userEvent.click(within(long).getAllByRole('button')[0]!);
    const calls = await c.findAllByRole('link', { name: /^拨打/ });
    await expect(calls.map((a) => a.getAttribute('href'))).toEqual(['tel:051801234567,801', 'tel:051801234568']);
  },
};
