import { articlesByUrl, type Edition, type FactKind, type KeptArticle, type KeptFact, type Notebook } from './types';

/**
 * Finding kept facts again: search, filters, sort and grouping, as the
 * notebook page offers them. Pure: the page keeps the query and renders
 * what these return.
 */

export type NotebookSort = 'kept-newest' | 'kept-oldest' | 'published-newest' | 'published-oldest' | 'value-largest' | 'text';
export type NotebookGrouping = 'none' | 'article' | 'person';

export interface NotebookQuery {
  /** Words that must all appear in the fact, its sentence, note, tags or article title (any case). */
  search: string;
  kind: FactKind | null;
  /** Facts that name this person (a person's own fact, a figure in a sentence naming them). */
  person: string | null;
  tag: string | null;
  edition: Edition | null;
  /** YYYY-MM-DD bounds, inclusive, on the article's date (published, else accessed). */
  from: string | null;
  to: string | null;
  sort: NotebookSort;
}

export const EMPTY_QUERY: NotebookQuery = { search: '', kind: null, person: null, tag: null, edition: null, from: null, to: null, sort: 'kept-newest' };

export interface FactGroup {
  /** The article's address, the person's name, or '' for the group of facts naming no one. */
  key: string;
  /** The article when grouped by article. */
  article?: KeptArticle;
  facts: KeptFact[];
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase();

/** The date a fact is filtered and sorted by: its article's publication, else the day it was read. */
const dayOf = (article: KeptArticle | undefined) => article?.published ?? article?.accessed ?? '';

export function selectFacts(notebook: Notebook, query: NotebookQuery): KeptFact[] {
  const articles = articlesByUrl(notebook);
  const words = fold(query.search).split(/\s+/).filter(Boolean);
  const tag = query.tag && fold(query.tag);
  const selected = notebook.facts.filter((fact) => {
    const article = articles.get(fact.articleUrl);
    if (query.kind && fact.kind !== query.kind) return false;
    if (query.person && !fact.people.includes(query.person)) return false;
    if (tag && !fact.tags.some((t) => fold(t) === tag)) return false;
    if (query.edition && article?.edition !== query.edition) return false;
    const day = dayOf(article);
    if ((query.from && day < query.from) || (query.to && day > query.to)) return false;
    if (!words.length) return true;
    const haystack = fold([fact.text, fact.sentence, fact.note, fact.role ?? '', ...fact.tags, article?.title ?? ''].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
  return sortFacts(selected, query.sort, articles);
}

function sortFacts(facts: KeptFact[], sort: NotebookSort, articles: Map<string, KeptArticle>): KeptFact[] {
  const published = (fact: KeptFact) => dayOf(articles.get(fact.articleUrl));
  const compare: Record<NotebookSort, (a: KeptFact, b: KeptFact) => number> = {
    'kept-newest': (a, b) => b.kept.localeCompare(a.kept),
    'kept-oldest': (a, b) => a.kept.localeCompare(b.kept),
    'published-newest': (a, b) => published(b).localeCompare(published(a)),
    'published-oldest': (a, b) => published(a).localeCompare(published(b)),
    // Figures by value, largest first; people (no value) after them.
    'value-largest': (a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || 0,
    text: (a, b) => a.text.localeCompare(b.text),
  };
  // Ties (facts kept together, people without a value) keep the article's order.
  const inArticle = (a: KeptFact, b: KeptFact) => a.articleUrl.localeCompare(b.articleUrl) || a.order - b.order;
  return [...facts].sort((a, b) => compare[sort](a, b) || inArticle(a, b));
}

/**
 * Facts in groups, each group in the facts' order: by article (in the order
 * their facts come) or by person (most facts first; a figure naming two people
 * is in both groups; facts naming no one last).
 */
export function groupFacts(facts: readonly KeptFact[], grouping: NotebookGrouping, notebook: Notebook): FactGroup[] {
  if (grouping === 'none') return [{ key: '', facts: [...facts] }];
  const groups = new Map<string, KeptFact[]>();
  const add = (key: string, fact: KeptFact) => groups.set(key, [...(groups.get(key) ?? []), fact]);
  for (const fact of facts) {
    if (grouping === 'article') add(fact.articleUrl, fact);
    else if (fact.people.length) for (const person of fact.people) add(person, fact);
    else add('', fact);
  }
  if (grouping === 'article') {
    const articles = articlesByUrl(notebook);
    return [...groups].map(([key, list]) => ({ key, article: articles.get(key), facts: list }));
  }
  return [...groups]
    .map(([key, list]) => ({ key, facts: list }))
    .sort((a, b) => Number(!a.key) - Number(!b.key) || b.facts.length - a.facts.length || a.key.localeCompare(b.key));
}

/** The choices the filters offer: every person named and every tag used, in alphabetical order. */
export function facetsOf(notebook: Notebook): { people: string[]; tags: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return { people: sorted(notebook.facts.flatMap((f) => f.people)), tags: sorted(notebook.facts.flatMap((f) => f.tags)) };
}
