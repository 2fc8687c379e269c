/**
 * A word table as an object with no prototype. Tables are looked up with
 * whatever words a page holds: a plain object answers "constructor",
 * "toString" or "__proto__" with Object's own members, which then read as a
 * currency, a unit or a number word ("constructor 5,000 kyats" became money
 * in the currency `Object`, "3 __proto__" a figure worth NaN).
 */
export function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
