import { articlesOf, type KeptFact, type Notebook } from './types';

/**
 * The articles as RIS, the tagged format every reference manager imports:
 * TY  - NEWS (Zotero: newspaper article), each author whole on its own AU
 * line with no comma (Zotero then keeps it as one single-field name instead
 * of guessing a family name), the section in SE, the access date in Y2, the
 * facts as notes (N1, one per fact) and their tags as keywords (KW).
 */

/** A value on one line: a line break would start a new tag. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** YYYY-MM-DD -> YYYY/MM/DD, as RIS writes dates. */
const risDate = (day: string) => day.replace(/-/g, '/');

function factNote(fact: KeptFact): string {
  const detail = fact.kind === 'person' ? ['person', fact.title, fact.role].filter(Boolean).join(', ') : fact.kind;
  return [`${fact.text} (${detail}): “${fact.sentence}”`, fact.note && `Note: ${fact.note}`, fact.link].filter(Boolean).join(' ');
}

export function ris(notebook: Notebook): string {
  const records = articlesOf(notebook).map((article) => {
    const facts = notebook.facts.filter((fact) => fact.articleUrl === article.url);
    const tags = [...new Set(facts.flatMap((fact) => fact.tags))];
    const lines: [string, string | null][] = [
      ['TY', 'NEWS'],
      ['TI', article.title],
      ...article.authors.map((name): [string, string] => ['AU', name.replace(/,/g, ' ')]),
      ['T2', article.publication],
      ['SE', article.section],
      ['PY', article.published?.slice(0, 4) ?? null],
      ['DA', article.published && risDate(article.published)],
      ['LA', article.edition],
      ['UR', article.url],
      ['Y2', risDate(article.accessed)],
      ...tags.map((tag): [string, string] => ['KW', tag]),
      ...facts.map((fact): [string, string] => ['N1', factNote(fact)]),
    ];
    return lines
      .filter(([, value]) => value)
      .map(([tag, value]) => `${tag}  - ${oneLine(value!)}\r\n`)
      .join('')
      .concat('ER  - \r\n');
  });
  return records.join('\r\n');
}
