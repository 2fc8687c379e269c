import { describe, expect, it } from 'vitest';
import { bool, fields, oneOf, siteOrStep, switches } from '@/core/settings/checks';

describe('setting checks', () => {
  it('bool keeps true and false only', () => {
    expect(bool(false, true)).toBe(false);
    for (const junk of [undefined, null, 0, 1, 'false', [], {}]) expect(bool(junk, true)).toBe(true);
  });

  it('oneOf keeps an allowed value only, by exact match', () => {
    const format = oneOf(['markdown', 'csv'] as const);
    expect(format('csv', 'markdown')).toBe('csv');
    for (const junk of ['CSV', ' csv', 'toString', 1, null, ['csv']]) expect(format(junk, 'markdown')).toBe('markdown');
  });

  it('siteOrStep keeps "site", snaps other positive numbers to the nearest step and drops the rest', () => {
    const size = siteOrStep([16, 18, 20] as const);
    expect(size('site', 18)).toBe('site');
    expect(size(20, 18)).toBe(20);
    expect(size(19.4, 16)).toBe(20);
    expect(size(18.6, 16)).toBe(18);
    expect(size(3, 18)).toBe(16);
    expect(size(400, 18)).toBe(20);
    for (const junk of [0, -4, NaN, Infinity, '20', 'Site', null, {}]) expect(size(junk, 18)).toBe(18);
  });

  it('fields checks each field on its own, drops unknown ones and never mutates the stored value', () => {
    const check = fields<{ on: boolean; side: 'left' | 'right' }>({ on: bool, side: oneOf(['left', 'right']) });
    const stored = Object.freeze({ on: false, side: 'up', extra: 1 });
    expect(check(stored, { on: true, side: 'right' })).toEqual({ on: false, side: 'right' });
    expect(stored).toEqual({ on: false, side: 'up', extra: 1 });
    for (const junk of [null, 'x', 3, [false, 'left']]) expect(check(junk, { on: true, side: 'left' })).toEqual({ on: true, side: 'left' });
  });

  it('switches gives every key its own switch', () => {
    expect(switches(['en', 'my'])({ en: false, my: 'yes' }, { en: true, my: true })).toEqual({ en: false, my: true });
  });
});
