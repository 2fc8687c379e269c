import type { SiteRules } from '../sites';
import { ARTICLE_META } from './generic-rules';
import { scoreBody } from './body-score';

/**
 * Where the article is on the page: its body container and the parts a reader
 * must always see (title, byline, date, featured image and caption). Site
 * selectors first; when they find nothing, the generic scorer (body-score.ts).
 */

export interface ArticleParts {
  body: Element;
  /** Title, byline, date, featured image, caption: never hidden. */
  keep: Element[];
  title: Element | null;
  via: 'site' | 'generic';
}

/** A body must hold at least this much paragraph text to count. */
const MIN_BODY_TEXT = 140;

export function findArticleParts(doc: Document, site: SiteRules | null): ArticleParts | null {
  // A short article (a photo post, a one-line brief) is still the site's body: prose found elsewhere would be a box beside it.
  const siteBody = site ? (firstMatch(doc, site.body, isSubstantialBody) ?? firstMatch(doc, site.body, hasText)) : null;
  const body = siteBody ?? scoreBody(doc);
  if (!body) return null;
  const title = (site && firstMatch(doc, site.keep.title)) ?? genericTitle(doc, body);
  const keep: Element[] = [body];
  if (title) {
    keep.push(title);
    // Byline, date and featured image stand between the title and the body, whatever the theme calls them.
    for (const el of safeQueryAll(doc, ARTICLE_META.join(', '))) {
      if (follows(el, title) && follows(body, el) && !el.contains(body)) keep.push(el);
    }
  }
  if (site) {
    // Related posts and sidebars repeat the byline and date classes: take the first after the title.
    for (const selector of [...site.keep.byline, ...site.keep.date, ...site.keep.featured]) {
      const first = safeQueryAll(doc, selector).find((el) => !title || follows(el, title));
      if (first) keep.push(first);
    }
    keep.push(...proseInHiddenBoxes(body, site));
  }
  return { body, keep: [...new Set(keep)], title, via: siteBody ? 'site' : 'generic' };
}

/** A paragraph with this much text outside links is prose (as clutter.ts judges boxes). */
const PROSE_PARAGRAPH = 80;

/**
 * Body paragraphs that a box the site rules hide has swallowed: an unclosed
 * tag in a related-posts widget runs the rest of the article into it. Kept,
 * so the box stays visible with them (the generic detector never hides prose
 * either).
 */
function proseInHiddenBoxes(body: Element, site: SiteRules): Element[] {
  const prose = new Set<Element>();
  // Most bodies hold no such box, or a few: one query, then only their paragraphs are read.
  for (const box of safeQueryAll(body, Object.values(site.hide).flat().join(', '))) {
    for (const p of box.querySelectorAll('p')) {
      let linkText = 0;
      for (const a of p.querySelectorAll('a')) linkText += (a.textContent ?? '').trim().length;
      if ((p.textContent ?? '').trim().length - linkText >= PROSE_PARAGRAPH) prose.add(p);
    }
  }
  return [...prose];
}

function follows(el: Element, anchor: Element): boolean {
  return !!(anchor.compareDocumentPosition(el) & 4 /* DOCUMENT_POSITION_FOLLOWING */);
}

function isSubstantialBody(el: Element): boolean {
  let text = 0;
  for (const p of el.querySelectorAll('p')) text += (p.textContent ?? '').trim().length;
  return text >= MIN_BODY_TEXT || (el.textContent ?? '').trim().length >= MIN_BODY_TEXT * 2;
}

function hasText(el: Element): boolean {
  return /[\p{L}\p{N}]/u.test(el.textContent ?? '');
}

function firstMatch(doc: Document, selectors: string[], accept: (el: Element) => boolean = () => true): Element | null {
  for (const selector of selectors) {
    const found = safeQueryAll(doc, selector).find(accept);
    if (found) return found;
  }
  return null;
}

/** A selector the engine rejects matches nothing (fail soft, never throw into the page). */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

function genericTitle(doc: Document, body: Element): Element | null {
  const headings = [...doc.querySelectorAll('h1')];
  // The article's h1 stands before its body in document order; prefer the nearest one.
  const before = headings.filter((h) => !body.contains(h) && follows(body, h));
  return before.at(-1) ?? headings[0] ?? null;
}
