import { describe, expect, it } from 'vitest';
import { enUS } from './en-US';
import { createTranslator, formatMessage } from './translate';
import { resolveLocale } from './types';
import { zhCN } from './zh-CN';

describe('messages', () => {
  it('en-US is complete and never empty', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    for (const v of Object.values(enUS)) expect(v.trim()).not.toBe('');
  });
  it('keeps placeholders in both locales', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(names(enUS[key]), key).toEqual(names(zhCN[key]));
    }
  });
  it('formats, falls back and overrides', () => {
    expect(formatMessage('第 {step} 步', { step: 2 })).toBe('第 2 步');
    expect(formatMessage('{missing}')).toBe('{missing}');
    const t = createTranslator('en-US', { 'zh-CN': { 'x.only': '仅中文' } }, { 'common.close': 'Done' });
    expect(t('common.close')).toBe('Done');
    expect(t('x.only')).toBe('仅中文');
    expect(t('no.such.key')).toBe('no.such.key');
  });
  it('resolves locale tags', () => {
    expect(resolveLocale('en')).toBe('en-US');
    expect(resolveLocale('zh_CN')).toBe('zh-CN');
    expect(resolveLocale(undefined)).toBe('zh-CN');
  });
});
