/**
 * A meal-assistance point (老年食堂 / 助餐点 / 老年餐桌…) as hosts supply it. The JSON schema with the same
 * shape is `meal-point.schema.json` beside this file; docs/meal-map.md explains every field.
 * Records are validated at the boundary with `validateMealPoints`: a bad record is skipped and reported.
 */

/** The datum the coordinates were captured in. CGCS2000 (天地图) is treated as WGS84 (they differ by centimetres). */
export type Datum = 'WGS84' | 'GCJ02' | 'BD09' | 'CGCS2000';
export const DATUMS: readonly Datum[] = ['WGS84', 'GCJ02', 'BD09', 'CGCS2000'];

/** 老年食堂, 助餐点, 老年餐桌 (a table in a partner restaurant), 中央厨房, 助餐服务机构. */
export type MealPointType = 'canteen' | 'meal-point' | 'partner-table' | 'central-kitchen' | 'service-org';
export const MEAL_POINT_TYPES: readonly MealPointType[] = ['canteen', 'meal-point', 'partner-table', 'central-kitchen', 'service-org'];

/** 营业 / 暂停 / 试运营 / 已关闭. Paused and closed points are never "open now". */
export type MealPointStatusCode = 'open' | 'trial' | 'paused' | 'closed';
export const MEAL_POINT_STATUSES: readonly MealPointStatusCode[] = ['open', 'trial', 'paused', 'closed'];

export type Meal = 'breakfast' | 'lunch' | 'dinner' | 'allday';
export const MEALS: readonly Meal[] = ['breakfast', 'lunch', 'dinner', 'allday'];

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface MealWindow {
  meal: Meal;
  /** "HH:MM", Asia/Shanghai. */
  start: string;
  /** "HH:MM"; earlier than start means the window crosses midnight (22:00–02:00). "24:00" is allowed. */
  end: string;
  /** Days this window runs; every open day when absent. */
  days?: Weekday[];
}

export interface OpeningHours {
  windows: MealWindow[];
  /** Weekdays the point is closed (overrides windows). */
  closedDays?: Weekday[];
  /** Specific closed dates "YYYY-MM-DD" (holidays), Asia/Shanghai. */
  closedDates?: string[];
  /** Order ahead: before `cutoff` ("HH:MM") `daysBefore` days ahead (1 = the day before). */
  orderAhead?: { cutoff: string; daysBefore: number };
  /** Free text shown as is ("节假日另行通知"). */
  note?: string;
}

export interface MenuTier {
  /** 一荤两素… */
  name: string;
  /** Price in 分 (integer). */
  fen: number;
}

/** 低保, 特困, 失能, 残疾, 独居, 高龄, 三属五老 (families of martyrs, veterans…). */
export type SubsidyGroup = 'dibao' | 'tekun' | 'disabled' | 'handicapped' | 'living-alone' | 'advanced-age' | 'veteran-family';
export const SUBSIDY_GROUPS: readonly SubsidyGroup[] = ['dibao', 'tekun', 'disabled', 'handicapped', 'living-alone', 'advanced-age', 'veteran-family'];

/** 户籍 (household registration here), 常住 (resident here), 不限 (anyone). */
export type Residency = 'hukou' | 'resident' | 'any';
export const RESIDENCIES: readonly Residency[] = ['hukou', 'resident', 'any'];

/** What a subsidy does to the menu price. */
export type SubsidyEffect =
  | { kind: 'fixed-off'; fen: number }
  /** The elder pays this percentage: 80 = 八折. */
  | { kind: 'percent'; percentPaid: number }
  | { kind: 'fixed-price'; fen: number }
  | { kind: 'free' };
export type SubsidyKind = SubsidyEffect['kind'];
export const SUBSIDY_KINDS: readonly SubsidyKind[] = ['fixed-off', 'percent', 'fixed-price', 'free'];

export interface SubsidyRule {
  id?: string;
  /** Shown as the reason ("80周岁以上补贴3元"). */
  label?: string;
  /**
   * Who qualifies. Ages are 周岁 and both ends are inclusive ("80周岁以上" = minAge 80; "60-79周岁" = 60..79),
   * following the legal reading of 以上/以下 as including the number. With both an age band and groups,
   * a person must match the band AND one of the groups.
   */
  minAge?: number;
  maxAge?: number;
  groups?: SubsidyGroup[];
  residency?: Residency;
  effect: SubsidyEffect;
  caps?: { perDay?: number; perWeek?: number; perMonth?: number };
  /** 政府 / 街道 / 企业… (free text). */
  funding?: string;
}

export type ServiceMode = 'dine-in' | 'pickup' | 'delivery';
export const SERVICE_MODES: readonly ServiceMode[] = ['dine-in', 'pickup', 'delivery'];

export type DietTag = 'low-salt-oil' | 'diabetic' | 'hypertension' | 'soft' | 'halal' | 'vegetarian';
export const DIET_TAGS: readonly DietTag[] = ['low-salt-oil', 'diabetic', 'hypertension', 'soft', 'halal', 'vegetarian'];

export type PhonePurpose = 'order' | 'enquiry' | 'other';

export interface MealPoint {
  id: string;
  name: string;
  type: MealPointType;
  operator?: string;
  licenceNo?: string;
  status: MealPointStatusCode;
  /** "YYYY-MM-DD". */
  lastVerifiedAt?: string;
  address: {
    province?: string;
    city?: string;
    district: string;
    street?: string;
    community?: string;
    detail: string;
    landmark?: string;
    floor?: number;
  };
  access?: { groundFloor?: boolean; stepFree?: boolean; accessibleToilet?: boolean; note?: string };
  location: { lng: number; lat: number; datum: Datum };
  phones: { number: string; purpose?: PhonePurpose; label?: string }[];
  /** Missing hours are allowed: the point is shown as "hours unknown, please call". */
  hours?: OpeningHours;
  menu: MenuTier[];
  subsidies: SubsidyRule[];
  services: { modes: ServiceMode[]; deliveryRadiusM?: number; deliveryFeeFen?: number };
  diet: DietTag[];
  seats?: number;
  payment?: string[];
  /** Mini-program or official-account name for ordering. */
  channel?: string;
  /** True for fictional sample data. */
  sample?: boolean;
}

export interface MealPointError {
  /** Index of the record in the input array. */
  index: number;
  /** The record's id, when it had a usable one. */
  id?: string;
  /** Dotted path of the field at fault: "location.lat", "hours.windows[1].end". */
  field: string;
  message: string;
  /** 'error': the record was skipped. 'warning': the record was kept (maybe corrected, e.g. swapped lat/lng). */
  severity: 'error' | 'warning';
}

export interface ValidationResult {
  points: MealPoint[];
  errors: MealPointError[];
}
