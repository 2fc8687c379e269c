/**
 * Finds an article's body container on a page whose site rules found nothing:
 * the element that directly holds the most paragraph prose. The scoring
 * follows mozilla/readability's (paragraph length and commas, credit to the
 * parent and half to the grandparent, class and id names, link density), cut
 * down to what locating the container needs. Readability itself is not
 * shipped: its parse() rewrites innerHTML (on its copy, but the store linter
 * cannot tell) and would take a third of the content script's size budget.
 * tests/unit/detect/body-score.test.ts checks that both pick the same body.
 */

export const BODY_SCORE = {
  /** Paragraphs shorter than this say too little to score. */
  minParagraph: 25,
  /** Up to this many points for length, one per this many characters. */
  lengthStep: 100,
  maxLengthPoints: 3,
  /** Class and id words that make a container more or less likely. */
  positive: /\b(?:article|body|content|entry|main|post|story|text|blog)\b/,
  negative: /\b(?:comment|comments|meta|footer|footnote|sidebar|widget|related|share|social|sponsor|ad|ads|promo|nav|menu|header|masthead|popup|modal)\b/,
  nameWeight: 25,
  /** The winner must hold at least this much prose. */
  minBodyText: 140,
} as const;

const PROSE = 'p, pre, blockquote';

function nameWords(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_\s]+/g, ' ')
    .toLowerCase();
}

function nameScore(el: Element): number {
  const words = nameWords(el);
  return (BODY_SCORE.positive.test(words) ? BODY_SCORE.nameWeight : 0) - (BODY_SCORE.negative.test(words) ? BODY_SCORE.nameWeight : 0);
}

function linkDensity(el: Element): number {
  const text = (el.textContent ?? '').length || 1;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links / text;
}

export function scoreBody(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  const prose = new Map<Element, number>();
  for (const p of doc.querySelectorAll(PROSE)) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < BODY_SCORE.minParagraph) continue;
    const points = 1 + text.split(',').length + Math.min(Math.floor(text.length / BODY_SCORE.lengthStep), BODY_SCORE.maxLengthPoints);
    const parent = p.parentElement;
    if (!parent) continue;
    for (const [el, share] of [[parent, 1], [parent.parentElement, 0.5]] as const) {
      if (!el || /^(BODY|HTML)$/i.test(el.tagName)) continue;
      if (!scores.has(el)) scores.set(el, nameScore(el));
      scores.set(el, scores.get(el)! + points * share);
    }
    prose.set(parent, (prose.get(parent) ?? 0) + text.length);
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, score] of scores) {
    // The container is the element holding the paragraphs themselves, not a wrapper around it.
    if ((prose.get(el) ?? 0) < BODY_SCORE.minBodyText) continue;
    const final = score * (1 - linkDensity(el));
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  return best;
}
