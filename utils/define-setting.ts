import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import type { Check } from './checks';

/**
 * One setting: a WXT storage item (its key, default, stored-shape version and
 * migrations; WXT runs the migrations where the item is defined, first in the
 * background as the extension starts or updates) whose every read goes
 * through a check. Whatever storage holds, or when storage cannot
 * be read at all, readers of a setting get a valid value.
 *
 * Changing a stored shape: raise `version`, add `migrations[version]` taking
 * the previous shape (as unknown: it may be corrupted), and add a stored
 * sample of the previous shape to tests/unit/settings/stored-samples.ts.
 */

/** Migrations by target version; each takes the stored value of the version before. */
export type Migrations = Record<number, (previous: unknown) => unknown>;

export interface SettingSpec<T> {
  fallback: T;
  version: number;
  migrations: Migrations;
  check: Check<T>;
}

export interface Setting<T> {
  readonly item: WxtStorageItem<T, Record<string, never>>;
  readonly fallback: T;
  readonly version: number;
  /** Any stored value as a valid one: what it understands of it, the default for the rest. */
  check(stored: unknown): T;
  /** The stored value, checked; the default when nothing valid is stored or storage fails. */
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Back to the default (the stored value is removed, so a later change of default reaches the reader). */
  reset(): Promise<void>;
  /** Called with the checked value on every change, from any page or synced device. Returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export function defineSetting<T>(key: StorageItemKey, spec: SettingSpec<T>): Setting<T> {
  const item = storage.defineItem<T, Record<string, never>>(key, {
    fallback: spec.fallback,
    version: spec.version,
    // WXT reads storage for an item with migrations as soon as it is defined, in every page and tab. With none to
    // run, no read: the content script's own first read is then first in line, which keeps clean mode's first paint
    // in the reader's settings more often. (A missing version is read as version 1, so nothing is lost.)
    migrations: Object.keys(spec.migrations).length ? spec.migrations : undefined,
  });
  const checked = (stored: unknown): T => spec.check(stored, spec.fallback);
  return {
    item,
    fallback: spec.fallback,
    version: spec.version,
    check: checked,
    async get() {
      try {
        return checked(await item.getValue());
      } catch {
        return spec.fallback;
      }
    },
    set: (value) => item.setValue(checked(value)),
    reset: () => item.removeValue(),
    watch: (callback) => item.watch((value) => callback(checked(value))),
  };
}

type Values<S extends readonly Setting<unknown>[]> = { [I in keyof S]: S[I] extends Setting<infer T> ? T : never };

/**
 * Several settings in one storage call, checked; the defaults when storage
 * fails. For the content script at document_start, where every round trip
 * delays the reader's look. It does not wait for migrations: a value still in
 * an older shape reads as its check makes of it until the migrated value is
 * stored, which the setting's watchers then report.
 */
export async function readSettings<const S extends readonly Setting<unknown>[]>(list: S): Promise<Values<S>> {
  try {
    const stored = await storage.getItems(list.map((setting) => setting.item));
    return list.map((setting, i) => setting.check(stored[i].value)) as Values<S>;
  } catch {
    return list.map((setting) => setting.fallback) as Values<S>;
  }
}
