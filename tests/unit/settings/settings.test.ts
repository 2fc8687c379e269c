import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Setting } from '@/utils/define-setting';
import type * as SettingsModule from '@/utils/settings';
import { STORED_SAMPLES } from './stored-samples';

/**
 * The real settings against WXT's fake browser storage. Each test seeds
 * storage, then loads utils/settings.ts afresh, as an extension page or
 * content script does when it starts (that is when WXT runs migrations).
 */

async function loadSettings(): Promise<typeof SettingsModule> {
  vi.resetModules();
  return import('@/utils/settings');
}

/** The storage key without its area, and WXT's metadata key beside it. */
function keysOf(setting: Setting<unknown>): { key: string; meta: string } {
  const key = setting.item.key.slice(setting.item.key.indexOf(':') + 1);
  return { key, meta: `${key}$` };
}

async function seed(setting: Setting<unknown>, value: unknown, version?: number): Promise<void> {
  const { key, meta } = keysOf(setting);
  await fakeBrowser.storage.sync.set(version === undefined ? { [key]: value } : { [key]: value, [meta]: { v: version } });
}

/** Values no Ayeyar ever wrote: other types, empty shapes, junk. */
const CORRUPTED: unknown[] = ['', 'garbage', 0, -1, 1e9, true, false, [], ['header'], {}, { unknown: 1 }, { nested: { deeper: [] } }];

const { settings: definitions } = await loadSettings();
const NAMES = Object.keys(definitions) as (keyof typeof definitions)[];

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(NAMES)('setting %s', (name) => {
  const { fallback, version } = definitions[name] as Setting<unknown>;
  const settingIn = (module: typeof SettingsModule) => module.settings[name] as Setting<unknown>;

  it('is stored in the sync area', () => {
    expect(definitions[name].item.key).toMatch(/^sync:/);
  });

  it('reads as its default when nothing is stored', async () => {
    const setting = settingIn(await loadSettings());
    expect(await setting.get()).toEqual(fallback);
  });

  it('reads as its default when only the version is stored', async () => {
    const { meta } = keysOf(definitions[name] as Setting<unknown>);
    await fakeBrowser.storage.sync.set({ [meta]: { v: version } });
    expect(await settingIn(await loadSettings()).get()).toEqual(fallback);
  });

  it('has a stored sample for every version of its shape', () => {
    for (let v = 1; v <= version; v++) expect(STORED_SAMPLES[name][v]?.length, `version ${v}`).toBeGreaterThan(0);
  });

  for (const [v, samples] of Object.entries(STORED_SAMPLES[name])) {
    it(`reads a value stored at version ${v} (migrated to the current shape)`, async () => {
      for (const sample of samples) {
        fakeBrowser.reset();
        await seed(definitions[name] as Setting<unknown>, sample.stored, Number(v));
        const setting = settingIn(await loadSettings());
        expect(await setting.get()).toEqual(sample.reads);
        // Migrated in storage too, with the current version beside it.
        const { key, meta } = keysOf(setting);
        const stored = await fakeBrowser.storage.sync.get([key, meta]);
        expect(stored[key]).toEqual(sample.reads);
        if (Number(v) < version) expect(stored[meta]).toEqual({ v: version });
      }
    });
  }

  it('reads a value stored without a version as version 1', async () => {
    for (const sample of STORED_SAMPLES[name][1]) {
      fakeBrowser.reset();
      await seed(definitions[name] as Setting<unknown>, sample.stored);
      expect(await settingIn(await loadSettings()).get()).toEqual(sample.reads);
    }
  });

  it('reads a corrupted value as its default, never throwing', async () => {
    // true and false are junk only where the setting is not a switch.
    for (const junk of CORRUPTED.filter((j) => typeof j !== 'boolean' || typeof fallback !== 'boolean')) {
      fakeBrowser.reset();
      await seed(definitions[name] as Setting<unknown>, junk, version);
      expect(await settingIn(await loadSettings()).get(), JSON.stringify(junk)).toEqual(fallback);
    }
  });

  if (typeof fallback === 'object' && fallback !== null) {
    it('keeps the valid fields of a value with one corrupted field', async () => {
      const good = STORED_SAMPLES[name][version][0].reads as Record<string, unknown>;
      for (const field of Object.keys(good)) {
        fakeBrowser.reset();
        await seed(definitions[name] as Setting<unknown>, { ...good, [field]: 'garbage' }, version);
        const read = (await settingIn(await loadSettings()).get()) as Record<string, unknown>;
        expect(read, field).toEqual({ ...good, [field]: (fallback as Record<string, unknown>)[field] });
      }
    });
  }

  it('reads what it understands of a value from a newer Ayeyar on another synced device', async () => {
    // WXT logs a "version downgrade" for a setting with migrations; it must never throw.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = STORED_SAMPLES[name][version][0].reads;
    const newer = typeof good === 'object' ? { ...good, addedLater: 'x' } : good;
    await seed(definitions[name] as Setting<unknown>, newer, version + 1);
    expect(await settingIn(await loadSettings()).get()).toEqual(good);
  });

  it('reads as its default when storage cannot be read', async () => {
    const setting = settingIn(await loadSettings());
    await setting.item.getMeta(); // WXT's own start-up reads are done
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync storage is unavailable'));
    expect(await setting.get()).toEqual(fallback);
  });

  it('stores only valid values', async () => {
    const setting = settingIn(await loadSettings());
    await setting.set('garbage');
    expect(await setting.get()).toEqual(fallback);
    const sample = STORED_SAMPLES[name][version][0].reads;
    await setting.set(sample);
    const { key } = keysOf(setting);
    expect((await fakeBrowser.storage.sync.get(key))[key]).toEqual(sample);
  });

  it('tells watchers every change, checked, and the default once reset', async () => {
    const setting = settingIn(await loadSettings());
    const seen: unknown[] = [];
    setting.watch((value) => seen.push(value));
    const sample = STORED_SAMPLES[name][version][0].reads;
    await setting.set(sample);
    // Another page or device writing junk straight into storage.
    await fakeBrowser.storage.sync.set({ [keysOf(setting).key]: 'garbage' });
    await setting.reset();
    expect(seen).toEqual([sample, fallback, fallback]);
    expect(await setting.get()).toEqual(fallback);
  });
});

describe('resetSettings', () => {
  it('puts every setting back to its default', async () => {
    const module = await loadSettings();
    for (const name of NAMES) await (module.settings[name] as Setting<unknown>).set(STORED_SAMPLES[name][1][0].reads);
    await module.resetSettings();
    for (const name of NAMES) expect(await module.settings[name].get(), name).toEqual(definitions[name].fallback);
  });
});

describe('defaults', () => {
  it('are what a new reader expects', () => {
    expect(definitions.cleanByDefault.fallback).toBe(true);
    expect(Object.values(definitions.hiddenClutter.fallback).every(Boolean)).toBe(true);
    expect(definitions.editions.fallback).toEqual({ en: true, my: true });
    expect(definitions.showPanel.fallback).toBe(true);
    expect(definitions.panel.fallback).toEqual({ side: 'right', figures: true, people: true });
    expect(definitions.copyFormat.fallback).toBe('markdown');
    expect(definitions.typography.fallback).toEqual({ theme: 'site', size: 'site', leading: 'site', width: 'site' });
  });
});
