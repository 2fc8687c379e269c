import { isArticlePage } from '../detect/article';
import { findArticleParts, safeQueryAll, type ArticleParts } from '../detect/body';
import { siteForUrl } from '../sites';
import { analyse } from './analyse';
import { readBodyText, type BodyText } from './body-text';
import { findFigures } from './figures';
import { findPeople } from './people';
import type { ArticleFacts, Figure, Person } from './types';

/**
 * The facts of an article page: metadata, named people and key figures of
 * its body. Pure (no browser APIs, no storage, no timers): the content
 * script, the command-line tool and the tests call it alike.
 */

export type { ArticleFacts, Figure, FigureKind, Person, TextSpan } from './types';
export { readBodyText, textSpanToRange, type BodyText, type Paragraph } from './body-text';

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

/** `found`: the article parts when the caller has located them already (the content script has). */
export function extractArticle(doc: Document, url: string, found?: ArticleParts): ArticleExtraction {
  const none: ArticleFacts = { url, isArticle: false, title: null, byline: null, published: null, people: [], figures: [] };
  if (!found && !isArticlePage(url, doc)) return { facts: none, body: null };
  const site = siteForUrl(url);
  const parts = found ?? findArticleParts(doc, site);
  const body = parts ? readBodyText(parts.body, site?.bodyExclude ?? []) : null;
  const facts = body ? extractFromParagraphs(body.paragraphs.map((p) => p.text)) : { people: [], figures: [] };
  return {
    facts: {
      url,
      isArticle: true,
      title: metaContent(doc, 'meta[property="og:title"]') ?? textOf(parts?.title ?? doc.querySelector('h1')),
      byline: byline(doc, site?.keep.byline ?? []),
      published: isoDate(metaContent(doc, 'meta[property="article:published_time"]')),
      ...facts,
    },
    body,
  };
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
  return { people: findPeople(analysed), figures: findFigures(analysed) };
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function textOf(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Byline markup common to WordPress themes, tried after the site's own selectors. */
const GENERIC_BYLINE = ['.byline .author', '.author.vcard', '[rel="author"]', '.byline'];
/** schema.org author in JSON-LD: "author": {"name": "…"} or "author": [{"name": "…"}]. */
const LD_AUTHOR = /"author"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"/;

/** The byline's linked name, else its text without "by", else meta author, else JSON-LD author. */
function byline(doc: Document, selectors: string[]): string | null {
  for (const selector of [...selectors, ...GENERIC_BYLINE]) {
    const el = safeQueryAll(doc, selector)[0];
    if (!el) continue;
    const name = textOf(el.querySelector('a')) ?? textOf(el)?.replace(/^by\s+/i, '');
    if (name) return name;
  }
  const meta = metaContent(doc, 'meta[name="author"]');
  if (meta) return meta;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = LD_AUTHOR.exec(script.textContent ?? '');
    if (m) return m[1];
  }
  return null;
}

/** "2017-06-24T09:39:00+06:30" → "2017-06-24" (the date as published, in the site's time zone). */
function isoDate(value: string | null): string | null {
  const m = value && /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return m ? m[1] : null;
}
