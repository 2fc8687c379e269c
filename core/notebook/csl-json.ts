import { articlesOf, type Notebook } from './types';

/**
 * The articles as CSL-JSON, the citation data Zotero, Mendeley, Pandoc and
 * citeproc read: type article-newspaper, and every author as a `literal`
 * name, because a Burmese name has no family name to sort or abbreviate by
 * ("Nan Lwin" is never "Lwin, N.").
 */

interface CslDate {
  'date-parts': [[number, number, number]];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  'container-title': string;
  author: { literal: string }[];
  issued?: CslDate;
  accessed: CslDate;
  section?: string;
  language: string;
  URL: string;
}

function cslDate(day: string): CslDate {
  const [year, month, date] = day.split('-').map(Number);
  return { 'date-parts': [[year, month, date]] };
}

export function cslJson(notebook: Notebook): string {
  const items: CslItem[] = articlesOf(notebook).map((article) => ({
    id: article.url,
    type: 'article-newspaper',
    ...(article.title && { title: article.title }),
    'container-title': article.publication,
    author: article.authors.map((literal) => ({ literal })),
    ...(article.published && { issued: cslDate(article.published) }),
    accessed: cslDate(article.accessed),
    ...(article.section && { section: article.section }),
    language: article.edition,
    URL: article.url,
  }));
  return JSON.stringify(items, null, 2) + '\n';
}
