import { describe, expect, it } from 'vitest';
import { assessmentShape, camel, checkProperty, normalizePosition, officialNumbersShape, parseAttribute, positionShape, type AttrSpec } from './attributes';

const spec = (s: Partial<AttrSpec> & Pick<AttrSpec, 'kind'>): AttrSpec => ({ name: 'x-attr', ...s });
const value = (s: AttrSpec, raw: string | null) => {
  const r = parseAttribute(s, raw);
  return r.ok ? r.value : `problem: ${r.problem.attribute}: ${r.problem.detail}`;
};

describe('parseAttribute', () => {
  it('absent attributes are undefined; booleans are false unless defaultTrue', () => {
    expect(value(spec({ kind: 'string' }), null)).toBeUndefined();
    expect(value(spec({ kind: 'boolean' }), null)).toBe(false);
    expect(value(spec({ kind: 'boolean', defaultTrue: true }), null)).toBe(true);
  });

  it('booleans: presence, true/false words, the attribute name; anything else is a problem', () => {
    const b = spec({ kind: 'boolean' });
    for (const raw of ['', 'true', 'TRUE', 'x-attr', '1', 'on']) expect(value(b, raw)).toBe(true);
    for (const raw of ['false', '0', 'off', ' False ']) expect(value(b, raw)).toBe(false);
    expect(value(b, 'yes please')).toMatch(/^problem: x-attr: expected a boolean/);
  });

  it('numbers and integers with bounds', () => {
    expect(value(spec({ kind: 'number' }), ' 1.5 ')).toBe(1.5);
    expect(value(spec({ kind: 'number' }), '')).toMatch(/expected a number, got ""/);
    expect(value(spec({ kind: 'number' }), 'Infinity')).toMatch(/expected a number/);
    expect(value(spec({ kind: 'number' }), '一百')).toMatch(/expected a number, got "一百"/);
    expect(value(spec({ kind: 'integer' }), '12.5')).toMatch(/whole number/);
    expect(value(spec({ kind: 'integer', min: 1 }), '0')).toMatch(/at least 1/);
    expect(value(spec({ kind: 'number', max: 2 }), '2.01')).toMatch(/at most 2/);
    expect(value(spec({ kind: 'integer', min: 1 }), '500000')).toBe(500000);
  });

  it('enums list the allowed values', () => {
    const e = spec({ kind: 'enum', values: ['a', 'b'] });
    expect(value(e, ' b ')).toBe('b');
    expect(value(e, 'c')).toBe('problem: x-attr: unknown value "c"; expected one of: a, b');
  });

  it('enums ignore letter case and give back the canonical spelling', () => {
    const e = spec({ kind: 'enum', values: ['zh-CN', 'en-US', 'high-contrast'] });
    expect(value(e, 'ZH-cn')).toBe('zh-CN');
    expect(value(e, ' En-us ')).toBe('en-US');
    expect(value(e, 'High-Contrast')).toBe('high-contrast');
    expect(checkProperty(e, 'EN-US')).toEqual({ ok: true, value: 'en-US' });
    expect(value(e, 'zh_CN')).toMatch(/^problem: x-attr: unknown value "zh_CN"/);
  });

  it('lists: commas (also full-width), spaces or a JSON array of strings', () => {
    const l = spec({ kind: 'list' });
    expect(value(l, 'a, b，c d')).toEqual(['a', 'b', 'c', 'd']);
    expect(value(l, '["a","b"]')).toEqual(['a', 'b']);
    expect(value(l, '[1,2]')).toMatch(/array of strings/);
    expect(value(l, '[oops')).toMatch(/malformed JSON/);
  });

  it('JSON: malformed, wrong shape, and "off" as false', () => {
    const j = spec({ kind: 'json', check: assessmentShape });
    expect(value(j, '{"scamTypes":["impersonate-police"]}')).toEqual({ scamTypes: ['impersonate-police'] });
    expect(value(j, "{'scamTypes':[]}")).toMatch(/^problem: x-attr: malformed JSON/);
    expect(value(j, '[]')).toMatch(/expected a JSON object/);
    expect(value(j, '{"level":"huge"}')).toMatch(/"level" must be/);
    expect(value(spec({ kind: 'json' }), 'off')).toBe(false);
  });
});

describe('positions (the meal map’s location)', () => {
  const loc = spec({ kind: 'json', check: positionShape, normalize: normalizePosition });
  it('accepts any letter case of a datum and hands @yinfa/core its own spelling', () => {
    expect(value(loc, '{"lng":119.22,"lat":34.6,"datum":"gcj02"}')).toEqual({ lng: 119.22, lat: 34.6, datum: 'GCJ02' });
    expect(value(loc, '{"lng":119.22,"lat":34.6,"datum":"Bd09"}')).toEqual({ lng: 119.22, lat: 34.6, datum: 'BD09' });
    expect(value(loc, '{"lng":119.22,"lat":34.6}')).toEqual({ lng: 119.22, lat: 34.6 });
    expect(checkProperty(loc, { lng: 1, lat: 2, datum: 'wgs84', extra: true })).toEqual({ ok: true, value: { lng: 1, lat: 2, datum: 'WGS84' } });
  });
  it('reports an unknown datum instead of passing it on', () => {
    expect(value(loc, '{"lng":119.22,"lat":34.6,"datum":"gcj-02"}')).toMatch(/^problem: x-attr: "datum" must be one of wgs84, gcj02, bd09, cgcs2000/);
    expect(value(loc, '{"lng":119.22,"lat":34.6,"datum":7}')).toMatch(/"datum" must be one of/);
  });
});

describe('checkProperty', () => {
  it('accepts the right types, parses strings, and reports the attribute name', () => {
    expect(checkProperty(spec({ kind: 'integer' }), 5)).toEqual({ ok: true, value: 5 });
    expect(checkProperty(spec({ kind: 'integer' }), '5')).toEqual({ ok: true, value: 5 });
    expect(checkProperty(spec({ kind: 'integer' }), { n: 5 })).toMatchObject({ ok: false, problem: { attribute: 'x-attr' } });
    expect(checkProperty(spec({ kind: 'string' }), 5)).toMatchObject({ ok: false });
    expect(checkProperty(spec({ kind: 'boolean' }), true)).toEqual({ ok: true, value: true });
    expect(checkProperty(spec({ kind: 'list' }), ['a'])).toEqual({ ok: true, value: ['a'] });
    expect(checkProperty(spec({ kind: 'json', check: positionShape }), { lng: 119.2, lat: 34.6 })).toMatchObject({ ok: true });
    expect(checkProperty(spec({ kind: 'json', check: positionShape }), '{"lng":119.2,"lat":95}')).toMatchObject({ ok: false });
    expect(checkProperty(spec({ kind: 'number' }), null)).toEqual({ ok: true, value: undefined });
  });
});

describe('shapes and names', () => {
  it('official numbers need a label and a number', () => {
    expect(officialNumbersShape([{ label: '客服', number: '95588' }])).toBeNull();
    expect(officialNumbersShape([{ label: '客服' }])).toMatch(/label.*number/);
    expect(officialNumbersShape({})).toMatch(/JSON array/);
  });
  it('camelCases attribute names', () => {
    expect(camel('amount-fen')).toBe('amountFen');
    expect(camel('default-show-map')).toBe('defaultShowMap');
    expect(camel('open')).toBe('open');
  });
});
