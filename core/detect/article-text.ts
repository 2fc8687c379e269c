import { siteHideSelectors } from '../sites';
import type { ArticleParts } from './body';
import { findBodyClutter } from './clutter';
import { matcherFor } from './selectors';
import { linkDensity, TextMeasure } from './text-measure';

/**
 * What of the article body is article text: one decision, which clean mode
 * and extraction share, so the facts panel reads what the reader reads. Not
 * article text:
 *   - every box the site rules hide or exclude from the body (related
 *     posts, share bars, captions, ads);
 *   - every box the generic detector hides inside the body (findBodyClutter:
 *     the judge the full scan uses);
 *   - lists of links: every item of the list is a link (headlines of other
 *     stories), whether or not the page shows it.
 */

export const ARTICLE_TEXT = {
  /** A list item is a link when this share of its text is link text. */
  linkItem: 0.8,
  /** A list needs this many items to be a list of links (one linked line is a sentence). */
  minItems: 2,
} as const;

/** `bodyClutter`: the detector's marks inside the body when the caller has them already (the content script's scan). */
export function notArticleText(parts: ArticleParts, bodyClutter?: readonly Element[]): (el: Element) => boolean {
  const { site } = parts;
  const hidden = siteHideSelectors(site);
  const bySite = matcherFor([...(site?.bodyExclude ?? []), ...hidden]);
  const byDetector = new Set(bodyClutter ?? findBodyClutter(parts, { skip: hidden.join(', ') || undefined }).map((m) => m.element));
  const measure = new TextMeasure();
  const isLinkList = (el: Element): boolean => {
    if (!/^(UL|OL)$/i.test(el.tagName)) return false;
    const items = [...el.children].filter((c) => c.tagName.toUpperCase() === 'LI');
    return items.length >= ARTICLE_TEXT.minItems && items.every((li) => measure.get(li).links > 0 && linkDensity(measure.get(li)) >= ARTICLE_TEXT.linkItem);
  };
  return (el) => bySite(el) || byDetector.has(el) || isLinkList(el);
}
