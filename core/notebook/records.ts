import type { ArticleFacts, Person } from '../extract/types';
import { splitSentences } from '../extract/sentences';
import { textFragmentUrl } from '../format/text-fragment';
import { editionForUrl, parseUrl, siteForUrl } from '../sites';
import type { PageSource } from './page-source';
import { factId, factKey, type FactKey, type KeptArticle, type KeptFact } from './types';

/**
 * The notebook records for facts a reader keeps: the article's record and
 * one record per fact, built from what the panel shows (pure; the background
 * calls it with the content script's request and the clock's time).
 */

export interface KeepRequest {
  source: PageSource;
  facts: ArticleFacts;
  /** The body paragraphs the facts' spans point into (a person's sentence is found there). */
  paragraphs: string[];
  /** The facts to keep; null keeps every fact of the article. */
  keys: FactKey[] | null;
}

/** Query parameters that only track where a reader came from; never part of an article's identity. */
const TRACKING_PARAMETER = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|amp)$/i;

/**
 * The article's address in the notebook: the canonical one when it is an
 * address of the same site (a page cannot file itself under another), else
 * the address read; without fragment or tracking parameters.
 */
export function articleAddress(source: Pick<PageSource, 'url' | 'canonical'>): string {
  const page = parseUrl(source.url);
  let canonical: URL | null = null;
  try {
    canonical = source.canonical && page ? new URL(source.canonical, page) : null;
  } catch {
    canonical = null;
  }
  const chosen = canonical && /^https?:$/.test(canonical.protocol) && editionForUrl(canonical) ? canonical : page;
  if (!chosen) return source.url;
  const address = new URL(chosen.href);
  address.hash = '';
  for (const name of [...address.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) address.searchParams.delete(name);
  return address.href;
}

/** "By Nan Lwin and Kyaw Hsan Hlaing" -> ["Nan Lwin", "Kyaw Hsan Hlaing"]: each name whole, as written. */
export function splitAuthors(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** The sentence of a paragraph that holds the character at `offset`. */
export function sentenceAt(paragraph: string, offset: number): string {
  const sentence = splitSentences(paragraph).find((s) => offset < s.end);
  return sentence ? paragraph.slice(sentence.start, sentence.end) : paragraph;
}

/** Letters and marks (Burmese vowel signs are marks): a name found inside a longer word is not that name. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function names(person: Person): RegExp {
  const forms = [person.name, ...person.aliases].map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${forms})(?![\\p{L}\\p{M}])`, 'u');
}

/** The people of the article named in a sentence, by any form the article uses. */
export function peopleIn(sentence: string, people: readonly Person[]): string[] {
  return people.filter((person) => names(person).test(sentence)).map((person) => person.name);
}

/** YYYY-MM-DD of a moment in the reader's own time zone (the day they read it). */
export function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export function articleRecord(request: KeepRequest, now: Date): KeptArticle {
  const { source, facts } = request;
  const url = articleAddress(source);
  return {
    url,
    title: facts.title,
    authors: splitAuthors(facts.byline),
    published: facts.published,
    edition: editionForUrl(url) ?? 'en',
    section: source.section,
    publication: source.siteName ?? siteForUrl(url)?.name ?? new URL(url).hostname,
    accessed: localDay(now),
  };
}

/** The facts the request asks to keep, as records of the article at `articleUrl`. */
export function factRecords(request: KeepRequest, articleUrl: string, now: Date): KeptFact[] {
  const { facts, paragraphs, keys } = request;
  const wanted = keys && new Set(keys);
  const time = now.toISOString();
  const record = (fields: Pick<KeptFact, 'key' | 'kind' | 'text' | 'value' | 'unit' | 'title' | 'role' | 'people' | 'order' | 'sentence'>): KeptFact => ({
    id: factId(articleUrl, fields.key),
    articleUrl,
    ...fields,
    link: textFragmentUrl(articleUrl, fields.sentence),
    note: '',
    tags: [],
    kept: time,
    changed: time,
  });
  const records: KeptFact[] = [];
  facts.figures.forEach((figure, order) => {
    const key = factKey('figure', figure.text);
    if (wanted && !wanted.has(key)) return;
    const { text, kind, value, unit, context } = figure;
    records.push(record({ key, kind, text, value, unit, title: null, role: null, people: peopleIn(context, facts.people), order, sentence: context }));
  });
  facts.people.forEach((person, index) => {
    const key = factKey('person', person.name);
    if (wanted && !wanted.has(key)) return;
    const first = person.spans[0];
    const paragraph = first && paragraphs[first.paragraph];
    const sentence = paragraph ? sentenceAt(paragraph, first.start) : person.name;
    const order = facts.figures.length + index;
    records.push(record({ key, kind: 'person', text: person.name, value: null, unit: null, title: person.title, role: person.role, people: [person.name], order, sentence }));
  });
  return records;
}
