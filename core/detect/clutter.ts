import type { ClutterGroup } from '../sites';
import { safeQueryAll, type ArticleParts } from './body';
import { AD_BOX_MAX_TEXT, AD_LABEL, AD_MARKERS, BODY_CLUTTER_NAMES, CLUTTER_NAMES } from './generic-rules';

/**
 * Generic clutter detection: the back-up for when the site's class names
 * change. It finds, without knowing any class name,
 * - link lists that the page repeats (the same menu two or three times),
 * - link-dense boxes outside the article (related posts, "most read"),
 * - landmark regions outside the article (header, nav, aside, footer, dialogs),
 * - ads (ad network tags and the boxes around them, "Advertisement" labels),
 * - boxes whose class or id names them clutter (generic-rules.ts).
 * It never returns the body, a kept part, or anything that contains one.
 */

/** Tuning, in the spirit of Readability's named constants. */
export const CLUTTER_RULES = {
  /** A link list needs this many links to count as a menu copy. */
  minLinksInList: 4,
  /** Two lists are copies when this share of their links is the same (Jaccard). */
  repeatSimilarity: 0.8,
  /** A box is link-dense when this share of its text is link text… */
  linkDensity: 0.55,
  /** …and it has at least this many links. */
  minLinksInBox: 3,
  /** Inside the body only boxes this link-dense are treated as promotions. */
  bodyLinkDensity: 0.7,
  /** A paragraph inside a box with this much plain (non-link) text marks the box as article text. */
  plainTextParagraph: 80,
} as const;

const AD_SELECTOR = AD_MARKERS.join(', ');

/** Landmarks by tag or role, and the group they belong to. */
const LANDMARKS: [string, ClutterGroup][] = [
  ['header, [role="banner"]', 'header'],
  ['nav, menu, [role="navigation"], [role="menubar"], [role="search"], form[role="search"]', 'header'],
  ['footer, [role="contentinfo"]', 'footer'],
  ['aside, [role="complementary"]', 'sidebars'],
  ['dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]', 'popups'],
];

/** Never clutter by themselves: they are content or page machinery. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR', 'HR', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME']);

export interface ClutterMark {
  element: Element;
  group: ClutterGroup;
  reason: 'landmark' | 'repeated-links' | 'link-dense' | 'overlay' | 'ad' | 'named';
}

export interface ClutterOptions {
  /** Regions the site's own rules hide already (one selector list): not read again. */
  skip?: string;
  /**
   * Layout probe supplied by the caller where there is layout (the content
   * script passes getComputedStyle); pure callers leave it out.
   */
  isOverlay?: (el: Element) => boolean;
}

interface Stats {
  text: number;
  linkText: number;
  links: number;
  /** Ad tags in the subtree: counted once, bottom-up, so no box searches its own subtree again (deep pages). */
  ads: number;
  /** A paragraph of plain prose below the element. */
  prose: boolean;
  /** The box's words while they are few enough to be an ad label (else null), also built bottom-up. */
  label: string | null;
}

export interface ClutterScanner {
  /** Marks found on the whole page. */
  readonly marks: ClutterMark[];
  /** Marks for an element the page added later; only that subtree is read. */
  scanAdded(el: Element): ClutterMark[];
}

export function createClutterScanner(doc: Document, parts: ArticleParts, options: ClutterOptions = {}): ClutterScanner {
  const protectedSet = protectedElements(parts);
  const root = doc.body ?? doc.documentElement;
  const stats = new Measure();
  const lists = linkLists(root, parts.body);
  const repeated = withWrappers(repeatedLists(lists), stats, protectedSet);
  const knownSignatures = lists.map((l) => l.hrefs);

  const marks = walk(root, parts, protectedSet, stats, repeated, options);

  return {
    marks,
    scanAdded(el: Element): ClutterMark[] {
      if (!el.isConnected || protectedSet.has(el) || parts.body.contains(el) || el.closest('[data-ayeyar-clutter]')) return [];
      const addedLists = linkLists(el, parts.body);
      const copies = withWrappers(
        new Set(addedLists.filter((l) => knownSignatures.some((h) => similarity(h, l.hrefs) >= CLUTTER_RULES.repeatSimilarity)).map((l) => l.element)),
        stats,
        protectedSet,
      );
      return walk(el, parts, protectedSet, stats, copies, options);
    },
  };
}

/**
 * The clutter that shows most if it is left for later, found cheaply enough
 * to hide before the page is first painted: boxes around ad tags, and boxes
 * pinned over the page straight under <body> (sticky ads, pop-ups). It reads
 * only around ad tags and the children of <body>; the full scan
 * (createClutterScanner) finds these again, and the rest.
 */
export function findEarlyClutter(doc: Document, parts: ArticleParts, options: ClutterOptions = {}): ClutterMark[] {
  const protectedSet = protectedElements(parts);
  const stats = new Measure();
  const skipped = (el: Element) => !!options.skip && matchesAny(el, options.skip);
  const marks = new Map<Element, ClutterMark>();
  for (const tag of safeQueryAll(doc, AD_SELECTOR)) {
    let box: Element | null = null;
    for (let el: Element | null = tag; el && el !== doc.body && !protectedSet.has(el) && !skipped(el) && isAdBox(el, stats); el = el.parentElement) box = el;
    if (box) marks.set(box, { element: box, group: 'ads', reason: 'ad' });
  }
  for (const el of doc.body?.children ?? []) {
    if (!protectedSet.has(el) && !SKIP_TAGS.has(el.tagName.toUpperCase()) && !skipped(el) && options.isOverlay?.(el)) marks.set(el, { element: el, group: 'popups', reason: 'overlay' });
  }
  return [...marks.values()];
}

/** The kept parts and every ancestor of them: hiding any of these would hide the article. */
function protectedElements(parts: ArticleParts): Set<Element> {
  const set = new Set<Element>();
  for (const el of parts.keep) {
    for (let node: Element | null = el; node; node = node.parentElement) set.add(node);
  }
  return set;
}

/**
 * Text and link counts of elements, measured on demand: a subtree is read the
 * first time one of its elements is asked about (children before parents, in
 * one pass), and only subtrees the walk reaches are ever read.
 */
class Measure {
  private readonly memo = new Map<Element, Stats>();

  get(el: Element): Stats {
    const known = this.memo.get(el);
    if (known) return known;
    const all = [el, ...el.querySelectorAll('*')];
    const adTags = new Set(safeQueryAll(el, AD_SELECTOR));
    if (matchesAny(el, AD_SELECTOR)) adTags.add(el);
    for (let i = all.length - 1; i >= 0; i--) if (!this.memo.has(all[i])) this.memo.set(all[i], this.own(all[i], adTags.has(all[i])));
    return this.memo.get(el)!;
  }

  private own(el: Element, isAd: boolean): Stats {
    const s: Stats = { text: 0, linkText: 0, links: 0, ads: isAd ? 1 : 0, prose: false, label: null };
    const words: string[] = [];
    const tag = el.tagName.toUpperCase();
    // Skipped tags hold no text of their own, but ads and prose under them still count (as a subtree search would find them).
    const skipped = SKIP_TAGS.has(tag) && tag !== 'IMG';
    for (const child of el.childNodes) {
      if (child.nodeType === 3 /* TEXT */) {
        if (skipped) continue;
        s.text += (child.nodeValue ?? '').trim().length;
        if (s.text <= AD_BOX_MAX_TEXT) words.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const c = this.memo.get(child as Element);
        if (c) {
          s.ads += c.ads;
          s.prose ||= c.prose || ((child as Element).tagName.toUpperCase() === 'P' && c.text - c.linkText >= CLUTTER_RULES.plainTextParagraph);
          if (skipped) continue;
          s.text += c.text;
          s.linkText += c.linkText;
          s.links += c.links;
          if (s.text <= AD_BOX_MAX_TEXT) words.push(c.label ?? '');
        }
      }
    }
    if (!skipped && s.text <= AD_BOX_MAX_TEXT) s.label = words.join('');
    if (!skipped && tag === 'A' && el.hasAttribute('href')) {
      s.links += 1;
      s.linkText = s.text;
    }
    return s;
  }
}

interface LinkList {
  element: Element;
  hrefs: Set<string>;
}

/** Lists of links outside the body: menus and their copies. */
function linkLists(root: Element, body: Element): LinkList[] {
  const candidates = [root, ...root.querySelectorAll('ul, ol, nav, menu, [role="menu"], [role="menubar"]')].filter((el) =>
    /^(UL|OL|NAV|MENU)$/i.test(el.tagName) || /menu/.test(el.getAttribute('role') ?? ''),
  );
  const lists: LinkList[] = [];
  for (const el of candidates) {
    if (body.contains(el) || el.contains(body)) continue;
    const links = el.querySelectorAll('a[href]');
    if (links.length < CLUTTER_RULES.minLinksInList) continue;
    const hrefs = new Set<string>();
    for (const a of links) hrefs.add(linkKey(a));
    if (hrefs.size >= CLUTTER_RULES.minLinksInList) lists.push({ element: el, hrefs });
  }
  return lists;
}

function linkKey(a: Element): string {
  return (a.getAttribute('href') ?? '').replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
}

/** Lists whose links another list (not nested in it) repeats. */
function repeatedLists(lists: LinkList[]): Set<Element> {
  const repeated = new Set<Element>();
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const a = lists[i];
      const b = lists[j];
      if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
      if (similarity(a.hrefs, b.hrefs) >= CLUTTER_RULES.repeatSimilarity) {
        repeated.add(a.element);
        repeated.add(b.element);
      }
    }
  }
  return repeated;
}

/** Wrappers that hold a repeated list and no other links are that list too (so its group is right). */
function withWrappers(lists: Set<Element>, stats: Measure, protectedSet: Set<Element>): Set<Element> {
  const all = new Set(lists);
  for (const list of lists) {
    const links = stats.get(list).links;
    for (let el = list.parentElement; el && !protectedSet.has(el); el = el.parentElement) {
      if (/^(BODY|HTML)$/i.test(el.tagName) || stats.get(el).links !== links) break;
      all.add(el);
    }
  }
  return all;
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function matchesAny(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function landmarkGroup(el: Element): ClutterGroup | null {
  for (const [selector, group] of LANDMARKS) if (matchesAny(el, selector)) return group;
  return null;
}

function isLinkDense(s: Stats, density: number): boolean {
  return s.links >= CLUTTER_RULES.minLinksInBox && s.text > 0 && s.linkText / s.text >= density;
}

/** A box holding a paragraph of plain prose is article-like, not a promotion. */
function holdsProse(el: Element, stats: Measure): boolean {
  return stats.get(el).prose;
}

function walk(
  root: Element,
  parts: ArticleParts,
  protectedSet: Set<Element>,
  stats: Measure,
  repeated: Set<Element>,
  options: ClutterOptions,
): ClutterMark[] {
  const marks: ClutterMark[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) continue;
    if (options.skip && matchesAny(el, options.skip)) continue;
    if (el === parts.body) {
      marks.push(...promotionsInBody(el, protectedSet, stats));
      continue;
    }
    if (protectedSet.has(el) || parts.body.contains(el)) {
      for (const child of el.children) stack.push(child);
      continue;
    }
    const mark = classify(el, stats, repeated, options);
    if (mark) marks.push(mark);
    else for (const child of el.children) stack.push(child);
  }
  return marks;
}

function classify(el: Element, stats: Measure, repeated: Set<Element>, options: ClutterOptions): ClutterMark | null {
  if (el.tagName.toUpperCase() === 'BODY' || el.tagName.toUpperCase() === 'HTML') return null;
  const landmark = landmarkGroup(el);
  if (landmark) return { element: el, group: landmark, reason: 'landmark' };
  if (repeated.has(el)) return { element: el, group: 'header', reason: 'repeated-links' };
  if (isAdBox(el, stats)) return { element: el, group: 'ads', reason: 'ad' };
  const named = namedGroup(el, CLUTTER_NAMES);
  if (named) return { element: el, group: named, reason: 'named' };
  const s = stats.get(el);
  if (isLinkDense(s, CLUTTER_RULES.linkDensity) && !holdsProse(el, stats)) return { element: el, group: 'related', reason: 'link-dense' };
  // Fixed boxes straight under <body> outside the article: sticky ads, pop-ups, slide-ins.
  if (el.parentElement?.tagName.toUpperCase() === 'BODY' && options.isOverlay?.(el)) return { element: el, group: 'popups', reason: 'overlay' };
  return null;
}

/** An ad tag, a box around one with hardly any text of its own, or a box that only says "Advertisement". */
function isAdBox(el: Element, stats: Measure): boolean {
  const { text, ads, label } = stats.get(el);
  if (matchesAny(el, AD_SELECTOR)) return true;
  if (text <= AD_BOX_MAX_TEXT && ads > 0) return true;
  return text > 0 && label !== null && AD_LABEL.test(label.replace(/\s+/g, ' ').trim());
}

/** Class and id as words: "jeg_share-barTop" -> "jeg share bar top"; a negated word ("no-share", "noSidebar") says the box lacks it, and is dropped. */
function nameWords(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_\s]+/g, ' ')
    .toLowerCase()
    .replace(/\bno \S+/g, '')
    .trim();
}

function namedGroup(el: Element, table: [ClutterGroup, RegExp][]): ClutterGroup | null {
  const words = nameWords(el);
  if (!words) return null;
  for (const [group, pattern] of table) if (pattern.test(words)) return group;
  return null;
}

/** Boxes inside the body that are promotions, ads or share bars (unknown classes included), never prose. */
function promotionsInBody(body: Element, protectedSet: Set<Element>, stats: Measure): ClutterMark[] {
  const marks: ClutterMark[] = [];
  const stack = [...body.children];
  while (stack.length) {
    const el = stack.pop()!;
    if (protectedSet.has(el) || /^(P|H[1-6]|BLOCKQUOTE|UL|OL|LI|TABLE|SCRIPT|STYLE)$/i.test(el.tagName)) continue;
    if (isAdBox(el, stats)) {
      marks.push({ element: el, group: 'ads', reason: 'ad' });
      continue;
    }
    const named = holdsProse(el, stats) ? null : namedGroup(el, BODY_CLUTTER_NAMES);
    if (named) marks.push({ element: el, group: named, reason: 'named' });
    else if (/^(DIV|SECTION|ASIDE|NAV)$/i.test(el.tagName) && isLinkDense(stats.get(el), CLUTTER_RULES.bodyLinkDensity) && !holdsProse(el, stats)) {
      marks.push({ element: el, group: 'related', reason: 'link-dense' });
    } else stack.push(...el.children);
  }
  return marks;
}
