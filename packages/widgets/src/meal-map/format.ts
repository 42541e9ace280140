import {
  formatClock,
  formatFen,
  parseClock,
  parsePhone,
  shanghaiDate,
  type MealListItem,
  type MealPointStatus,
  type MealPrice,
  type MealWindowRef,
  type SubsidyRule,
  type Translate,
} from '@yinfa/core';

/** 350 米 / 1.2 公里. */
export function formatDistance(meters: number, t: Translate): string {
  if (meters < 1000) return t('mealMap.unit.m', { n: Math.max(10, Math.round(meters / 10) * 10) });
  const km = meters < 10_000 ? Math.round(meters / 100) / 10 : Math.round(meters / 1000);
  return t('mealMap.unit.km', { n: km });
}

/** Longer than this on foot, the card gives the distance only ("步行较远"): a 7-hour walk is not advice. */
export const MAX_WALK_MINUTES = 60;

/** "距您 350 米，步行约 10 分钟" / "距您 16 公里，步行较远" / null without a location. */
export function distanceText(item: Pick<MealListItem, 'distanceM' | 'walkMinutes'>, t: Translate): string | null {
  if (item.distanceM === null || item.walkMinutes === null) return null;
  const distance = formatDistance(item.distanceM, t);
  return item.walkMinutes > MAX_WALK_MINUTES ? t('mealMap.card.distanceFar', { distance }) : t('mealMap.card.distance', { distance, minutes: item.walkMinutes });
}

/** "11:30" → "11:30", "06:30" → "6:30": how notices write times. */
export function clock(hhmm: string): string {
  const m = parseClock(hhmm);
  return m === null ? hhmm : formatClock(m);
}

function windowText(key: string, w: MealWindowRef, t: Translate): string {
  return t(key, { meal: t(`mealMap.meal.${w.meal}`), start: clock(w.start), end: clock(w.end), weekday: t(`mealMap.weekday.${w.weekday}`) });
}

/** "午餐营业中，13:30 结束" / "今日午餐 11:30–13:30" / "明天早餐 6:30–9:00" / "暂停营业"… */
export function statusText(status: MealPointStatus, t: Translate): string {
  switch (status.state) {
    case 'paused':
      return t('mealMap.status.paused');
    case 'unknown':
      return t('mealMap.status.unknown');
    case 'open':
      return windowText('mealMap.status.open', status.current!, t);
    default: {
      const next = status.next;
      if (!next) return t('mealMap.status.closedNoNext');
      return windowText(next.dayOffset === 0 ? 'mealMap.status.today' : next.dayOffset === 1 ? 'mealMap.status.tomorrow' : 'mealMap.status.later', next, t);
    }
  }
}

/** "午餐营业中" / "未营业": the short status in a marker's name. */
export function shortStatus(status: MealPointStatus, t: Translate): string {
  if (status.state === 'open') return t('mealMap.status.openShort', { meal: t(`mealMap.meal.${status.current!.meal}`) });
  if (status.state === 'paused') return t('mealMap.status.paused');
  return t('mealMap.status.closedShort');
}

/** An order-ahead deadline in words: "今天 17:00" / "12月3日 17:00". */
export function orderDeadlineText(status: MealPointStatus, now: Date, t: Translate): string | null {
  if (!status.orderDeadline) return null;
  if (status.orderClosed) return t('mealMap.status.orderClosed');
  const d = shanghaiDate(status.orderDeadline);
  const today = shanghaiDate(now);
  const time = formatClock(d.minutes);
  const tomorrow = shanghaiDate(new Date(now.getTime() + 86_400_000));
  const day = d.date === today.date ? t('mealMap.when.today') : d.date === tomorrow.date ? t('mealMap.when.tomorrow') : d.date;
  return t('mealMap.status.orderBy', { when: `${day} ${time}` });
}

export function money(fen: number, t: Translate): string {
  return fen === 0 ? t('mealMap.price.free') : formatFen(fen, { showFen: 'auto' });
}

/** A rule in words when the data gives no label: "80周岁及以上 每餐减 3元". */
export function describeRule(rule: SubsidyRule, t: Translate): string {
  if (rule.label) return rule.label;
  const who: string[] = [];
  if (rule.minAge !== undefined && rule.maxAge !== undefined) who.push(t('mealMap.rule.age.band', { min: rule.minAge, max: rule.maxAge }));
  else if (rule.minAge !== undefined) who.push(t('mealMap.rule.age.min', { min: rule.minAge }));
  else if (rule.maxAge !== undefined) who.push(t('mealMap.rule.age.max', { max: rule.maxAge }));
  if (rule.groups?.length) who.push(rule.groups.map((g) => t(`mealMap.group.${g}`)).join('/'));
  const e = rule.effect;
  const what =
    e.kind === 'fixed-off'
      ? t('mealMap.rule.off', { amount: formatFen(e.fen, { showFen: 'auto' }) })
      : e.kind === 'percent'
        ? t('mealMap.rule.percent', { zhe: e.percentPaid / 10, percent: e.percentPaid })
        : e.kind === 'fixed-price'
          ? t('mealMap.rule.price', { amount: formatFen(e.fen, { showFen: 'auto' }) })
          : t('mealMap.rule.free');
  return `${who.length ? who.join(' ') : t('mealMap.rule.everyone')} ${what}`;
}

/** "每天限 1 次；每周限 5 次" */
export function capsText(caps: MealPrice['caps'], t: Translate): string | null {
  if (!caps) return null;
  const parts: string[] = [];
  if (caps.perDay) parts.push(t('mealMap.price.capDay', { n: caps.perDay }));
  if (caps.perWeek) parts.push(t('mealMap.price.capWeek', { n: caps.perWeek }));
  if (caps.perMonth) parts.push(t('mealMap.price.capMonth', { n: caps.perMonth }));
  return parts.length ? parts.join(t('mealMap.price.sep')) : null;
}

/** The card's price line. `profileGiven`: the user told us age or groups. */
export function priceLine(price: MealPrice, profileGiven: boolean, t: Translate): { main: string; was?: string } {
  if (price.fen === null) return { main: t('mealMap.price.ask') };
  if (!profileGiven) return { main: t('mealMap.price.from', { price: money(price.fen, t) }) };
  const main = t('mealMap.price.yours', { price: money(price.fen, t) });
  return price.savedFen > 0 && price.baseFen !== null ? { main, was: t('mealMap.price.was', { price: formatFen(price.baseFen, { showFen: 'auto' }) }) } : { main };
}

/** The phone number grouped for reading ("0518 0696 0276"), or the raw text. */
export function phoneDisplay(number: string, t: Translate): string {
  const p = parsePhone(number);
  if (p.kind === 'invalid') return number;
  // The extension's word in the page's language ("转 801" / "ext. 801"), not parsePhone's default zh-CN.
  return p.extension ? t('phone.withExtension', { number: parsePhone(p.digits).display, extension: p.extension }) : p.display;
}

/** The unique accessible name of a marker: "1号，朐阳社区长者食堂，距您 350 米，午餐营业中". */
export function markerName(n: number, item: MealListItem, t: Translate): string {
  return t('mealMap.map.marker', {
    n,
    name: item.point.name,
    distance: item.distanceM === null ? '' : t('mealMap.map.markerDistance', { distance: formatDistance(item.distanceM, t) }),
    status: shortStatus(item.status, t),
  });
}

/** The read-aloud summary of a point (handed to the host's read-aloud slot). */
export function spokenSummary(item: MealListItem, profileGiven: boolean, t: Translate): string {
  const p = item.point;
  const sep = t('mealMap.summary.sep');
  const parts = [p.name];
  const distance = distanceText(item, t);
  if (distance) parts.push(distance);
  parts.push(statusText(item.status, t));
  parts.push(priceLine(item.price, profileGiven, t).main);
  parts.push(t('mealMap.summary.address', { address: `${p.address.district}${p.address.street ?? ''}${p.address.detail}` }));
  const phone = p.phones[0];
  if (phone) parts.push(`${t(phone.purpose === 'enquiry' ? 'mealMap.detail.phoneEnquiry' : phone.purpose === 'order' ? 'mealMap.detail.phoneOrder' : 'mealMap.detail.phoneOther')} ${phoneDisplay(phone.number, t)}`);
  return parts.join(sep) + sep.trim();
}
