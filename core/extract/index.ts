import type { ArticleParts } from '../detect/body';
import { analyse } from './analyse';
import { findBurmesePeople } from './burmese/people';
import { readArticle } from './article';
import type { BodyText } from './body-text';
import { findFigures } from './figures';
import { findPeople } from './people';
import type { ArticleFacts, Figure, Person } from './types';

/**
 * The facts of an article page: metadata, named people and key figures of
 * its body. Pure (no browser APIs, no storage, no timers): the extension,
 * the command-line tool and the tests call it alike. It runs in two halves:
 * readArticle (article.ts) reads the page; extractFromParagraphs takes plain
 * text, so the extension runs it in its background, off the page.
 */

export type { ArticleFacts, Figure, FigureKind, Person, TextSpan } from './types';
export { readBodyText, textSpanToRange, type BodyText, type Paragraph } from './body-text';
export { readArticle, type ArticleMeta, type ArticleText } from './article';

export interface ExtractedFacts {
  people: Person[];
  figures: Figure[];
}

/** ArticleFacts plus the body text the spans point into (for highlighting). */
export interface ArticleExtraction {
  facts: ArticleFacts;
  body: BodyText | null;
}

export function extractFacts(doc: Document, url: string): ArticleFacts {
  return extractArticle(doc, url).facts;
}

/** `found`: the article parts when the caller has located them already. */
export function extractArticle(doc: Document, url: string, found?: ArticleParts): ArticleExtraction {
  const { meta, body } = readArticle(doc, url, found);
  const facts = body ? extractFromParagraphs(body.paragraphs.map((p) => p.text)) : { people: [], figures: [] };
  return { facts: { ...meta, ...facts }, body };
}

/**
 * Runs of white space to collapse to one space: two or more, or one that is
 * not a space. (A single space is left alone, so text already normalised,
 * as body text is, is not copied.)
 */
const EXTRA_SPACE = /\s{2,}|[^\S ]/g;

/** People and figures of body paragraphs given as plain text. */
export function extractFromParagraphs(paragraphs: readonly string[]): ExtractedFacts {
  const analysed = analyse(paragraphs.map((p) => p.replace(EXTRA_SPACE, ' ').trim()));
  return { people: [...findPeople(analysed), ...findBurmesePeople(analysed)], figures: findFigures(analysed) };
}
