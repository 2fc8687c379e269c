import type { ArticleFacts, Figure, Person } from '../extract/types';
import { citationOf, type Citation } from './citation';
import type { Formatter } from './types';

/**
 * CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled): one row per person or figure, with the article's
 * citation in every row so rows stay cited once pasted elsewhere.
 */

export const CSV_COLUMNS = ['type', 'text', 'kind', 'value', 'unit', 'title', 'role', 'aliases', 'mentions', 'context', 'source_title', 'source_author', 'source_date', 'source_url'] as const;

export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

const header = () => csvRow([...CSV_COLUMNS]);
const sourceFields = (c?: Citation) => [c?.title, c?.author, c?.date, c?.url];

function personFields(p: Person, c?: Citation) {
  return ['person', p.name, null, null, null, p.title, p.role, p.aliases.join('; '), p.mentions, null, ...sourceFields(c)];
}

function figureFields(f: Figure, c?: Citation) {
  return ['figure', f.text, f.kind, f.value, f.unit, null, null, null, f.spans.length, f.context, ...sourceFields(c)];
}

/** The rows of one article without the header, to append several articles to one table. */
function rows(facts: ArticleFacts): string {
  const c = citationOf(facts);
  return [...facts.people.map((p) => csvRow(personFields(p, c))), ...facts.figures.map((f) => csvRow(figureFields(f, c)))].join('');
}

export const csv: Formatter & { header(): string; rows(facts: ArticleFacts): string } = {
  header,
  rows,
  facts: (facts) => header() + rows(facts),
  person: (p, source) => header() + csvRow(personFields(p, source)),
  figure: (f, source) => header() + csvRow(figureFields(f, source)),
  citation: (c) => csvRow(['title', 'author', 'date', 'url']) + csvRow([c.title, c.author, c.date, c.url]),
};
