import { escapeMarkdown } from '../format/markdown';
import { articlesOf, type KeptArticle, type KeptFact, type Notebook } from './types';

/**
 * The kept facts as Markdown for notes and reports: one section per article
 * with its full citation, then its facts, each with the sentence it came
 * from, a link to that passage, and the reader's note and tags.
 */

const EDITION_NAMES = { en: 'English edition', my: 'Burmese edition' } as const;

/** Text on one line, with Markdown's own characters escaped. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

function citation(article: KeptArticle): string {
  return [
    article.authors.map(inline).join(', '),
    `*${inline(article.publication)}*`,
    article.section && inline(article.section),
    article.published && `published ${article.published}`,
    EDITION_NAMES[article.edition],
    `accessed ${article.accessed}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function factLines(fact: KeptFact): string[] {
  const detail = fact.kind === 'person' ? ['person', fact.title, fact.role].filter(Boolean).map((part) => inline(part!)).join(', ') : fact.kind;
  const lines = [`- **${inline(fact.text)}** (${detail}): “${inline(fact.sentence)}” [passage](${fact.link})`];
  if (fact.note) lines.push(`  - Note: ${inline(fact.note)}`);
  if (fact.tags.length) lines.push(`  - Tags: ${fact.tags.map(inline).join(', ')}`);
  return lines;
}

export function notebookMarkdown(notebook: Notebook): string {
  const lines = ['# Ayeyar notebook', ''];
  for (const article of articlesOf(notebook)) {
    const title = article.title ? `[${inline(article.title)}](${article.url})` : `<${article.url}>`;
    lines.push(`## ${title}`, '', citation(article), '');
    for (const fact of notebook.facts) if (fact.articleUrl === article.url) lines.push(...factLines(fact));
    lines.push('');
  }
  return lines.join('\n');
}
