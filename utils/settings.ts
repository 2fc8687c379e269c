import { browser } from 'wxt/browser';
import { SETTINGS, SETTING_NAMES, defaultSettings, type SettingName, type SettingValue, type SettingValues } from '@/core/settings/specs';
import { isOutdated, readStoredValues, storageKeys, toStoredValues } from '@/core/settings/stored';

/**
 * The reader's settings in extension storage: the one way every part of
 * Ayeyar reads, watches and writes them (content script, options, popup,
 * background). What each setting is lives in core/settings/specs.ts; how a
 * stored value becomes a valid one (migrations, checks) in
 * core/settings/stored.ts. Storage that cannot be read gives the defaults;
 * nothing here throws into a page.
 */

export * from '../core/settings/specs';

const area = () => browser.storage.sync;

const keysOf = (names: readonly SettingName[]) => names.flatMap((name) => storageKeys(SETTINGS[name]));

async function stored(names: readonly SettingName[]): Promise<Record<string, unknown>> {
  return (await area().get(keysOf(names))) as Record<string, unknown>;
}

/** Every setting, in one storage call (at document_start each round trip delays the reader's look). */
export async function readSettings(): Promise<SettingValues> {
  try {
    return readStoredValues(SETTING_NAMES, await stored(SETTING_NAMES));
  } catch {
    return defaultSettings();
  }
}

/** Stores a setting (checked, with its version); rejects when storage refuses, so a page can say so. */
export async function saveSetting<N extends SettingName>(name: N, value: SettingValue<N>): Promise<void> {
  await area().set(toStoredValues({ [name]: value }));
}

/** Every setting back to its default: the stored values are removed, so a later change of default reaches the reader. */
export async function resetSettings(): Promise<void> {
  await area().remove(keysOf(SETTING_NAMES));
}

/**
 * Calls back with the settings that changed, read afresh and checked,
 * whenever any page, tab or synced device changes one, until `signal` aborts.
 */
export function watchSettings(callback: (changed: Partial<SettingValues>) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, changedArea: string) => {
    if (changedArea !== 'sync') return;
    const names = SETTING_NAMES.filter((name) => storageKeys(SETTINGS[name]).some((key) => key in changes));
    if (!names.length) return;
    // Read again rather than trust the change alone: a value and its version may arrive in one write or two.
    void stored(names)
      .then((values) => {
        if (!signal?.aborted) callback(readStoredValues(names, values));
      })
      .catch(() => {});
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Writes back, in the current shape, every setting stored in an older one (the background does it as the extension starts). */
export async function migrateStoredSettings(): Promise<void> {
  const values = await stored(SETTING_NAMES);
  const outdated = SETTING_NAMES.filter((name) => isOutdated(SETTINGS[name], values));
  if (outdated.length) await area().set(toStoredValues(readStoredValues(outdated, values)));
}
