/**
 * A table's words, written lower case and separated by white space, as a
 * lookup set. Split once at load; no per-word work beyond the split.
 */
export function wordSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Phrases separated by `|`, each written lower case with single spaces. */
export function phraseList(list: string): string[] {
  return list.trim().split(/\s*\|\s*/);
}

