import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  SETTINGS,
  SETTING_NAMES,
  defaultSettings,
  migrateStoredSettings,
  readSettings,
  resetSettings,
  saveSetting,
  watchSettings,
  type SettingName,
  type SettingValues,
} from '@/utils/settings';
import { STORED_SAMPLES } from './stored-samples';

/**
 * The real settings against WXT's fake browser storage: what every part of
 * Ayeyar reads, whatever storage holds (values of every stored version, junk,
 * values from a newer Ayeyar on another synced device, storage failing).
 */

/** Values no Ayeyar ever wrote: other types, empty shapes, junk. */
const CORRUPTED: unknown[] = ['', 'garbage', 0, -1, 1e9, true, false, [], ['header'], {}, { unknown: 1 }, { nested: { deeper: [] } }];

const keysOf = (name: SettingName) => ({ key: SETTINGS[name].name, meta: `${SETTINGS[name].name}$` });

async function seed(name: SettingName, value: unknown, version?: number): Promise<void> {
  const { key, meta } = keysOf(name);
  await fakeBrowser.storage.sync.set(version === undefined ? { [key]: value } : { [key]: value, [meta]: { v: version } });
}

const read = async <N extends SettingName>(name: N): Promise<SettingValues[N]> => (await readSettings())[name];

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(SETTING_NAMES)('setting %s', (name) => {
  const { fallback, version } = SETTINGS[name];

  it('reads as its default when nothing is stored, or only its version', async () => {
    expect(await read(name)).toEqual(fallback);
    await fakeBrowser.storage.sync.set({ [keysOf(name).meta]: { v: version } });
    expect(await read(name)).toEqual(fallback);
  });

  it('has a stored sample for every version of its shape', () => {
    for (let v = 1; v <= version; v++) expect(STORED_SAMPLES[name][v]?.length, `version ${v}`).toBeGreaterThan(0);
  });

  for (const [v, samples] of Object.entries(STORED_SAMPLES[name])) {
    it(`reads a value stored at version ${v}, and the background writes it back in today's shape`, async () => {
      for (const sample of samples) {
        fakeBrowser.reset();
        await seed(name, sample.stored, Number(v));
        expect(await read(name)).toEqual(sample.reads);
        await migrateStoredSettings();
        const { key, meta } = keysOf(name);
        const stored = await fakeBrowser.storage.sync.get([key, meta]);
        expect(stored[key]).toEqual(Number(v) < version ? sample.reads : sample.stored);
        if (Number(v) < version) expect(stored[meta]).toEqual({ v: version });
        expect(await read(name)).toEqual(sample.reads);
      }
    });
  }

  it('reads a value stored without a version as version 1', async () => {
    for (const sample of STORED_SAMPLES[name][1]) {
      fakeBrowser.reset();
      await seed(name, sample.stored);
      expect(await read(name)).toEqual(sample.reads);
    }
  });

  it('reads a corrupted value as its default, never throwing', async () => {
    // true and false are junk only where the setting is not a switch.
    for (const junk of CORRUPTED.filter((j) => typeof j !== 'boolean' || typeof fallback !== 'boolean')) {
      fakeBrowser.reset();
      await seed(name, junk, version);
      expect(await read(name), JSON.stringify(junk)).toEqual(fallback);
    }
  });

  if (typeof fallback === 'object' && fallback !== null) {
    it('keeps the valid fields of a value with one corrupted field', async () => {
      const good = STORED_SAMPLES[name][version][0].reads as Record<string, unknown>;
      for (const field of Object.keys(good)) {
        fakeBrowser.reset();
        await seed(name, { ...good, [field]: 'garbage' }, version);
        expect(await read(name), field).toEqual({ ...good, [field]: (fallback as Record<string, unknown>)[field] });
      }
    });
  }

  it('reads what it understands of a value from a newer Ayeyar on another synced device', async () => {
    const good = STORED_SAMPLES[name][version][0].reads;
    await seed(name, typeof good === 'object' ? { ...good, addedLater: 'x' } : good, version + 1);
    expect(await read(name)).toEqual(good);
    // And the background never "migrates" it back to an older shape.
    await migrateStoredSettings();
    expect((await fakeBrowser.storage.sync.get(keysOf(name).meta))[keysOf(name).meta]).toEqual({ v: version + 1 });
  });

  it('stores only valid values, with the current version', async () => {
    await saveSetting(name, 'garbage' as never);
    expect(await read(name)).toEqual(fallback);
    const sample = STORED_SAMPLES[name][version][0].reads;
    await saveSetting(name, sample as never);
    const { key, meta } = keysOf(name);
    expect(await fakeBrowser.storage.sync.get([key, meta])).toEqual({ [key]: sample, [meta]: { v: version } });
  });

  it('tells watchers every change, checked, and the default once reset', async () => {
    const seen: unknown[] = [];
    const stop = new AbortController();
    watchSettings((changed) => {
      if (name in changed) seen.push(changed[name]);
    }, stop.signal);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
    const sample = STORED_SAMPLES[name][version][0].reads;
    await saveSetting(name, sample as never);
    await settle();
    // Another page or device writing junk straight into storage.
    await fakeBrowser.storage.sync.set({ [keysOf(name).key]: 'garbage' });
    await settle();
    await resetSettings();
    await settle();
    expect(seen).toEqual([sample, fallback, fallback]);
    stop.abort();
    await saveSetting(name, sample as never);
    await settle();
    expect(seen).toHaveLength(3);
  });
});

describe('every setting', () => {
  it('is read in one storage call, and as the defaults when storage cannot be read', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await readSettings();
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRejectedValueOnce(new Error('sync storage is unavailable'));
    expect(await readSettings()).toEqual(defaultSettings());
  });

  it('goes back to its default on reset', async () => {
    for (const name of SETTING_NAMES) await saveSetting(name, STORED_SAMPLES[name][SETTINGS[name].version][0].reads as never);
    await resetSettings();
    expect(await readSettings()).toEqual(defaultSettings());
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('has the default a new reader expects', () => {
    expect(defaultSettings()).toEqual({
      // Ayeyar's words in the browser's language where Ayeyar has it.
      language: 'browser',
      cleanByDefault: true,
      hiddenClutter: { header: true, related: true, ads: true, sidebars: true, share: true, popups: true, footer: true },
      editions: { en: true, my: true },
      showPanel: true,
      panel: { side: 'right', figures: true, people: true },
      copyFormat: 'markdown',
      typography: { theme: 'site', size: 'site', leading: 'site', width: 'site' },
    });
  });
});
