import { describe, expect, it } from 'vitest';
import { fields, oneOf, type Check } from '@/core/settings/checks';
import type { SettingSpec } from '@/core/settings/specs';
import { isOutdated, readStored, toStored } from '@/core/settings/stored';

/**
 * The migration path every setting takes, on a setting made up for the test
 * with three versions of its shape:
 *   v1  a bare number of pixels           18
 *   v2  an object                          { px: 18 }
 *   v3  an object with a unit              { size: 18, unit: 'px' }
 */
interface Size {
  size: number;
  unit: 'px' | 'em';
}
const anySize: Check<number> = (stored, fallback) => (typeof stored === 'number' && stored > 0 ? stored : fallback);
const FALLBACK: Size = { size: 16, unit: 'px' };

const SIZE: SettingSpec<Size> = {
  name: 'test-size',
  fallback: FALLBACK,
  version: 3,
  migrations: {
    2: (v1) => ({ px: v1 }),
    3: (v2) => ({ size: (v2 as { px: unknown }).px, unit: 'px' }),
  },
  check: fields<Size>({ size: anySize, unit: oneOf(['px', 'em']) }),
};

const at = (value: unknown, v?: number) => (v === undefined ? { 'test-size': value } : { 'test-size': value, 'test-size$': { v } });

describe('a stored setting', () => {
  it('is migrated from version 1 through every version to the current shape', () => {
    expect(readStored(SIZE, at(20, 1))).toEqual({ size: 20, unit: 'px' });
  });

  it('without a version is version 1', () => {
    expect(readStored(SIZE, at(22))).toEqual({ size: 22, unit: 'px' });
  });

  it('at version 2 takes the last migration only', () => {
    expect(readStored(SIZE, at({ px: 24 }, 2))).toEqual({ size: 24, unit: 'px' });
  });

  it('at the current version is read as it is', () => {
    expect(readStored(SIZE, at({ size: 2, unit: 'em' }, 3))).toEqual({ size: 2, unit: 'em' });
  });

  it('from a newer Ayeyar is read for what this version understands', () => {
    expect(readStored(SIZE, at({ size: 2, unit: 'em', weight: 'bold' }, 4))).toEqual({ size: 2, unit: 'em' });
  });

  it('is the default when missing, corrupted, or when a migration throws', () => {
    expect(readStored(SIZE, {})).toEqual(FALLBACK);
    expect(readStored(SIZE, at('garbage', 1))).toEqual(FALLBACK);
    const throwing: SettingSpec<Size> = { ...SIZE, migrations: { 3: () => { throw new Error('unexpected shape'); } } };
    expect(readStored(throwing, at('not an object', 2))).toEqual(FALLBACK);
  });

  it('is written checked, with the current version beside it', () => {
    expect(toStored(SIZE, { size: 18, unit: 'em' })).toEqual({ 'test-size': { size: 18, unit: 'em' }, 'test-size$': { v: 3 } });
    expect(toStored(SIZE, 'garbage')).toEqual({ 'test-size': FALLBACK, 'test-size$': { v: 3 } });
  });

  it('is outdated only when a value is stored at an older version', () => {
    expect(isOutdated(SIZE, at(20, 1))).toBe(true);
    expect(isOutdated(SIZE, at(20))).toBe(true);
    expect(isOutdated(SIZE, at({ size: 2, unit: 'em' }, 3))).toBe(false);
    expect(isOutdated(SIZE, {})).toBe(false);
  });
});
