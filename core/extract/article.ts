import { isArticlePage } from '../detect/article';
import { notArticleText } from '../detect/article-text';
import { findArticleParts, type ArticleParts } from '../detect/body';
import { safeQuery } from '../detect/selectors';
import { siteForUrl } from '../sites';
import { readBodyText, type BodyText } from './body-text';
import type { ArticleFacts } from './types';

/**
 * The half of extraction that reads the page: the article's metadata and its
 * body as paragraphs of text mapped to the DOM. The other half, people and
 * figures from those paragraphs, is text in and data out
 * (extractFromParagraphs in index.ts): the extension runs it in its
 * background, off the page's main thread.
 */

export type ArticleMeta = Omit<ArticleFacts, 'people' | 'figures'>;

export interface ArticleText {
  meta: ArticleMeta;
  body: BodyText | null;
}

/**
 * `found`: the article parts when the caller has located them already (the
 * content script has); `bodyClutter`: what the generic detector hides inside
 * the body, when its scan has run (else it is judged here, the same way).
 */
export function readArticle(doc: Document, url: string, found?: ArticleParts, bodyClutter?: readonly Element[]): ArticleText {
  if (!found && !isArticlePage(url, doc)) return { meta: { url, isArticle: false, title: null, byline: null, published: null }, body: null };
  const parts = found ?? findArticleParts(doc, siteForUrl(url));
  return {
    meta: {
      url,
      isArticle: true,
      title: metaContent(doc, 'meta[property="og:title"]') ?? textOf(parts?.title ?? doc.querySelector('h1')),
      byline: byline(doc, parts?.byline ?? null),
      published: isoDate(metaContent(doc, 'meta[property="article:published_time"]')),
    },
    body: parts ? readBodyText(parts.body, notArticleText(parts, bodyClutter)) : null,
  };
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

function textOf(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** A byline's linked name, else its text without "by". */
function nameIn(el: Element | null): string | null {
  return el && (textOf(el.querySelector('a')) ?? textOf(el)?.replace(/^by\s+/i, '') ?? null);
}

/** Byline markup common to WordPress themes, tried after the site's own selectors. */
const GENERIC_BYLINE = ['.byline .author', '.author.vcard', '[rel="author"]', '.byline'];
/** schema.org author in JSON-LD: "author": {"name": "…"} or "author": [{"name": "…"}]. */
const LD_AUTHOR = /"author"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"/;

/** The site's byline (found with the article's parts), else a generic one; else meta author, else JSON-LD author. */
function byline(doc: Document, siteByline: Element | null): string | null {
  let name = nameIn(siteByline);
  for (const selector of GENERIC_BYLINE) name ||= nameIn(safeQuery(doc, selector));
  if (name) return name;
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
