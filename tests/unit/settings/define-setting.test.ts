import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bool, fields, oneOf, type Check } from '@/utils/checks';
import { defineSetting } from '@/utils/define-setting';
import { readSettings } from '@/utils/read-settings';

/**
 * The migration path every setting takes, on a setting made up for the test
 * with three versions of its shape (Ayeyar's own settings are all still at
 * their first version):
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

function defineSize() {
  return defineSetting<Size>('sync:test-size', {
    fallback: FALLBACK,
    version: 3,
    migrations: {
      2: (v1) => ({ px: v1 }),
      3: (v2) => ({ size: (v2 as { px: unknown }).px, unit: 'px' }),
    },
    check: fields<Size>({ size: anySize, unit: oneOf(['px', 'em']) }),
  });
}

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.sync.get(['test-size', 'test-size$']);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defineSetting migrations', () => {
  it('migrates a version 1 value through every version to the current shape, in storage too', async () => {
    await fakeBrowser.storage.sync.set({ 'test-size': 20, 'test-size$': { v: 1 } });
    expect(await defineSize().get()).toEqual({ size: 20, unit: 'px' });
    expect(await stored()).toEqual({ 'test-size': { size: 20, unit: 'px' }, 'test-size$': { v: 3 } });
  });

  it('treats a value stored without a version as version 1', async () => {
    await fakeBrowser.storage.sync.set({ 'test-size': 22 });
    expect(await defineSize().get()).toEqual({ size: 22, unit: 'px' });
  });

  it('migrates a version 2 value with the last migration only', async () => {
    await fakeBrowser.storage.sync.set({ 'test-size': { px: 24 }, 'test-size$': { v: 2 } });
    expect(await defineSize().get()).toEqual({ size: 24, unit: 'px' });
  });

  it('leaves a current value as it is', async () => {
    await fakeBrowser.storage.sync.set({ 'test-size': { size: 2, unit: 'em' }, 'test-size$': { v: 3 } });
    expect(await defineSize().get()).toEqual({ size: 2, unit: 'em' });
  });

  it('reads a corrupted old value as the default: a migration never passes junk on', async () => {
    await fakeBrowser.storage.sync.set({ 'test-size': 'garbage', 'test-size$': { v: 1 } });
    expect(await defineSize().get()).toEqual(FALLBACK);
  });

  it('reads the default when a migration throws, and WXT reports it instead of throwing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ 'test-size': 'not an object', 'test-size$': { v: 2 } });
    const setting = defineSetting<Size>('sync:test-size', {
      fallback: FALLBACK,
      version: 3,
      migrations: {
        3: (v2) => {
          if (typeof v2 !== 'object') throw new Error('unexpected shape');
          return v2;
        },
      },
      check: fields<Size>({ size: anySize, unit: oneOf(['px', 'em']) }),
    });
    expect(await setting.get()).toEqual(FALLBACK);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });

  it('writes the current version beside the first value stored', async () => {
    const setting = defineSize();
    await setting.set({ size: 18, unit: 'em' });
    expect(await stored()).toEqual({ 'test-size': { size: 18, unit: 'em' }, 'test-size$': { v: 3 } });
  });

  it('keeps the version when reset, so a later value is not migrated again', async () => {
    const setting = defineSize();
    await setting.set({ size: 18, unit: 'em' });
    await setting.reset();
    expect(await setting.get()).toEqual(FALLBACK);
    await setting.set({ size: 30, unit: 'px' });
    expect(await defineSize().get()).toEqual({ size: 30, unit: 'px' });
  });
});

describe('readSettings', () => {
  const defineSwitch = () => defineSetting('sync:test-switch', { fallback: true, version: 1, migrations: {}, check: bool });

  it('reads several settings in one storage call, each checked', async () => {
    await fakeBrowser.storage.sync.set({ 'test-size': { size: 20, unit: 'cm' }, 'test-switch': false, 'test-size$': { v: 3 } });
    const size = defineSize();
    const on = defineSwitch();
    await size.item.getMeta(); // WXT's own start-up reads are done
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await readSettings([size.spec, on.spec])).toEqual([{ size: 20, unit: 'px' }, false]);
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('reads the defaults when storage cannot be read', async () => {
    const size = defineSize();
    const on = defineSwitch();
    await size.item.getMeta();
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('sync storage is unavailable'));
    expect(await readSettings([size.spec, on.spec])).toEqual([FALLBACK, true]);
  });
});
