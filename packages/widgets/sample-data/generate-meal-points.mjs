#!/usr/bin/env node
/**
 * SAMPLE DATA GENERATOR — every meal point it makes is fictional.
 *
 * `node packages/widgets/sample-data/generate-meal-points.mjs` rewrites meal-points.json beside this
 * file: 300 fictional meal-assistance points spread over Lianyungang's districts and counties (海州区,
 * 连云区, 赣榆区, 东海县, 灌云县, 灌南县). District and street names are real; communities, names,
 * operators, prices and hours are made up. Phone numbers are 0518-0xxx-xxxx: a local number never
 * starts with 0, so none of them can ring a real line.
 *
 * Coordinates are drawn in WGS84 around each district's centre, then stored in a mix of datums
 * (WGS84, GCJ02, BD09, CGCS2000) through gcoord, so the widget's conversion is exercised. The output is
 * deterministic (seeded), so re-running it gives the same file.
 *
 * `generateMealPoints(count, seed)` is exported for the benchmark (scripts/bench-meal-map.mjs).
 */
import gcoord from 'gcoord';

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    weighted: (pairs) => {
      let r = next() * pairs.reduce((s, [, w]) => s + w, 0);
      for (const [v, w] of pairs) if ((r -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
  };
}

/** District centres (WGS84) and spreads in degrees, with real street / town names. */
export const DISTRICTS = [
  { name: '海州区', share: 90, lng: 119.19, lat: 34.585, dLng: 0.07, dLat: 0.04, streets: ['海州街道', '幸福路街道', '朐阳街道', '新海街道', '新东街道', '新南街道', '路南街道', '浦西街道', '新浦街道', '洪门街道', '宁海街道', '郁州街道'] },
  { name: '连云区', share: 45, lng: 119.34, lat: 34.74, dLng: 0.08, dLat: 0.025, streets: ['墟沟街道', '连云街道', '云山街道', '板桥街道', '连岛街道', '猴嘴街道', '宿城街道', '中云街道'] },
  { name: '赣榆区', share: 50, lng: 119.1, lat: 34.85, dLng: 0.12, dLat: 0.07, streets: ['青口镇', '海头镇', '柘汪镇', '金山镇', '宋庄镇', '墩尚镇', '黑林镇', '沙河镇', '城头镇', '班庄镇'] },
  { name: '东海县', share: 45, lng: 118.77, lat: 34.54, dLng: 0.18, dLat: 0.1, streets: ['牛山街道', '石榴街道', '白塔埠镇', '黄川镇', '平明镇', '桃林镇', '洪庄镇', '安峰镇', '房山镇', '石湖乡'] },
  { name: '灌云县', share: 40, lng: 119.24, lat: 34.29, dLng: 0.14, dLat: 0.09, streets: ['伊山镇', '侍庄街道', '杨集镇', '燕尾港镇', '同兴镇', '四队镇', '圩丰镇', '龙苴镇', '下车镇', '图河镇'] },
  { name: '灌南县', share: 30, lng: 119.33, lat: 34.09, dLng: 0.12, dLat: 0.06, streets: ['新安镇', '堆沟港镇', '田楼镇', '北陈集镇', '张店镇', '三口镇', '孟兴庄镇', '汤沟镇', '百禄镇', '李集镇'] },
];

const COMMUNITY = ['幸福', '和平', '建设', '新华', '东方', '振兴', '朝阳', '民主', '团结', '光明', '育才', '锦绣', '福安', '康宁', '花园', '滨河', '怡景', '春晖', '松鹤', '南苑', '北苑', '西园', '东岭', '凤凰', '青松', '银杏', '海棠', '秀水', '金桥', '盛世'];
const ROADS = ['解放路', '人民路', '海连路', '通灵路', '朝阳路', '建设路', '新华路', '陇海路', '苍梧路', '郁洲路', '瀛洲路', '花果山大道', '云台路', '港城路', '中华路', '青年路'];
const RESTAURANTS = ['福满楼', '家常菜馆', '如意饭庄', '好邻居餐厅', '乡味小厨', '和顺饭店', '港城面馆', '百味轩'];
const TYPES = [
  ['canteen', 30],
  ['meal-point', 40],
  ['partner-table', 20],
  ['central-kitchen', 4],
  ['service-org', 6],
];
const DATUM_MIX = [
  ['WGS84', 35],
  ['GCJ02', 35],
  ['BD09', 20],
  ['CGCS2000', 10],
];
const DIET = ['low-salt-oil', 'diabetic', 'hypertension', 'soft', 'vegetarian'];

const SUBSIDY_TEMPLATES = [
  // 沈北-style age bands with fixed amounts off.
  () => [
    { label: '60-79周岁每餐补贴1元', minAge: 60, maxAge: 79, effect: { kind: 'fixed-off', fen: 100 } },
    { label: '80-89周岁每餐补贴3元', minAge: 80, maxAge: 89, effect: { kind: 'fixed-off', fen: 300 } },
    { label: '90周岁以上免费', minAge: 90, effect: { kind: 'free' } },
  ],
  // Percentages.
  () => [
    { label: '60-79周岁八折', minAge: 60, maxAge: 79, effect: { kind: 'percent', percentPaid: 80 } },
    { label: '80周岁以上七折', minAge: 80, effect: { kind: 'percent', percentPaid: 70 } },
  ],
  // 宣城-style fixed prices by band.
  () => [
    { label: '60-69周岁8元', minAge: 60, maxAge: 69, effect: { kind: 'fixed-price', fen: 800 } },
    { label: '70-79周岁7元', minAge: 70, maxAge: 79, effect: { kind: 'fixed-price', fen: 700 } },
    { label: '80周岁以上6元', minAge: 80, effect: { kind: 'fixed-price', fen: 600 } },
    { label: '失能老人6元', groups: ['disabled'], effect: { kind: 'fixed-price', fen: 600 } },
  ],
  // Special groups with caps (龙岗-style: once a day, 5 times a week).
  () => [
    { label: '低保老人每餐6元', groups: ['dibao'], effect: { kind: 'fixed-price', fen: 600 }, caps: { perDay: 1, perWeek: 5 }, residency: 'hukou', funding: '区民政局' },
    { label: '特困供养人员免费', groups: ['tekun'], effect: { kind: 'free' }, caps: { perDay: 2 }, residency: 'hukou', funding: '区民政局' },
  ],
  // A per-day subsidy for residents 70–99 (常住).
  () => [{ label: '70-99周岁常住老人每天补贴5元', minAge: 70, maxAge: 99, effect: { kind: 'fixed-off', fen: 500 }, caps: { perDay: 1 }, residency: 'resident' }],
];

function pad(n, w) {
  return String(n).padStart(w, '0');
}

function hoursFor(r) {
  const kind = r.weighted([
    ['three', 34],
    ['lunch', 22],
    ['lunch-dinner', 24],
    ['allday', 12],
    ['missing', 4],
    ['night', 4],
  ]);
  let windows;
  switch (kind) {
    case 'three':
      windows = [
        { meal: 'breakfast', start: r.pick(['06:00', '06:30', '07:00']), end: r.pick(['08:30', '09:00']) },
        { meal: 'lunch', start: r.pick(['11:00', '11:30']), end: r.pick(['13:00', '13:30']) },
        { meal: 'dinner', start: r.pick(['17:00', '17:30']), end: r.pick(['18:30', '19:00', '20:30']) },
      ];
      break;
    case 'lunch':
      windows = [{ meal: 'lunch', start: r.pick(['10:45', '11:00', '11:30']), end: r.pick(['12:30', '13:00', '13:30']) }];
      break;
    case 'lunch-dinner':
      windows = [
        { meal: 'lunch', start: r.pick(['11:00', '11:30']), end: r.pick(['13:00', '13:30']) },
        { meal: 'dinner', start: r.pick(['16:30', '17:00']), end: r.pick(['18:00', '18:30']) },
      ];
      break;
    case 'allday':
      windows = [{ meal: 'allday', start: r.pick(['06:00', '06:30']), end: r.pick(['19:00', '20:00']) }];
      break;
    case 'night':
      // A port-side canteen that also feeds night-shift families: the dinner window crosses midnight.
      windows = [
        { meal: 'lunch', start: '11:00', end: '13:00' },
        { meal: 'dinner', start: '21:00', end: '01:00', days: [1, 2, 3, 4, 5] },
      ];
      break;
    default:
      return undefined;
  }
  const hours = { windows };
  const closed = r.weighted([
    ['none', 40],
    ['sun', 40],
    ['weekend', 20],
  ]);
  if (closed === 'sun') hours.closedDays = [0];
  if (closed === 'weekend') hours.closedDays = [0, 6];
  if (r.chance(0.3)) hours.closedDates = ['2027-01-01', '2027-02-06', '2027-02-07'];
  if (r.chance(0.25)) hours.orderAhead = r.chance(0.6) ? { cutoff: '17:00', daysBefore: 1 } : { cutoff: '09:30', daysBefore: 0 };
  if (r.chance(0.15)) hours.note = '节假日另行通知';
  return hours;
}

/** `count` fictional meal points (deterministic for a given seed). */
export function generateMealPoints(count = 300, seed = 20261129) {
  const r = rng(seed);
  const total = DISTRICTS.reduce((s, d) => s + d.share, 0);
  const points = [];
  const anchors = new Map();
  for (let i = 0; i < count; i++) {
    // Spread the count over districts in proportion to their shares, in a fixed order.
    const slot = (i * total) / count;
    let acc = 0;
    const district = DISTRICTS.find((d) => (acc += d.share) > slot) ?? DISTRICTS[0];
    const street = r.pick(district.streets);
    const key = `${district.name}${street}`;
    if (!anchors.has(key)) {
      anchors.set(key, { lng: district.lng + (r.next() * 2 - 1) * district.dLng, lat: district.lat + (r.next() * 2 - 1) * district.dLat });
    }
    const anchor = anchors.get(key);
    const wgs = [anchor.lng + (r.next() * 2 - 1) * 0.012, anchor.lat + (r.next() * 2 - 1) * 0.009];
    const datum = r.weighted(DATUM_MIX);
    const crs = datum === 'CGCS2000' ? gcoord.WGS84 : gcoord[datum];
    const [lng, lat] = datum === 'WGS84' || datum === 'CGCS2000' ? wgs : gcoord.transform([...wgs], gcoord.WGS84, crs);
    const type = r.weighted(TYPES);
    const community = `${r.pick(COMMUNITY)}${street.endsWith('镇') || street.endsWith('乡') ? '村' : '社区'}`;
    const name =
      type === 'canteen'
        ? `${community}${r.pick(['长者食堂', '老年食堂', '幸福食堂'])}`
        : type === 'meal-point'
          ? `${community}助餐点`
          : type === 'partner-table'
            ? `${r.pick(RESTAURANTS)}老年餐桌（${street.replace(/街道|镇|乡$/, '')}店）`
            : type === 'central-kitchen'
              ? `${district.name}${street.replace(/街道|镇|乡$/, '')}中央厨房`
              : `${street}居家养老助餐服务中心`;
    const lunchBase = r.int(9, 14) * 100;
    const menu = [{ name: '一荤两素', fen: lunchBase }];
    if (r.chance(0.7)) menu.push({ name: '两荤两素', fen: lunchBase + r.int(2, 5) * 100 });
    if (r.chance(0.3)) menu.push({ name: '三荤一素', fen: lunchBase + r.int(6, 9) * 100 });
    const templates = [...SUBSIDY_TEMPLATES];
    const subsidies = r.chance(0.06) ? [] : r.pick(templates)();
    if (r.chance(0.35)) subsidies.push(...r.pick(templates.slice(3))());
    const modes = [];
    if (type !== 'central-kitchen' || r.chance(0.3)) modes.push('dine-in');
    if (r.chance(0.6)) modes.push('pickup');
    if (type === 'central-kitchen' || r.chance(0.4)) modes.push('delivery');
    if (modes.length === 0) modes.push('pickup');
    const services = { modes };
    if (modes.includes('delivery')) {
      services.deliveryRadiusM = r.pick([1000, 1500, 2000, 3000, 5000]);
      services.deliveryFeeFen = r.pick([0, 0, 100, 200, 300]);
    }
    const diet = DIET.filter(() => r.chance(0.3));
    if (r.chance(0.05)) diet.push('halal');
    const floor = r.chance(0.88) ? 1 : r.pick([2, 3, -1]);
    const phones = [{ number: `0518-0${pad(r.int(100, 999), 3)}-${pad(r.int(0, 9999), 4)}`, purpose: 'order', label: '订餐电话' }];
    if (r.chance(0.3)) phones.push({ number: `0518-0${pad(r.int(100, 999), 3)}-${pad(r.int(0, 9999), 4)}`, purpose: 'enquiry', label: '咨询电话' });
    const record = {
      id: `lyg-sample-${pad(i + 1, 3)}`,
      name,
      type,
      operator: type === 'partner-table' ? `${name.replace(/老年餐桌.*/, '')}餐饮店（示例）` : `${street}社区养老服务中心（示例）`,
      status: r.weighted([
        ['open', 90],
        ['trial', 5],
        ['paused', 5],
      ]),
      lastVerifiedAt: `2026-${pad(r.int(5, 11), 2)}-${pad(r.int(1, 28), 2)}`,
      address: {
        province: '江苏省',
        city: '连云港市',
        district: district.name,
        street,
        community,
        detail: `${r.pick(ROADS)}${r.int(1, 399)}号${r.chance(0.3) ? `${community}综合服务中心` : ''}`,
        ...(r.chance(0.2) ? { landmark: `${r.pick(COMMUNITY)}超市旁` } : {}),
        floor,
      },
      access: { groundFloor: floor === 1, stepFree: floor === 1 ? r.chance(0.8) : r.chance(0.2), accessibleToilet: r.chance(0.4) },
      location: { lng: Number(lng.toFixed(6)), lat: Number(lat.toFixed(6)), datum },
      phones,
      menu,
      subsidies,
      services,
      diet,
      seats: type === 'central-kitchen' ? undefined : r.int(10, 120),
      payment: ['现金', '扫码', '助餐卡', '刷脸'].filter(() => r.chance(0.6)),
      sample: true,
    };
    const hours = hoursFor(r);
    if (hours) record.hours = hours;
    if (record.seats === undefined) delete record.seats;
    points.push(record);
  }
  return points;
}

// Run as a script (not when imported by a test, a story or the browser benchmark).
if (typeof process !== 'undefined' && process.argv?.[1]?.endsWith('generate-meal-points.mjs') && import.meta.url === (await import('node:url')).pathToFileURL((await import('node:path')).resolve(process.argv[1])).href) {
  const { writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'meal-points.json');
  const file = {
    $comment:
      'SAMPLE DATA — FICTIONAL. 300 made-up meal-assistance points in Lianyungang for demos and tests. Not real services: names, prices, hours, subsidies and phone numbers (0518-0xxx-xxxx, never a real line) are invented. Regenerate with: node packages/widgets/sample-data/generate-meal-points.mjs',
    sample: true,
    generatedBy: 'packages/widgets/sample-data/generate-meal-points.mjs',
    points: generateMealPoints(300),
  };
  // One point per line: small diffs when the generator changes.
  const { points, ...head } = file;
  const lines = points.map((p) => `  ${JSON.stringify(p)}`).join(',\n');
  writeFileSync(out, `${JSON.stringify(head, null, 1).replace(/\n}$/, '')},\n "points": [\n${lines}\n ]\n}\n`);
  console.log(`wrote ${file.points.length} sample points to ${path.relative(process.cwd(), out)}`);
}
