import { describe, expect, it } from 'vitest';
import { checkAmount, checkPhone } from './fields';

describe('checkPhone', () => {
  it('accepts a mobile, rejects a landline for a mobile field', () => {
    expect(checkPhone('13800138000').error).toBeUndefined();
    expect(checkPhone('0518-85551234').error).toBe('phone.errorMobile');
    expect(checkPhone('0518-85551234', 'any').error).toBeUndefined();
    expect(checkPhone('85551234', 'any').error).toBe('phone.errorNoAreaCode');
    expect(checkPhone('13800138000', 'landline').error).toBe('phone.errorLandline');
    expect(checkPhone('1380013800').error).toBe('phone.errorTooShort');
    expect(checkPhone('').error).toBe('phone.errorEmpty');
  });
});

describe('checkAmount', () => {
  it('explains what is wrong', () => {
    expect(checkAmount('')).toEqual({ fen: null, error: 'amount.errorEmpty' });
    expect(checkAmount('abc').error).toBe('amount.errorInvalid');
    expect(checkAmount('-5').error).toBe('amount.errorNegative');
    expect(checkAmount('0').error).toBe('amount.errorZero');
    expect(checkAmount('2亿').error).toBe('amount.errorTooLarge');
    expect(checkAmount('1.5万')).toEqual({ fen: 1500000 });
  });
});
