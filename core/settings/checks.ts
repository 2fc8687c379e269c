/**
 * Checks that turn whatever storage holds into a valid setting. Stored values
 * can be missing, corrupted, written by an older Ayeyar or by a newer one on
 * another synced device; a check keeps every part it understands and puts the
 * default in place of the rest, field by field, so one bad field never costs
 * the reader their other choices. Checks never throw and never mutate input.
 */
export type Check<T> = (stored: unknown, fallback: T) => T;

export const bool: Check<boolean> = (stored, fallback) => (typeof stored === 'boolean' ? stored : fallback);

export function oneOf<T extends string>(allowed: readonly T[]): Check<T> {
  return (stored, fallback) => (allowed.includes(stored as T) ? (stored as T) : fallback);
}

/** 'site' or one of the steps; another positive number snaps to the nearest step (a step added or removed by another version). */
export function siteOrStep<N extends number>(steps: readonly N[]): Check<'site' | N> {
  return (stored, fallback) => {
    if (stored === 'site') return 'site';
    if (typeof stored !== 'number' || !Number.isFinite(stored) || stored <= 0) return fallback;
    return steps.reduce((best, step) => (Math.abs(step - stored) < Math.abs(best - stored) ? step : best));
  };
}

/** An object whose every field has its own check; unknown fields are dropped. */
export function fields<T extends object>(checks: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (stored, fallback) => {
    const source = isRecord(stored) ? stored : {};
    const result = {} as T;
    for (const key of Object.keys(checks) as (keyof T & string)[]) result[key] = checks[key](source[key], fallback[key]);
    return result;
  };
}

/** An on/off switch for each of keys. */
export function switches<K extends string>(keys: readonly K[]): Check<Record<K, boolean>> {
  return fields(Object.fromEntries(keys.map((key) => [key, bool])) as { [P in K]: Check<boolean> });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
