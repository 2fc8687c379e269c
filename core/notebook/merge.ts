import type { KeptArticle, KeptFact } from './types';

/**
 * How records meet records already in the notebook: keeping a fact again,
 * importing a notebook into another, annotating. No rule ever drops a note,
 * a tag or the day an article was first read, and the same record met twice
 * changes nothing (import is idempotent).
 */

const earlier = (a: string, b: string) => (a <= b ? a : b);

/** The article as the page gives it now, with the first access date kept and nothing the page left out erased. */
export function mergeArticle(existing: KeptArticle | undefined, incoming: KeptArticle): KeptArticle {
  if (!existing) return incoming;
  return {
    url: existing.url,
    title: incoming.title ?? existing.title,
    authors: incoming.authors.length ? incoming.authors : existing.authors,
    published: incoming.published ?? existing.published,
    edition: incoming.edition,
    section: incoming.section ?? existing.section,
    publication: incoming.publication || existing.publication,
    accessed: earlier(existing.accessed, incoming.accessed),
  };
}

/** A fact kept again from the page: its text refreshed, its note, tags and first-kept time left as they are. */
export function keepFact(existing: KeptFact | undefined, incoming: KeptFact): KeptFact {
  if (!existing) return incoming;
  return { ...incoming, note: existing.note, tags: existing.tags, kept: existing.kept, changed: existing.changed };
}

/**
 * A fact from an imported notebook: where both sides annotated it, the more
 * recently changed note and tags win (an older backup never undoes later
 * work); the earlier kept time stays.
 */
export function importFact(existing: KeptFact | undefined, incoming: KeptFact): KeptFact {
  if (!existing) return incoming;
  const newer = incoming.changed > existing.changed ? incoming : existing;
  return { ...existing, note: newer.note, tags: newer.tags, changed: newer.changed, kept: earlier(existing.kept, incoming.kept) };
}

export function annotateFact(fact: KeptFact, note: string, tags: string[], now: Date): KeptFact {
  return { ...fact, note: note.trim(), tags, changed: now.toISOString() };
}

/** "ceasefire, #Sagaing,  ceasefire" -> ["ceasefire", "Sagaing"]: commas separate, a leading # is dropped, repeats (any case) go. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,，၊\n]/)) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** Whether two records hold the same data, whatever the order of their fields. */
export function sameRecord(a: object, b: object): boolean {
  const canonical = (value: object) => JSON.stringify(value, Object.keys(value).sort());
  return canonical(a) === canonical(b);
}
