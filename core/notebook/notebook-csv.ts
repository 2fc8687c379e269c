import { csvRow } from '../format/csv';
import { articlesByUrl, type Notebook } from './types';

/**
 * The kept facts as CSV (RFC 4180, as the panel's copies): one row per fact,
 * its article's citation in every row, so a spreadsheet can sort and filter
 * them and each row stays cited. Lists are joined with "; ".
 */

export const NOTEBOOK_CSV_COLUMNS = [
  'kind',
  'text',
  'value',
  'unit',
  'person_title',
  'role',
  'people',
  'sentence',
  'note',
  'tags',
  'link',
  'kept',
  'article_title',
  'article_authors',
  'article_published',
  'article_section',
  'article_edition',
  'publication',
  'article_url',
  'accessed',
] as const;

export function notebookCsv(notebook: Notebook): string {
  const articles = articlesByUrl(notebook);
  const rows = notebook.facts.map((fact) => {
    const article = articles.get(fact.articleUrl);
    return csvRow([
      fact.kind,
      fact.text,
      fact.value,
      fact.unit,
      fact.title,
      fact.role,
      fact.people.join('; '),
      fact.sentence,
      fact.note,
      fact.tags.join('; '),
      fact.link,
      fact.kept,
      article?.title,
      article?.authors.join('; '),
      article?.published,
      article?.section,
      article?.edition,
      article?.publication,
      fact.articleUrl,
      article?.accessed,
    ]);
  });
  return csvRow([...NOTEBOOK_CSV_COLUMNS]) + rows.join('');
}
