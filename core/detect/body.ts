import { rulesFitPage, siteHideSelectors, type SiteRules } from '../sites';
import { ARTICLE_META } from './generic-rules';
import { BODY_SCORE, findBody } from './body-score';
import { firstMatch, safeQueryAll } from './selectors';
import { isProseParagraph, TextMeasure } from './text-measure';

/**
 * Where the article is on the page: its body container and the parts a reader
 * must always see (title, byline, date, featured image and caption). Site
 * selectors first; when they find nothing, the generic finder (body-score.ts).
 */

export { safeQueryAll } from './selectors';

export interface ArticleParts {
  body: Element;
  /** Title, byline, date, featured image, caption: never hidden. */
  keep: Element[];
  title: Element | null;
  /** The site rules the parts were looked for with (null: a site we have no rules for). */
  site: SiteRules | null;
  /** The byline by the site rules: the first after the title (menus and related posts repeat its class). */
  byline: Element | null;
  via: 'site' | 'generic';
  /**
   * The site rules found the body and all of their frame is on the page
   * (rulesFitPage): the page is in the markup they were written for, so
   * their hide and keep rules are the whole story outside the body.
   */
  fit: boolean;
}

export function findArticleParts(doc: Document, site: SiteRules | null): ArticleParts | null {
  // A short article (a photo post, a one-line brief) is still the site's body: prose found elsewhere would be a box beside it.
  const siteBody = site ? (firstMatch(doc, site.body, isSubstantialBody) ?? firstMatch(doc, site.body, hasText)) : null;
  const body = siteBody ?? findBody(doc).body;
  if (!body) return null;
  const title = (site && firstMatch(doc, site.keep.title)) ?? genericTitle(doc, body);
  const fit = !!siteBody && rulesFitPage(doc, site);
  const keep: Element[] = [body];
  if (title) keep.push(title);
  // Byline, date and featured image stand between the title and the body, whatever the theme calls them (all of them inside
  // the box that holds both: a subtree is one stretch of the document's order). Where the site rules fit, theirs name them.
  if (title && !fit) {
    for (const el of safeQueryAll(commonAncestor(title, body), ARTICLE_META.join(', '))) {
      if (follows(el, title) && follows(body, el) && !el.contains(body)) keep.push(el);
    }
  }
  let byline: Element | null = null;
  if (site) {
    // Related posts and sidebars repeat the byline and date classes: take the first after the title.
    const firstAfterTitle = (selector: string) => {
      const found = safeQueryAll(doc, selector);
      return (title ? firstFollowing(found, title) : found[0]) ?? null;
    };
    const bylines = site.keep.byline.map(firstAfterTitle);
    byline = bylines.find((el) => el !== null) ?? null;
    for (const el of [...bylines, ...site.keep.date.map(firstAfterTitle), ...site.keep.featured.map(firstAfterTitle)]) if (el) keep.push(el);
    keep.push(...proseInHiddenBoxes(body, site));
  }
  return { body, keep: [...new Set(keep)], title, site, byline, via: siteBody ? 'site' : 'generic', fit };
}

/**
 * Body paragraphs that a box the site rules hide has swallowed: an unclosed
 * tag in a related-posts widget runs the rest of the article into it. Kept,
 * so the box stays visible with them (the generic detector never hides prose
 * either).
 */
function proseInHiddenBoxes(body: Element, site: SiteRules): Element[] {
  const prose = new Set<Element>();
  const measure = new TextMeasure();
  // Most bodies hold no such box, or a few: one query, then only their paragraphs are read.
  for (const box of safeQueryAll(body, siteHideSelectors(site).join(', '))) {
    for (const p of box.querySelectorAll('p')) if (isProseParagraph(p, measure.get(p))) prose.add(p);
  }
  return [...prose];
}

/**
 * The first of `els`, in document order, that comes after `anchor`. Those
 * before it all come first, so a binary search finds it: menus above the
 * title can hold dozens of post dates.
 */
function firstFollowing(els: Element[], anchor: Element): Element | undefined {
  let low = 0;
  let high = els.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (follows(els[mid], anchor)) high = mid;
    else low = mid + 1;
  }
  return els[low];
}

function follows(el: Element, anchor: Element): boolean {
  return !!(anchor.compareDocumentPosition(el) & 4 /* DOCUMENT_POSITION_FOLLOWING */);
}

/** The innermost element holding both. */
function commonAncestor(a: Element, b: Element): Element {
  let el: Element = a;
  while (!el.contains(b) && el.parentElement) el = el.parentElement;
  return el;
}

function isSubstantialBody(el: Element): boolean {
  // All its text first (one call): a whole article passes here, without reading its paragraphs one by one.
  if ((el.textContent ?? '').trim().length >= BODY_SCORE.minBodyText * 2) return true;
  let text = 0;
  for (const p of el.querySelectorAll('p')) text += (p.textContent ?? '').trim().length;
  return text >= BODY_SCORE.minBodyText;
}

function hasText(el: Element): boolean {
  return /[\p{L}\p{N}]/u.test(el.textContent ?? '');
}

function genericTitle(doc: Document, body: Element): Element | null {
  const headings = [...doc.querySelectorAll('h1')];
  // The article's h1 stands before its body in document order; prefer the nearest one.
  const before = headings.filter((h) => !body.contains(h) && follows(body, h));
  return before.at(-1) ?? headings[0] ?? null;
}
