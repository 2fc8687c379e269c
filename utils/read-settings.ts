import { browser } from 'wxt/browser';
import { storageAddress, type SettingSpec } from './setting-spec';

/**
 * The content script's view of the settings: read and watched straight from
 * extension storage, every value through its check, with no storage library
 * in the script that runs on every article (the extension's pages write and
 * migrate them through WXT storage items: settings.ts).
 */

// `any`: a check takes its own type's fallback, so SettingSpec<T> is not a SettingSpec<unknown>.
type AnySpec = SettingSpec<any>;
type Values<S extends readonly AnySpec[]> = { [I in keyof S]: S[I] extends SettingSpec<infer T> ? T : never };

/**
 * Several settings in one storage call per area, checked; the defaults when
 * storage fails. At document_start every round trip delays the reader's look.
 * It does not wait for migrations: a value still in an older shape reads as
 * its check makes of it until the migrated value is stored, which watchers
 * then report.
 */
export async function readSettings<const S extends readonly AnySpec[]>(specs: S): Promise<Values<S>> {
  try {
    const addresses = specs.map((spec) => storageAddress(spec.key));
    const stored: Record<string, Record<string, unknown>> = {};
    for (const area of new Set(addresses.map((a) => a.area))) {
      stored[area] = await browser.storage[area].get(addresses.filter((a) => a.area === area).map((a) => a.name));
    }
    return specs.map((spec, i) => spec.check(stored[addresses[i].area][addresses[i].name], spec.fallback)) as Values<S>;
  } catch {
    return specs.map((spec) => spec.fallback) as Values<S>;
  }
}

/** Calls back with the checked value whenever the setting changes (any page, any synced device). Returns the unwatch. */
export function watchSetting<T>(spec: SettingSpec<T>, callback: (value: T) => void): () => void {
  const { area, name } = storageAddress(spec.key);
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && name in changes) callback(spec.check(changes[name].newValue, spec.fallback));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
