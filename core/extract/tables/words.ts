/** Turns a space-separated word list into a lookup set (lower case). */
export function wordSet(...lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const w of list.split(/\s+/)) if (w) set.add(w.toLowerCase());
  return set;
}

/** Phrases separated by `|`, each lower-cased and single-spaced. */
export function phraseList(list: string): string[] {
  return list
    .split('|')
    .map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter(Boolean);
}
