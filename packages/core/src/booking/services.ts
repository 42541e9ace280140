/**
 * The six home-care services named in the city policy (助餐、助医、助浴、助洁、助行、助购). Durations and
 * prices are defaults for demos and the in-memory adapter: every city sets its own, and a host's
 * adapter returns its real catalogue.
 */
import type { Locale } from '../messages/types';
import type { BookingService, ServiceKind } from './types';

interface CatalogueEntry {
  kind: ServiceKind;
  durationMinutes: number;
  listPriceFen: number;
  needsAssessment?: boolean;
  text: Record<Locale, { name: string; includes: string }>;
}

export const SERVICE_CATALOGUE: readonly CatalogueEntry[] = [
  {
    kind: 'meal',
    durationMinutes: 30,
    listPriceFen: 15_00,
    text: {
      'zh-CN': { name: '助餐', includes: '送一份热饭菜到家，可选软食、低盐低糖' },
      'en-US': { name: 'Meals', includes: 'A hot meal brought to the door; soft, low-salt or low-sugar on request' },
    },
  },
  {
    kind: 'medical',
    durationMinutes: 180,
    listPriceFen: 120_00,
    needsAssessment: true,
    text: {
      'zh-CN': { name: '助医', includes: '陪同去医院看病、取药、代办挂号' },
      'en-US': { name: 'Medical escort', includes: 'Going with you to hospital, collecting medicine, booking appointments' },
    },
  },
  {
    kind: 'bath',
    durationMinutes: 90,
    listPriceFen: 80_00,
    needsAssessment: true,
    text: {
      'zh-CN': { name: '助浴', includes: '两名护理员上门协助洗澡、洗头、剪指甲' },
      'en-US': { name: 'Bathing', includes: 'Two carers help with bathing, hair washing and nail cutting' },
    },
  },
  {
    kind: 'clean',
    durationMinutes: 120,
    listPriceFen: 60_00,
    text: {
      'zh-CN': { name: '助洁', includes: '打扫房间、洗衣、整理物品' },
      'en-US': { name: 'Cleaning', includes: 'Cleaning rooms, laundry and tidying' },
    },
  },
  {
    kind: 'mobility',
    durationMinutes: 60,
    listPriceFen: 40_00,
    text: {
      'zh-CN': { name: '助行', includes: '陪同散步、上下楼、外出办事' },
      'en-US': { name: 'Mobility help', includes: 'Walks, help on the stairs, errands outside' },
    },
  },
  {
    kind: 'shopping',
    durationMinutes: 60,
    listPriceFen: 30_00,
    text: {
      'zh-CN': { name: '助购', includes: '代买菜、日用品和药品，送到家里' },
      'en-US': { name: 'Shopping', includes: 'Buying food, daily goods and medicine, and bringing them home' },
    },
  },
];

/** The catalogue as services in one locale; ids are the kinds ("meal", "bath"…). */
export function catalogueServices(locale: Locale = 'zh-CN'): BookingService[] {
  return SERVICE_CATALOGUE.map((e) => ({
    id: e.kind,
    kind: e.kind,
    name: e.text[locale].name,
    includes: e.text[locale].includes,
    durationMinutes: e.durationMinutes,
    listPriceFen: e.listPriceFen,
    needsAssessment: e.needsAssessment ?? false,
    available: true,
  }));
}

/** Drops malformed services from a host (no id or name, a negative price) instead of breaking the page. */
export function sanitizeServices(input: unknown): { services: BookingService[]; skipped: number } {
  const list = Array.isArray(input) ? input : [];
  const services: BookingService[] = [];
  const seen = new Set<string>();
  for (const raw of list) {
    const s = raw as Partial<BookingService> | null;
    if (!s || typeof s.id !== 'string' || !s.id || seen.has(s.id) || typeof s.name !== 'string' || !s.name.trim()) continue;
    const price = Number(s.listPriceFen);
    const minutes = Number(s.durationMinutes);
    seen.add(s.id);
    services.push({
      id: s.id,
      kind: typeof s.kind === 'string' ? s.kind : s.id,
      name: s.name,
      includes: typeof s.includes === 'string' ? s.includes : '',
      durationMinutes: Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 60,
      listPriceFen: Number.isInteger(price) && price >= 0 ? price : 0,
      needsAssessment: s.needsAssessment === true,
      available: s.available !== false,
    });
  }
  return { services, skipped: list.length - services.length };
}
