import { describe, expect, it, vi } from 'vitest';
import { BUILT_IN_SCAM_CATALOGUE, getScamEntry, resolveScamCatalogue } from './catalogue';
import { clockOffset, coolingOffRemaining, describeRemaining, formatCountdown, shouldAnnounceCountdown } from './coolingOff';
import { canShowWarning, createExposureStore, pickEducationTopic, recordExposure, sanitizeExposureLog, warningPresentation, type ExposureLog } from './exposure';
import { findMemoKeywords, normalizeMemo, DEFAULT_MEMO_KEYWORDS } from './keywords';
import { catalogueProblems } from '../messages/completeness';
import { fraudCoreMessages } from './messages';
import { GUARD_QUESTIONS, isRiskyAnswer, MAX_EXTRA_GUARD_QUESTIONS, selectGuardQuestions } from './questions';
import { sanitizeFraudEvent } from './telemetry';
import { SCAM_TYPES } from './types';

const T0 = Date.parse('2026-06-01T02:00:00Z'); // 10:00 in Shanghai
const HOUR = 3_600_000;

describe('scam catalogue', () => {
  it('has every type in both languages with all fields', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const id of SCAM_TYPES) {
        const e = BUILT_IN_SCAM_CATALOGUE[locale][id];
        expect(e.title && e.scammerSays && e.neverDoes && e.action, `${locale} ${id}`).toBeTruthy();
        expect(e.examples.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('applies bank overrides per locale and keeps other fields', () => {
    const { entries, problems } = resolveScamCatalogue('zh-CN', {
      entries: [{ id: 'impersonate-police', 'zh-CN': { action: '挂断电话，拨打本行客服 95588 核实。' } }],
    });
    const police = entries.find((e) => e.id === 'impersonate-police')!;
    expect(police.action).toBe('挂断电话，拨打本行客服 95588 核实。');
    expect(police.title).toBe('冒充公检法');
    expect(problems).toEqual([]);
    // The English entry is not touched by a zh-CN override.
    expect(getScamEntry('impersonate-police', 'en-US', { entries: [{ id: 'impersonate-police', 'zh-CN': { action: 'x' } }] })!.action).toMatch(/^Hang up/);
  });

  it('adds local cases after the built-in ones; English falls back to zh-CN', () => {
    const local = { title: '冒充社保局', scammerSays: '“您的社保卡要升级。”', neverDoes: '社保局不会让您转账。', action: '拨打 12333 核实。', examples: ['短信里有链接。'] };
    const { entries } = resolveScamCatalogue('en-US', { entries: [{ id: 'social-security', 'zh-CN': local }] });
    expect(entries.at(-1)).toMatchObject({ id: 'social-security', local: true, title: '冒充社保局' });
    expect(entries).toHaveLength(SCAM_TYPES.length + 1);
  });

  it('skips and reports bad entries without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { entries, problems } = resolveScamCatalogue('zh-CN', {
      entries: [{ id: '' }, { id: 'half', 'zh-CN': { title: '只有标题' } }, null as never, { id: 'impersonate-police', 'zh-CN': { title: '  ', examples: [] } }],
      hide: ['health-products'],
    });
    expect(problems).toHaveLength(3);
    expect(entries.find((e) => e.id === 'half')).toBeUndefined();
    expect(entries.find((e) => e.id === 'health-products')).toBeUndefined();
    expect(entries.find((e) => e.id === 'impersonate-police')!.title).toBe('冒充公检法');
    warn.mockRestore();
  });
});

describe('memo normalisation', () => {
  it.each([
    ['安全账户', '安全账户'],
    ['安 全 账 户', '安全账户'],
    ['ＳＡＦＥ　ａｃｃｏｕｎｔ', 'safeaccount'],
    ['驗資', '验资'],
    ['“解冻”！', '解冻'],
    ['刷\u200b单', '刷单'],
  ])('%j → %j', (input, out) => expect(normalizeMemo(input)).toBe(out));

  it('finds each keyword once and skips bad list entries', () => {
    const hits = findMemoKeywords('保证金 保证金 手续费', [...DEFAULT_MEMO_KEYWORDS, null as never, { keyword: '', level: 'warn', scamTypes: [] }]);
    expect(hits.map((h) => h.keyword)).toEqual(['保证金', '手续费']);
    expect(findMemoKeywords(undefined, DEFAULT_MEMO_KEYWORDS)).toEqual([]);
  });
});

describe('cooling-off', () => {
  const MIN = 60_000;
  it('counts down in server time', () => {
    expect(coolingOffRemaining(T0, 2 * MIN, T0)).toBe(2 * MIN);
    expect(coolingOffRemaining(T0, 2 * MIN, T0 + 30_000)).toBe(90_000);
    expect(coolingOffRemaining(T0, 2 * MIN, T0 + 5 * MIN)).toBe(0);
  });

  it('is not fooled by a device clock set a day ahead or an hour behind', () => {
    const deviceAhead = T0 + 24 * HOUR;
    const offset = clockOffset(T0, deviceAhead); // server says T0 while the device says T0 + 1 day
    expect(coolingOffRemaining(T0, 2 * MIN, deviceAhead, offset)).toBe(2 * MIN);
    expect(coolingOffRemaining(T0, 2 * MIN, deviceAhead + 45_000, offset)).toBe(75_000);
    const behind = T0 - HOUR;
    expect(coolingOffRemaining(T0, 2 * MIN, behind + 10_000, clockOffset(T0, behind))).toBe(110_000);
    // Without the offset a clock a day ahead would skip the whole delay:
    expect(coolingOffRemaining(T0, 2 * MIN, deviceAhead)).toBe(0);
  });

  it('never gives more than the full delay, and survives bad input', () => {
    expect(coolingOffRemaining(T0 + HOUR, 2 * MIN, T0)).toBe(2 * MIN);
    expect(coolingOffRemaining(Number.NaN, 2 * MIN, T0)).toBe(2 * MIN);
    expect(coolingOffRemaining(T0, -5, T0)).toBe(0);
    expect(clockOffset('soon', T0)).toBe(0);
    expect(clockOffset(new Date(T0 + 1000), T0)).toBe(1000);
  });

  it('announces at most every 30 seconds, and once at the end', () => {
    expect(shouldAnnounceCountdown(120_000, null)).toBe(true);
    expect(shouldAnnounceCountdown(119_000, 120_000)).toBe(false);
    expect(shouldAnnounceCountdown(91_000, 120_000)).toBe(false);
    expect(shouldAnnounceCountdown(90_000, 120_000)).toBe(true);
    expect(shouldAnnounceCountdown(100_000, 120_000, 5_000)).toBe(false); // never more often than 30 s
    expect(shouldAnnounceCountdown(0, 20_000)).toBe(true);
    expect(shouldAnnounceCountdown(0, 0)).toBe(false);
  });

  it('formats for eyes and ears', () => {
    expect(formatCountdown(65_000)).toBe('1 分 05 秒');
    expect(formatCountdown(45_000)).toBe('45 秒');
    expect(formatCountdown(44_001, 'en-US')).toBe('45 s');
    expect(formatCountdown(125_000, 'en-US')).toBe('2 min 05 s');
    expect(describeRemaining(120_000)).toBe('还要等大约 2 分钟。');
    expect(describeRemaining(80_000)).toBe('还要等大约 1 分半钟。');
    expect(describeRemaining(20_000)).toBe('还要等不到半分钟。');
    expect(describeRemaining(60_000, 'en-US')).toBe('About 1 minute to wait.');
    expect(describeRemaining(90_000, 'en-US')).toBe('About 1.5 minutes to wait.');
    expect(describeRemaining(150_000, 'en-US')).toBe('About 2.5 minutes to wait.');
  });
});

describe('frequency cap and rotation', () => {
  it('caps each scam type per day and by gap', () => {
    let log: ExposureLog = {};
    expect(canShowWarning(log, 'task-rebate', T0)).toBe(true);
    log = recordExposure(log, 'task-rebate', T0);
    expect(canShowWarning(log, 'task-rebate', T0 + HOUR)).toBe(false); // under the 4-hour gap
    expect(canShowWarning(log, 'impersonate-police', T0 + HOUR)).toBe(true); // other types unaffected
    log = recordExposure(log, 'task-rebate', T0 + 5 * HOUR);
    expect(canShowWarning(log, 'task-rebate', T0 + 10 * HOUR)).toBe(false); // 2 today (Shanghai day)
    expect(canShowWarning(log, 'task-rebate', T0 + 14 * HOUR)).toBe(true); // next day in Shanghai (00:00 is 16:00Z)
  });

  it('a device clock moved back cannot silence a warning (a showing "in the future" does not count against the cap)', () => {
    let log: ExposureLog = recordExposure({}, 'task-rebate', T0);
    // Set back a day: under a naive gap check, now − lastAt is negative and the type stays capped.
    expect(canShowWarning(log, 'task-rebate', T0 - 24 * HOUR)).toBe(true);
    expect(canShowWarning(log, 'task-rebate', T0 - 30_000)).toBe(false); // jitter is not a moved clock
    log = recordExposure(log, 'task-rebate', T0 - 24 * HOUR);
    expect(log['task-rebate']).toMatchObject({ count: 2, dayCount: 1, lastAt: T0 - 24 * HOUR });
    expect(canShowWarning(log, 'task-rebate', T0 - 23 * HOUR)).toBe(false); // the gap counts from the new showing
  });

  it('rests a type after the total cap, then starts counting again', () => {
    let log: ExposureLog = {};
    for (let i = 0; i < 6; i++) log = recordExposure(log, 'health-products', T0 + i * 24 * HOUR);
    expect(log['health-products']!.count).toBe(6);
    expect(canShowWarning(log, 'health-products', T0 + 7 * 24 * HOUR)).toBe(false);
    expect(canShowWarning(log, 'health-products', T0 + 40 * 24 * HOUR)).toBe(true);
    log = recordExposure(log, 'health-products', T0 + 40 * 24 * HOUR);
    expect(log['health-products']!.count).toBe(1);
  });

  it('rotates education topics: least shown first, skipping capped ones', () => {
    const topics = ['impersonate-police', 'task-rebate', 'health-products'];
    let log: ExposureLog = {};
    const shown: string[] = [];
    for (let i = 0; i < 6; i++) {
      const now = T0 + i * 5 * HOUR;
      const topic = pickEducationTopic(log, topics, now);
      if (!topic) break;
      shown.push(topic);
      log = recordExposure(log, topic, now);
    }
    expect(shown.slice(0, 3)).toEqual(topics);
    expect(shown.slice(3, 6)).toEqual(topics);
    // Everything capped: nothing to show.
    let full: ExposureLog = {};
    for (const t of topics) full = recordExposure(full, t, T0);
    expect(pickEducationTopic(full, topics, T0 + 1000)).toBeNull();
  });

  it('changes layout and example after the second exposure', () => {
    let log: ExposureLog = {};
    const seen = [];
    for (let i = 0; i < 6; i++) {
      seen.push(warningPresentation(log, 'impersonate-police', 3));
      log = recordExposure(log, 'impersonate-police', T0 + i * 24 * HOUR);
    }
    expect(seen.map((p) => p.layout)).toEqual(['standard', 'standard', 'checklist', 'story', 'standard', 'checklist']);
    expect(seen.map((p) => p.exampleIndex)).toEqual([0, 0, 1, 2, 0, 1]);
    expect(seen.map((p) => p.polymorphic)).toEqual([false, false, true, true, true, true]);
    expect(seen[3]!.rotation).not.toBe(seen[2]!.rotation);
  });

  it('keeps only well-formed records and stores through a Storage', () => {
    expect(sanitizeExposureLog({ a: { count: 1, lastAt: 5, day: 'd', dayCount: 1 }, b: { count: 'x' }, c: null })).toEqual({ a: { count: 1, lastAt: 5, day: 'd', dayCount: 1 } });
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const store = createExposureStore({ storage, key: 'c1' });
    store.record('task-rebate', T0);
    expect(createExposureStore({ storage, key: 'c1' }).read()['task-rebate']!.count).toBe(1);
    expect(data.get('c1')).not.toMatch(/name|phone|amount/);
    const broken = createExposureStore({ storage: { getItem: () => '{bad json', setItem: () => { throw new Error('full'); } } });
    expect(() => broken.record('task-rebate', T0)).not.toThrow();
  });
});

describe('guard questions', () => {
  it('always asks the five core questions, with one type-specific extra', () => {
    const qs = selectGuardQuestions(['fake-loan-credit']);
    expect(qs.map((q) => q.id)).toEqual(['guided-on-call', 'safe-account', 'app-or-screen-share', 'keep-secret', 'met-payee', 'fee-to-unlock']);
    expect(selectGuardQuestions([]).map((q) => q.id)).toHaveLength(5);
    expect(selectGuardQuestions(['impersonate-relative', 'impersonate-police'], { extra: 2 }).slice(5).map((q) => q.id)).toEqual(['urgent-relative', 'claims-official']);
  });

  it('adds at most MAX_EXTRA_GUARD_QUESTIONS extras, however many are asked for (the element reports more as a bad attribute)', () => {
    // A bank's own list with more type-specific questions than the ceiling, all fitting the scam type.
    const own = [
      ...GUARD_QUESTIONS.filter((q) => q.core),
      ...Array.from({ length: MAX_EXTRA_GUARD_QUESTIONS + 3 }, (_, i) => ({ id: `own-${i}`, riskyAnswer: 'yes' as const, scamTypes: ['task-rebate' as const], core: false })),
    ];
    expect(selectGuardQuestions(['task-rebate'], { questions: own, extra: MAX_EXTRA_GUARD_QUESTIONS + 3 })).toHaveLength(5 + MAX_EXTRA_GUARD_QUESTIONS);
    expect(selectGuardQuestions(['task-rebate'], { questions: own, extra: MAX_EXTRA_GUARD_QUESTIONS })).toHaveLength(5 + MAX_EXTRA_GUARD_QUESTIONS);
    expect(selectGuardQuestions(['task-rebate'], { questions: own, extra: 0 })).toHaveLength(5);
  });

  it('rotates the order without changing the set', () => {
    const a = selectGuardQuestions(['task-rebate']);
    const b = selectGuardQuestions(['task-rebate'], { rotation: 2 });
    expect(b[0]!.id).toBe(a[2]!.id);
    expect([...b].map((q) => q.id).sort()).toEqual([...a].map((q) => q.id).sort());
  });

  it('treats "no" as risky only for having met the payee', () => {
    const met = GUARD_QUESTIONS.find((q) => q.id === 'met-payee')!;
    expect(isRiskyAnswer(met, 'no')).toBe(true);
    expect(isRiskyAnswer(GUARD_QUESTIONS[0]!, 'yes')).toBe(true);
  });

  it('has words for every question in both languages', () => {
    for (const q of GUARD_QUESTIONS) {
      expect(fraudCoreMessages['zh-CN'][`fraud.question.${q.id}` as keyof (typeof fraudCoreMessages)['zh-CN']]).toBeTruthy();
    }
    expect(catalogueProblems(fraudCoreMessages, { localeOnly: ['meaning'] })).toEqual([]);
  });
});

describe('telemetry', () => {
  it('keeps only documented fields: no personal data rides along', () => {
    const e = sanitizeFraudEvent({
      type: 'shown',
      surface: 'intervention',
      elapsedMs: 0,
      scamTypes: ['impersonate-police', '张三 13800138000'],
      level: 'intervene',
      payeeName: '张三',
      amountFen: 5_000_000,
      memo: '安全账户',
    });
    expect(e).toEqual({ type: 'shown', surface: 'intervention', elapsedMs: 0, scamTypes: ['impersonate-police'], level: 'intervene' });
    expect(JSON.stringify(e)).not.toMatch(/张三|138|5000000|安全/);
  });

  it('accepts the four event types and rejects anything else', () => {
    expect(sanitizeFraudEvent({ type: 'answer', surface: 'intervention', elapsedMs: 1234.4, questionId: 'safe-account', answer: 'yes', risky: true, index: 1 })).toEqual({
      type: 'answer', surface: 'intervention', elapsedMs: 1234, questionId: 'safe-account', answer: 'yes', risky: true, index: 1,
    });
    expect(sanitizeFraudEvent({ type: 'outcome', surface: 'intervention', elapsedMs: 5, outcome: 'called', via: '96110' })).toMatchObject({ via: '96110' });
    expect(sanitizeFraudEvent({ type: 'hidden', surface: 'education', visibleMs: -3 })).toEqual({ type: 'hidden', surface: 'education', elapsedMs: 0, visibleMs: 0 });
    expect(sanitizeFraudEvent({ type: 'answer', surface: 'intervention', questionId: 'Free text!', answer: 'yes' })).toBeNull();
    expect(sanitizeFraudEvent({ type: 'outcome', surface: 'intervention', outcome: 'hacked' })).toBeNull();
    expect(sanitizeFraudEvent({ type: 'shown', surface: 'nowhere' })).toBeNull();
    expect(sanitizeFraudEvent('x')).toBeNull();
  });
});
