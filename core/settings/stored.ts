import { isRecord } from './checks';
import { SETTINGS, type SettingName, type SettingSpec, type SettingValues } from './specs';

/**
 * A setting as storage holds it: the value under its name and, beside it
 * under `<name>$`, `{ v: <version of its shape> }` (the layout WXT's storage
 * items used, so values stored by earlier Ayeyar versions read as they are).
 * A value with no version is version 1.
 */

/** The storage keys of a setting: its value and its version. */
export function storageKeys(spec: { name: string }): [value: string, version: string] {
  return [spec.name, `${spec.name}$`];
}

function storedVersion(spec: { name: string }, stored: Record<string, unknown>): number {
  const meta = stored[`${spec.name}$`];
  const v = isRecord(meta) ? meta.v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * The setting's value from what storage holds (any keys; only its own are
 * read): migrated from an older shape, checked, the default for anything
 * missing or damaged. A shape from a newer Ayeyar on another synced device
 * is read for what this version understands of it. Never throws.
 */
export function readStored<T>(spec: SettingSpec<T>, stored: Record<string, unknown>): T {
  let value = stored[spec.name];
  if (value === undefined) return spec.fallback;
  try {
    for (let v = storedVersion(spec, stored) + 1; v <= spec.version; v++) value = spec.migrations[v]?.(value) ?? value;
  } catch {
    return spec.fallback;
  }
  return spec.check(value, spec.fallback);
}

/** Whether storage holds the setting in an older shape (the background then writes it back migrated). */
export function isOutdated(spec: { name: string; version: number }, stored: Record<string, unknown>): boolean {
  return stored[spec.name] !== undefined && storedVersion(spec, stored) < spec.version;
}

/** What to store for a value: the value, checked, with the current version beside it. */
export function toStored<T>(spec: SettingSpec<T>, value: unknown): Record<string, unknown> {
  const [valueKey, versionKey] = storageKeys(spec);
  return { [valueKey]: spec.check(value, spec.fallback), [versionKey]: { v: spec.version } };
}

// A spec with its value type erased, for code that treats every setting alike (`any`: Check<T> takes T's fallback).
const specOf = (name: SettingName) => SETTINGS[name] as SettingSpec<any>;

/** The values of `names` from what storage holds, each read as readStored does. */
export function readStoredValues<N extends SettingName>(names: readonly N[], stored: Record<string, unknown>): Pick<SettingValues, N> {
  return Object.fromEntries(names.map((name) => [name, readStored(specOf(name), stored)])) as Pick<SettingValues, N>;
}

/** What to store for several settings at once, from any values (each through its check). */
export function toStoredValues(values: Partial<Record<SettingName, unknown>>): Record<string, unknown> {
  return Object.assign({}, ...Object.entries(values).map(([name, value]) => toStored(specOf(name as SettingName), value)));
}
