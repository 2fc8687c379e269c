import { nameWords } from './names';
import { linkDensity, TextMeasure } from './text-measure';

/**
 * Finds an article's body on a page whose site rules found nothing, the way
 * mozilla/readability does, cut down to locating it: paragraphs score (length
 * and commas) for the box that holds them and less for each box above; class
 * and id names and link density weigh the boxes; the best one is taken with
 * its siblings when they hold prose too (an article split over sections), so
 * the body is their common parent. Prose counts wherever it stands: <p>,
 * text in <div>s split by <br>s or wrapped in <font>, paragraphs straight
 * under <body>. Readability itself is not shipped: its parse() rewrites
 * innerHTML (on its copy, but the store linter cannot tell) and would take a
 * third of the content script's size budget.
 */

export const BODY_SCORE = {
  /** Paragraphs shorter than this say too little to score. */
  minParagraph: 25,
  /** Up to this many points for length, one per this many characters. */
  lengthStep: 100,
  maxLengthPoints: 3,
  /** A paragraph's points go to this many boxes above it: all to the first, half to the second, then 1/(3·level). */
  ancestorLevels: 5,
  /** Points for a box whose class or id says article, taken from one that says clutter. */
  nameWeight: 25,
  /** Boxes within this share of the best one that share an ancestor (at least three) make it the body. */
  closeRunnerUp: 0.75,
  minRunnersUp: 3,
  /** A sibling joins with this share of the best box's score (at least minSiblingScore; a like-named sibling gets the share as a bonus)… */
  siblingShare: 0.2,
  minSiblingScore: 10,
  /** …or is a paragraph this long with little link text, or a short one that ends a sentence and has none. */
  siblingParagraph: 80,
  siblingLinkDensity: 0.25,
  /** The body must hold at least this much prose. */
  minBodyText: 140,
  /** A body with less prose than this is looked for again with the unlikely boxes counted. */
  retryBelow: 500,
} as const;

/** Class and id words that make a box more or less likely to be the body. */
const POSITIVE_NAMES = /\b(?:article|body|content|entry|main|post|story|text|blog|page)\b/;
const NEGATIVE_NAMES = /\b(?:comments?|meta|footer|footnote|sidebar|widget|related|share|social|sponsor|ads?|promo|nav|menu|header|masthead|popup|modal|hidden|banner|outbrain|tags)\b/;
/** Boxes whose paragraphs are not counted unless little else is found (Readability's "unlikely candidates")… */
const UNLIKELY_NAMES = /\b(?:comments?|community|legends|disqus|replies|remarks?|shoutbox|sidebar|supplemental|extra|footer|related|rss|social|share|sponsor|skyscraper|popup|modal|menu|nav|breadcrumbs?|banner|gdpr|cookie|pagination|pager|agegate)\b/;
/** …unless their names also say article. */
const LIKELY_NAMES = /\b(?:article|body|content|main|column)\b/;
/** Roles of boxes that are never the article (also left out on the first try). */
const UNLIKELY_ROLES = /^(?:menu|menubar|complementary|navigation|alert|alertdialog|dialog)$/;
/** Points by tag for the box itself (Readability's initial scores). */
const TAG_POINTS: Record<string, number> = { DIV: 5, PRE: 3, TD: 3, BLOCKQUOTE: 3, ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3, TH: -5 };

/** A body, or why there is none (for the command-line tools and a notice in the panel). */
export type BodyFind = { body: Element; prose: number } | { body: null; why: NoBody; prose: number };
export type NoBody = 'no-paragraphs' | 'too-little-prose';

export const NO_BODY_REASONS: Record<NoBody, string> = {
  'no-paragraphs': 'the page has no paragraph of text',
  'too-little-prose': `the page holds less than ${BODY_SCORE.minBodyText} characters of prose`,
};

/** Inline content: runs of it make a paragraph (so do the unread elements among it). */
const PHRASING = new Set('A ABBR B BDI BDO BIG BR CITE CODE DATA DEL DFN EM EMBED FONT I IMG INPUT INS KBD LABEL MARK METER NOBR OUTPUT PICTURE PROGRESS Q RUBY S SAMP SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR WBR'.split(' '));
/** Boxes whose own text never scores: list and table structure, the page title, captions. */
const UNSCORED = new Set('UL OL DL LI DT DD TABLE THEAD TBODY TFOOT TR H1 FIGURE FIGCAPTION SELECT'.split(' '));
/** Always one paragraph each, whatever they hold. */
const PARAGRAPHS = new Set('P PRE H2 H3 H4 H5 H6'.split(' '));
/** Never read. */
const UNREAD = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH IFRAME OBJECT SELECT TEXTAREA BUTTON CANVAS VIDEO AUDIO'.split(' '));
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

interface Paragraph {
  /** The box that holds it. */
  box: Element;
  length: number;
  points: number;
}

export function findBody(doc: Document): BodyFind {
  const root = doc.body;
  if (!root) return { body: null, why: 'no-paragraphs', prose: 0 };
  // First without the boxes that are unlikely to be the article; if that finds little, with them, and the one with more prose wins.
  const strict = pickBody(root, scoreParagraphs(root, true));
  if (strict.prose >= BODY_SCORE.retryBelow) return strict;
  const lax = pickBody(root, scoreParagraphs(root, false));
  return lax.prose > strict.prose ? lax : strict;
}

function pickBody(root: Element, paragraphs: Paragraph[]): BodyFind {
  if (!paragraphs.length) return { body: null, why: 'no-paragraphs', prose: 0 };
  const measure = new TextMeasure();
  const scores = new Map<Element, number>();
  for (const { box, points } of paragraphs) {
    let level = 0;
    for (let el: Element | null = box; el && level < BODY_SCORE.ancestorLevels && el.parentElement; el = el.parentElement, level++) {
      if (!scores.has(el)) scores.set(el, initialScore(el));
      scores.set(el, scores.get(el)! + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(measure.get(el))));
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  let [top, topScore] = ranked[0];

  // Several close runners-up under one ancestor: the article is split among them.
  const close = ranked.slice(1, 5).filter(([, s]) => s >= topScore * BODY_SCORE.closeRunnerUp);
  if (close.length >= BODY_SCORE.minRunnersUp) {
    for (let el = top.parentElement; el && el !== root; el = el.parentElement) {
      if (close.filter(([c]) => el.contains(c)).length >= BODY_SCORE.minRunnersUp) {
        top = el;
        break;
      }
    }
  }
  // A parent that scores higher holds more of the article (its paragraphs are split among several boxes).
  let last = scores.get(top) ?? topScore;
  const floor = last / 3;
  for (let el = top.parentElement; el && el !== root; el = el.parentElement) {
    const score = scores.get(el);
    if (score === undefined) continue;
    if (score < floor) break;
    if (score > last) {
      top = el;
      break;
    }
    last = score;
  }
  // Siblings that hold article too make their parent the body, level by level; a wrapper around one box alone
  // (beside it only what Readability drops first: scripts, hidden, unlikely or empty boxes) adds nothing.
  let body = top;
  const dropped = (el: Element) => UNREAD.has(el.tagName.toUpperCase()) || isHidden(el) || isUnlikely(el) || measure.get(el).text === 0;
  for (;;) {
    let from = body;
    while (from.parentElement && from.parentElement !== root && [...from.parentElement.children].every((c) => c === from || dropped(c))) from = from.parentElement;
    if (!joinsSiblings(from, topScore, scores, measure)) break;
    body = from.parentElement!;
    if (body === root) break;
  }
  let prose = 0;
  for (const p of paragraphs) if (body.contains(p.box)) prose += p.length;
  return prose >= BODY_SCORE.minBodyText ? { body, prose } : { body: null, why: 'too-little-prose', prose };
}

/** Whether a sibling of the best box is article too (Readability's sibling test). */
function joinsSiblings(top: Element, topScore: number, scores: Map<Element, number>, measure: TextMeasure): boolean {
  const parent = top.parentElement;
  if (!parent || parent.tagName.toUpperCase() === 'HTML') return false;
  const threshold = Math.max(BODY_SCORE.minSiblingScore, topScore * BODY_SCORE.siblingShare);
  const topClass = top.getAttribute('class') ?? '';
  for (const sibling of parent.children) {
    if (sibling === top || isUnlikely(sibling)) continue;
    const bonus = topClass && sibling.getAttribute('class') === topClass ? topScore * BODY_SCORE.siblingShare : 0;
    if ((scores.get(sibling) ?? -Infinity) + bonus >= threshold) return true;
    // A paragraph, or a box of inline content only (which Readability makes one).
    if (sibling.tagName.toUpperCase() !== 'P' && (UNSCORED.has(sibling.tagName.toUpperCase()) || ![...sibling.childNodes].every(inlineTest()))) continue;
    const s = measure.get(sibling);
    const text = readText(sibling).replace(/\s+/g, ' ').trim();
    if (text.length > BODY_SCORE.siblingParagraph && linkDensity(s) < BODY_SCORE.siblingLinkDensity) return true;
    if (text.length && text.length < BODY_SCORE.siblingParagraph && s.linkText === 0 && /\.( |$)/.test(text)) return true;
  }
  return false;
}

function initialScore(el: Element): number {
  const words = nameWords(el);
  const named = (POSITIVE_NAMES.test(words) || isArticleBody(el) ? BODY_SCORE.nameWeight : 0) - (NEGATIVE_NAMES.test(words) ? BODY_SCORE.nameWeight : 0);
  return (TAG_POINTS[el.tagName.toUpperCase()] ?? 0) + named;
}

/** Every paragraph of the page with its box, in one walk; `strict` leaves out boxes unlikely to be the article. */
function scoreParagraphs(root: Element, strict: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const add = (box: Element, text: string) => {
    const normal = text.replace(/\s+/g, ' ').trim();
    if (normal.length < BODY_SCORE.minParagraph) return;
    const points = 1 + normal.split(COMMAS).length + Math.min(Math.floor(normal.length / BODY_SCORE.lengthStep), BODY_SCORE.maxLengthPoints);
    paragraphs.push({ box, length: normal.length, points });
  };
  const inline = inlineTest();
  // Each box with whether it stands inside a section already.
  const stack: [Element, boolean][] = [[root, false]];
  while (stack.length) {
    const [el, inSection] = stack.pop()!;
    const tag = el.tagName.toUpperCase();
    if (UNREAD.has(tag) || isHidden(el) || (strict && el !== root && isUnlikely(el))) continue;
    const box = el === root ? root : el.parentElement!;
    // A section scores for its parent as a whole, as well as by its paragraphs (so does Readability): an article
    // split into sections is their parent. Only the outermost one: its text holds the others'.
    if (tag === 'SECTION' && !inSection) add(box, readText(el));
    // A box of inline content only is one paragraph (Readability turns such a <div> into a <p>).
    if (PARAGRAPHS.has(tag) || (!UNSCORED.has(tag) && [...el.childNodes].every(inline))) {
      add(box, readText(el));
      continue;
    }
    // Runs of inline content between the blocks are paragraphs of this box; two <br>s in a row end one.
    const scored = !UNSCORED.has(tag);
    let run = '';
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (inline(child)) {
        if (isBreak(child) && isBreak(nextNonBlank(child))) {
          if (scored) add(el, run);
          run = '';
        } else run += readText(child);
      } else {
        if (scored) add(el, run);
        run = '';
        stack.push([child as Element, inSection || tag === 'SECTION']);
      }
    }
    if (scored) add(el, run);
  }
  return paragraphs;
}

/** Commas as Readability counts them (Latin, Arabic, Chinese and other scripts'). */
const COMMAS = /[,\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/;

/** Whether a node is text or an inline element holding only inline content (each element judged once). */
function inlineTest(): (node: Node) => boolean {
  const known = new Map<Element, boolean>();
  const inline = (node: Node): boolean => {
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    let answer = known.get(el);
    if (answer === undefined) {
      const tag = el.tagName.toUpperCase();
      answer = PHRASING.has(tag) || UNREAD.has(tag);
      for (let child = el.firstChild; answer && child; child = child.nextSibling) answer = inline(child);
      known.set(el, answer);
    }
    return answer;
  };
  return inline;
}

const isBreak = (node: Node | null) => node?.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR';
/** The text a reader sees in an inline run or a paragraph: scripts, styles and the like left out. */
function readText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 || UNREAD.has((node as Element).tagName.toUpperCase())) return '';
  if (!(node as Element).firstElementChild) return node.textContent ?? '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += readText(child);
  return text;
}

function nextNonBlank(node: Node): Node | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !next.nodeValue?.trim()) next = next.nextSibling;
  return next;
}

function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    HIDDEN_STYLE.test(el.getAttribute('style') ?? '') ||
    (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) ||
    (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog')
  );
}

/** schema.org's own mark of an article's body. */
const isArticleBody = (el: Element) => el.getAttribute('itemprop') === 'articleBody';

function isUnlikely(el: Element): boolean {
  if (UNLIKELY_ROLES.test(el.getAttribute('role') ?? '')) return true;
  // The page's own markup says article.
  if (/^(?:ARTICLE|MAIN)$/i.test(el.tagName) || isArticleBody(el)) return false;
  if (!el.id && !el.hasAttribute('class')) return false;
  const words = nameWords(el);
  return UNLIKELY_NAMES.test(words) && !LIKELY_NAMES.test(words) && el.tagName.toUpperCase() !== 'A';
}
