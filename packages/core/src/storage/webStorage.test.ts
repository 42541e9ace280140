import { describe, expect, it } from 'vitest';
import { getWebStorage } from './webStorage';

describe('getWebStorage', () => {
  const fake = { getItem: () => null, setItem: () => {}, removeItem: () => {} };
  it('finds local and session storage on a scope', () => {
    expect(getWebStorage('local', { localStorage: fake })).toBe(fake);
    expect(getWebStorage('session', { sessionStorage: fake, localStorage: undefined })).toBe(fake);
  });
  it('is undefined on the server, where access throws, and for objects that are not storage', () => {
    expect(getWebStorage('local', {})).toBeUndefined();
    expect(getWebStorage('local', undefined)).toBeUndefined();
    const blocked = Object.defineProperty({}, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(getWebStorage('local', blocked)).toBeUndefined();
    expect(getWebStorage('session', { sessionStorage: { getItem: 1 } })).toBeUndefined();
  });
});
