import type { ArticleFacts } from '../extract/types';

/** Where a fact comes from: enough to cite the article. */
export interface Citation {
  title: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  date: string | null;
  url: string;
}

export function citationOf(facts: Pick<ArticleFacts, 'title' | 'byline' | 'published' | 'url'>): Citation {
  return { title: facts.title, author: facts.byline, date: facts.published, url: facts.url };
}

/** "Title", Author, 2017-06-24, url — the parts that exist, in citation order. */
export function citationParts(c: Citation): string[] {
  return [c.title, c.author, c.date].filter((x): x is string => !!x);
}
