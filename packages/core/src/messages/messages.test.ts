import { afterEach, describe, expect, it, vi } from 'vitest';
import { fraudCoreMessages } from '../fraud/messages';
import { catalogueProblems } from './completeness';
import { enUS } from './en-US';
import { createTranslator, defineCatalogue, formatMessage, isKnownMessageKey, warnUnknownOverrides } from './translate';
import { resolveLocale } from './types';
import { zhCN } from './zh-CN';

afterEach(() => vi.restoreAllMocks());

describe('messages', () => {
  it('the shared and the core fraud catalogues are complete: same ids, placeholders and plural forms', () => {
    expect(catalogueProblems({ 'zh-CN': zhCN, 'en-US': enUS })).toEqual([]);
    expect(catalogueProblems(fraudCoreMessages, { localeOnly: ['meaning'] })).toEqual([]);
  });
  it('the completeness check names what is missing, extra, empty, mismatched or lacks a plural form', () => {
    const problems = catalogueProblems({
      'zh-CN': { a: '{n} 个', b: '乙', c: '丙 {x}', e: '戊 {x}' },
      'en-US': { 'a.other': '{n} things', b: ' ', d: 'extra', c: 'C {y}', e: 'E {x} {gloss}' },
    });
    expect(problems).toEqual([
      'en-US: "a" lacks the plural form "one"',
      'en-US: "b" is empty',
      'en-US: "d" is not in zh-CN',
      'en-US: "c" has {{y}}, zh-CN has {{x}}',
      'en-US: "e" has {{gloss} {x}}, zh-CN has {{x}}',
    ]);
  });
  it('chooses plural forms through Intl.PluralRules, by count or by the only number given', () => {
    const t = createTranslator('en-US', {
      'zh-CN': { 'x.found': '找到 {count} 个', 'x.seats': '座位 {n} 个' },
      'en-US': { 'x.found.one': '{count} point found', 'x.found.other': '{count} points found', 'x.seats.one': '{n} seat', 'x.seats.other': '{n} seats' },
    });
    expect(t('x.found', { count: 1 })).toBe('1 point found');
    expect(t('x.found', { count: 0 })).toBe('0 points found');
    expect(t('x.found', { count: 21 })).toBe('21 points found');
    expect(t('x.seats', { n: 1 })).toBe('1 seat');
    expect(t('x.seats', { n: 1.5 })).toBe('1.5 seats');
    expect(t('x.seats')).toBe('{n} seats');
    expect(createTranslator('zh-CN', { 'zh-CN': { 'x.found': '找到 {count} 个' } })('x.found', { count: 1 })).toBe('找到 1 个');
  });
  it('formats, falls back and overrides; an override may replace plural forms with one text', () => {
    expect(formatMessage('第 {step} 步', { step: 2 })).toBe('第 2 步');
    expect(formatMessage('{missing}')).toBe('{missing}');
    const t = createTranslator('en-US', { 'zh-CN': { 'x.only': '仅中文' } }, { 'common.close': 'Done', 'time.duration.minutes': '{count} min' });
    expect(t('common.close')).toBe('Done');
    expect(t('x.only')).toBe('仅中文');
    expect(t('time.duration.minutes', { count: 1 })).toBe('1 min');
    expect(t('no.such.key' as 'x.only')).toBe('no.such.key');
  });
  it('warns in development about an override that matches no catalogue key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineCatalogue({ 'zh-CN': { 'probe.title': '标题', 'probe.count': '{count} 个' }, 'en-US': { 'probe.title': 'Title', 'probe.count.one': '{count} item', 'probe.count.other': '{count} items' } });
    expect(isKnownMessageKey('probe.title')).toBe(true);
    expect(isKnownMessageKey('probe.count')).toBe(true);
    expect(isKnownMessageKey('probe.count.one')).toBe(true);
    expect(isKnownMessageKey('common.close')).toBe(true);
    warnUnknownOverrides({ 'probe.title': 'x', 'probe.titel': 'y' }, 'test');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('"probe.titel"');
  });
  it('resolves locale tags', () => {
    expect(resolveLocale('en')).toBe('en-US');
    expect(resolveLocale('zh_CN')).toBe('zh-CN');
    expect(resolveLocale(undefined)).toBe('zh-CN');
  });
});
