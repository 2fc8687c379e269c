import type { Check } from './checks';

/**
 * One setting as data: where it is stored, its default, the version of its
 * stored shape with the migrations from older shapes, and the check that
 * turns any stored value into a valid one.
 *
 * Changing a stored shape: raise `version`, add `migrations[version]` taking
 * the previous shape (as unknown: it may be corrupted), and add a stored
 * sample of the previous shape to tests/unit/settings/stored-samples.ts.
 */

/** Migrations by target version; each takes the stored value of the version before. */
export type Migrations = Record<number, (previous: unknown) => unknown>;

export type SettingKey = `sync:${string}` | `local:${string}`;

export interface SettingSpec<T> {
  key: SettingKey;
  fallback: T;
  version: number;
  migrations: Migrations;
  check: Check<T>;
}

/** "sync:show-panel" -> the storage area and the name the value is stored under. */
export function storageAddress(key: SettingKey): { area: 'sync' | 'local'; name: string } {
  const [area, name] = key.split(/:(.*)/s) as ['sync' | 'local', string];
  return { area, name };
}
