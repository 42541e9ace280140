import { describe, expect, it } from 'vitest';
import { telHref } from './telHref';

describe('telHref', () => {
  it.each([
    ['138 0013 8000', 'tel:13800138000'],
    ['１３８－００１３－８０００', 'tel:13800138000'],
    ['+86 138 0013 8000', 'tel:13800138000'],
    ['0518-85551234转801', 'tel:051885551234,801'],
    ['０５１８ ８５５５１２３４ ext. 12', 'tel:051885551234,12'],
    ['95588', 'tel:95588'],
    ['１１０', 'tel:110'],
    ['400-810-8888', 'tel:4008108888'],
  ])('%s → %s', (input, href) => {
    expect(telHref(input)).toBe(href);
  });
  it('never throws on odd input', () => {
    expect(telHref(undefined as unknown as string)).toBe('tel:');
  });
});
