import { describe, expect, it } from 'vitest';
import { isServiceNumber, parsePhone } from './parsePhone';

describe('parsePhone', () => {
  it.each([
    ['13800138000', '13800138000', '138 0013 8000'],
    ['138 0013 8000', '13800138000', '138 0013 8000'],
    ['138-0013-8000', '13800138000', '138 0013 8000'],
    ['１３８００１３８０００', '13800138000', '138 0013 8000'],
    ['+86 138 0013 8000', '13800138000', '138 0013 8000'],
    ['+8613800138000', '13800138000', '138 0013 8000'],
    ['0086 13800138000', '13800138000', '138 0013 8000'],
    ['8613800138000', '13800138000', '138 0013 8000'],
    ['19112345678', '19112345678', '191 1234 5678'],
    ['19512345678', '19512345678', '195 1234 5678'],
    ['16612345678', '16612345678', '166 1234 5678'],
    ['（138）0013　8000', '13800138000', '138 0013 8000'],
  ])('reads %s as a mobile', (input, digits, display) => {
    expect(parsePhone(input)).toEqual({ kind: 'mobile', digits, display });
  });

  it.each([
    ['0518-85551234', '051885551234', '0518 8555 1234', undefined],
    ['0518 8555 1234', '051885551234', '0518 8555 1234', undefined],
    ['010-12345678', '01012345678', '010 1234 5678', undefined],
    ['021 6123 4567', '02161234567', '021 6123 4567', undefined],
    ['0518-8555123', '05188555123', '0518 855 5123', undefined],
    ['0518-85551234转801', '051885551234', '0518 8555 1234 转 801', '801'],
    ['0518-85551234-801', '051885551234', '0518 8555 1234 转 801', '801'],
    ['0518 85551234 ext. 12', '051885551234', '0518 8555 1234 转 12', '12'],
    ['+86 10 1234 5678', '01012345678', '010 1234 5678', undefined],
    ['+86 518 8555 1234', '051885551234', '0518 8555 1234', undefined],
  ])('reads %s as a landline', (input, digits, display, extension) => {
    const r = parsePhone(input);
    expect(r.kind).toBe('landline');
    expect(r.digits).toBe(digits);
    expect(r.display).toBe(display);
    expect(r.extension).toBe(extension);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1380013800', 'too-short'],
    ['138001380001', 'too-long'],
    ['12800138000', 'bad-prefix'],
    ['10086', 'too-short'],
    ['85551234', 'no-area-code'],
    ['abc', 'not-digits'],
    ['138 0013 800O', 'not-digits'],
    ['051812', 'too-short'],
  ])('rejects %j (%s)', (input, problem) => {
    const r = parsePhone(input);
    expect(r.kind).toBe('invalid');
    expect(r.problem).toBe(problem);
  });

  it('never throws on odd input', () => {
    for (const v of [null, undefined, 123, {}, '＋８６', '--', '+', '转801']) {
      expect(() => parsePhone(v as unknown as string)).not.toThrow();
    }
  });

  it('recognises service numbers', () => {
    expect(isServiceNumber('96110')).toBe(true);
    expect(isServiceNumber('110')).toBe(true);
    expect(isServiceNumber('12345')).toBe(true);
    expect(isServiceNumber('95588')).toBe(true);
    expect(isServiceNumber('13800138000')).toBe(false);
  });
});
