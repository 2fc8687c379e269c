import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { SettingKey, SettingSpec } from './setting-spec';

/**
 * One setting as a WXT storage item (WXT runs its migrations where it is
 * defined, first in the background as the extension starts or updates) whose
 * every read goes through the setting's check. Whatever storage holds, or
 * when storage cannot be read at all, readers get a valid value.
 */

export interface Setting<T> {
  readonly item: WxtStorageItem<T, Record<string, never>>;
  readonly spec: SettingSpec<T>;
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

export function defineSetting<T>(key: SettingKey, spec: Omit<SettingSpec<T>, 'key'>): Setting<T> {
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
    spec: { ...spec, key },
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
