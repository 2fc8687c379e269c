import type { FigureKind } from '../extract/types';

/**
 * The research notebook's records: the articles a reader kept facts from and
 * the facts themselves. Stored in the extension's IndexedDB, exported and
 * imported as JSON (notebook-json.ts); every other format is made from these.
 */

export type Edition = 'en' | 'my';
/** A figure's kind, or 'person' for a named person. */
export type FactKind = FigureKind | 'person';
export const FACT_KINDS: readonly FactKind[] = ['money', 'percent', 'count', 'quantity', 'duration', 'person'];

export interface KeptArticle {
  /** The canonical address, without fragment or tracking parameters: one article, one record. */
  url: string;
  title: string | null;
  /** Each author as written, never split into given and family names (Burmese names have none). */
  authors: string[];
  /** YYYY-MM-DD, as published, or null. */
  published: string | null;
  edition: Edition;
  /** The site's section ("War Against the Junta"), or null. */
  section: string | null;
  /** The publication's name as the site gives it ("The Irrawaddy", "ဧရာဝတီ"). */
  publication: string;
  /** YYYY-MM-DD: the day the reader first kept a fact from it (the citation's "accessed"). */
  accessed: string;
}

export interface KeptFact {
  /** `${articleUrl} ${key}`: keeping the same fact again never makes a second record. */
  id: string;
  articleUrl: string;
  /** Which fact of the article: "figure:US$1.63 billion", "person:Min Aung Hlaing" (FactKey). */
  key: string;
  kind: FactKind;
  /** The figure's exact words, or the person's name. */
  text: string;
  value: number | null;
  /** Currency, unit or counted noun of a figure; null for a person. */
  unit: string | null;
  /** A person's rank or office ("Snr-Gen"); null for a figure. */
  title: string | null;
  /** A person's role as the article states it; null for a figure. */
  role: string | null;
  /** People of the article named in the same sentence (a person's own fact names them). */
  people: string[];
  /** Where the fact stands in the article's panel (figures in reading order, then people): ties in any sort keep this order. */
  order: number;
  /** The sentence the fact came from (a person's: the first that names them). */
  sentence: string;
  /** The article address with a text fragment that opens it at that sentence. */
  link: string;
  note: string;
  tags: string[];
  /** ISO date-time the fact was first kept. */
  kept: string;
  /** ISO date-time of the last change to its note or tags (merges keep the newer). */
  changed: string;
}

export interface Notebook {
  articles: KeptArticle[];
  facts: KeptFact[];
}

/** The panel's handle on one fact of the page: kind and text, unique within an article. */
export type FactKey = string;

export function factKey(kind: 'figure' | 'person', text: string): FactKey {
  return `${kind}:${text}`;
}

export function factId(articleUrl: string, key: FactKey): string {
  return `${articleUrl} ${key}`;
}

/** Each article of a notebook by its address. */
export function articlesByUrl(notebook: Notebook): Map<string, KeptArticle> {
  return new Map(notebook.articles.map((article) => [article.url, article]));
}

/** The articles that facts come from, in the order of their first fact. */
export function articlesOf(notebook: Notebook): KeptArticle[] {
  const byUrl = articlesByUrl(notebook);
  const urls = [...new Set(notebook.facts.map((fact) => fact.articleUrl))];
  return urls.map((url) => byUrl.get(url)).filter((article): article is KeptArticle => !!article);
}
