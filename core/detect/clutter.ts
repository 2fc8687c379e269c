import type { ClutterGroup } from '../sites';
import type { ArticleParts } from './body';
import { AD_BOX_MAX_TEXT, AD_LABEL, AD_MARKERS, BODY_CLUTTER_NAMES, CLUTTER_NAMES, READERS_PROSE_NAMES } from './generic-rules';
import { namedGroup, nameWords } from './names';
import { matchingElements, safeMatches, safeQueryAll, type ElementTest } from './selectors';
import { linkDensity, TextMeasure, type TextStats } from './text-measure';

/**
 * Generic clutter detection: the back-up for when the site's class names
 * change. It finds, without knowing any class name,
 * - link lists that the page repeats (the same menu two or three times),
 * - link-dense boxes outside the article (related posts, "most read"),
 * - landmark regions outside the article (header, nav, aside, footer, dialogs),
 * - ads (ad network tags and the boxes around them, "Advertisement" labels),
 * - boxes whose class or id names them clutter (generic-rules.ts).
 * It never returns the body, a kept part, or anything that contains one.
 *
 * The whole-page scan runs in steps the caller can spread over idle time:
 * measure the page (text and links, bottom-up), compare its link lists, walk
 * it top-down. Each element is read once; what the site rules hide already
 * (options.skip) is not read at all. Where the site rules fit the page
 * (options.scope 'body') only the body is read: what a site adds without
 * changing its markup (ads, promotions between paragraphs) is found there,
 * and the early pass and later additions are judged as on any page.
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
  /** Inside the body only boxes this dense with links to the site's own pages are promotions (sources and references lead elsewhere). */
  bodyLinkDensity: 0.7,
  /** A box with this many paragraphs of prose reads as article: no class name hides it (readers' comments aside). */
  articleParagraphs: 3,
} as const;

const AD_SELECTOR = AD_MARKERS.join(', ');
const LIST_TAGS = /^(?:UL|OL|NAV|MENU)$/i;
const LIST_SELECTOR = 'ul, ol, nav, menu, [role*="menu"]';

/** Landmarks by tag or role, and the group they belong to. */
const LANDMARKS: [string, ClutterGroup][] = [
  ['header, [role="banner"]', 'header'],
  ['nav, menu, [role="navigation"], [role="menubar"], [role="search"], form[role="search"]', 'header'],
  ['footer, [role="contentinfo"]', 'footer'],
  ['aside, [role="complementary"]', 'sidebars'],
  ['dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]', 'popups'],
];

const ANY_LANDMARK = LANDMARKS.map(([selector]) => selector).join(', ');

/** Inside the body: text and its structure, never looked into for promotions. */
const BODY_TEXT_TAGS = /^(?:P|H[1-6]|BLOCKQUOTE|UL|OL|LI|DL|TABLE|PRE|CODE|SCRIPT|STYLE)$/i;
/** Inside the body: parts of a line of text (only an ad tag among them is clutter). */
const INLINE_TAGS = /^(?:A|ABBR|B|BDI|BDO|CITE|CODE|DATA|DFN|EM|FONT|I|KBD|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR)$/i;

/** Never clutter by themselves: they are content or page machinery. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'BR', 'HR', 'SVG', 'IMG', 'PICTURE', 'VIDEO', 'IFRAME']);

export interface ClutterMark {
  element: Element;
  group: ClutterGroup;
  reason: 'landmark' | 'repeated-links' | 'link-dense' | 'overlay' | 'ad' | 'named';
}

export interface ClutterOptions {
  /** Regions the site's own rules hide already (one selector list): not read at all. */
  skip?: string;
  /**
   * What the scan reads: the whole page ('page', the default), or only the
   * article body ('body': the site rules fit the page, so its header, menus,
   * sidebars and footer are theirs: ArticleParts.fit).
   */
  scope?: 'page' | 'body';
  /**
   * Layout probe supplied by the caller where there is layout (the content
   * script passes getComputedStyle); pure callers leave it out.
   */
  isOverlay?: (el: Element) => boolean;
}

export interface ClutterScanner {
  /** The kept parts and every ancestor of them: never hidden (clean mode marks them so no rule hides them). */
  readonly protected: ReadonlySet<Element>;
  /**
   * The clutter that shows most if it is left for later, found cheaply
   * enough to hide before the page is first painted: boxes around ad tags,
   * and boxes pinned over the page straight under <body> (sticky ads,
   * pop-ups). It reads only around ad tags and the children of <body>; the
   * whole-page scan finds these again, and the rest.
   */
  early(): ClutterMark[];
  /** Marks found on the whole page (what steps are left run now). */
  readonly marks: ClutterMark[];
  /** The whole-page scan is finished. */
  readonly done: boolean;
  /**
   * Scans on until `shouldYield` returns true (asked after each element, so
   * a slice overruns it by one element's work) or the page is done; returns
   * the marks found in this slice. Pure: the caller owns the clock.
   */
  step(shouldYield: () => boolean): ClutterMark[];
  /**
   * Marks for an element the page added later; only that subtree is read.
   * Before the page's own lists are measured (the first steps) the element
   * waits, and its marks come with a later step.
   */
  scanAdded(el: Element): ClutterMark[];
}

interface LinkList {
  element: Element;
  hrefs: Set<string>;
}

/** One element to visit, and whether it stands inside the body (where only promotions are looked for). */
type Visit = [Element, boolean];

const never = () => false;

export function createClutterScanner(doc: Document, parts: ArticleParts, options: ClutterOptions = {}): ClutterScanner {
  const root = doc.body ?? doc.documentElement;
  // The page's link lists are gathered by the measuring walk itself: no second pass over the page.
  const found: Element[] = [];
  const lists: LinkList[] = [];
  const repeated = new Set<Element>();
  let ready = false;
  const gather = (el: Element) => !ready && isListCandidate(el) && found.push(el);
  const { protectedSet, skipped, measure, judge, judgeWith } = judgeFor(parts, options, gather);
  const marks: ClutterMark[] = [];
  const bodyOnly = options.scope === 'body';
  // The body is judged as the whole-page walk judges it when it gets there (promotions only); no page lists are compared.
  const stack: Visit[] = [[bodyOnly ? parts.body : root, false]];
  if (bodyOnly) ready = true;
  let listsRead = 0;
  let listsCompared = 0;

  /** The page measured, its lists read and compared (one list a unit of work); false when told to yield first. */
  const prepare = (shouldYield: () => boolean): boolean => {
    if (ready) return true;
    if (!measure.measure(root, shouldYield)) return false;
    while (listsRead < found.length) {
      const list = linkList(found[listsRead++], parts.body);
      if (list) lists.push(list);
      if (shouldYield()) return false;
    }
    while (listsCompared < lists.length) {
      const a = lists[listsCompared++];
      for (const b of lists.slice(listsCompared)) {
        if (isCopy(a, b)) repeated.add(a.element).add(b.element);
      }
      if (shouldYield()) return false;
    }
    judge.repeated = withWrappers(repeated, measure, protectedSet);
    ready = true;
    return true;
  };

  /** Boxes the page added before its own lists were known: scanned by the next step. */
  const pending: Element[] = [];

  const scanAdded = (el: Element): ClutterMark[] => {
    if (!el.isConnected || protectedSet.has(el) || parts.body.contains(el) || el.closest('[data-ayeyar-clutter]')) return [];
    const copies = new Set<Element>();
    for (const candidate of [el, ...el.querySelectorAll(LIST_SELECTOR)]) {
      const list = isListCandidate(candidate) && !skipped.has(candidate) ? linkList(candidate, parts.body) : null;
      if (list && lists.some((known) => isCopy(known, list))) copies.add(list.element);
    }
    const scoped = new Judge(parts, protectedSet, skipped, measure, options);
    scoped.repeated = withWrappers(copies, measure, protectedSet);
    const out: ClutterMark[] = [];
    const local: Visit[] = [[el, false]];
    while (local.length) scoped.visit(local.pop()!, local, out);
    return out;
  };

  const scanner: ClutterScanner = {
    protected: protectedSet,
    early() {
      // Its own measure: the whole-page walk gathers the page's lists from the elements it measures, so it must measure them all itself.
      const earlyJudge = judgeWith();
      const found = new Map<Element, ClutterMark>();
      for (const tag of safeQueryAll(doc, AD_SELECTOR)) {
        let box: Element | null = null;
        for (let el: Element | null = tag; el && el !== doc.body && !protectedSet.has(el) && !skipped.has(el) && earlyJudge.isAdBox(el); el = el.parentElement) box = el;
        if (box) found.set(box, { element: box, group: 'ads', reason: 'ad' });
      }
      for (let el = doc.body?.firstElementChild; el; el = el.nextElementSibling) {
        if (!protectedSet.has(el) && !skipped.has(el) && !SKIP_TAGS.has(el.tagName.toUpperCase()) && options.isOverlay?.(el)) found.set(el, { element: el, group: 'popups', reason: 'overlay' });
      }
      return [...found.values()];
    },
    get marks() {
      scanner.step(never);
      return marks;
    },
    get done() {
      return ready && stack.length === 0 && pending.length === 0;
    },
    step(shouldYield) {
      const slice: ClutterMark[] = [];
      if (prepare(shouldYield)) {
        while (pending.length || stack.length) {
          if (pending.length) slice.push(...scanAdded(pending.shift()!));
          else judge.visit(stack.pop()!, stack, slice);
          if (shouldYield()) break;
        }
      }
      marks.push(...slice);
      return slice;
    },
    scanAdded(el) {
      // Until the page's own lists are known a copy cannot be told: the box waits for the next step.
      if (!ready) {
        pending.push(el);
        return [];
      }
      return scanAdded(el);
    },
  };
  return scanner;
}

/**
 * The boxes inside the article body that the generic detector hides (ads,
 * promotions, share bars), judged exactly as the full scan judges them but
 * reading the body only. Pure, no layout: extraction skips the same boxes
 * clean mode hides (article-text.ts).
 */
export function findBodyClutter(parts: ArticleParts, options: Pick<ClutterOptions, 'skip'> = {}): ClutterMark[] {
  return createClutterScanner(parts.body.ownerDocument, parts, { ...options, scope: 'body' }).marks;
}

/**
 * What every reading of the page needs: the kept parts and their ancestors
 * (never hidden), the boxes the site rules hide (never read; told as the
 * walk reaches them), the text measure and the judge. `visit` sees each
 * element the measure reads.
 */
function judgeFor(parts: ArticleParts, options: ClutterOptions, visit?: (el: Element) => void) {
  const protectedSet = protectedElements(parts);
  const skipped = matchingElements(options.skip);
  /** A judge with a text measure of its own (`visit` sees each element it measures; the body is measured only where the judge asks). */
  const judgeWith = (visit?: (el: Element) => void) =>
    new Judge(parts, protectedSet, skipped, new TextMeasure({ skip: skipped, marker: AD_SELECTOR, labelChars: AD_BOX_MAX_TEXT, visit, leaveOut: parts.body }), options);
  const judge = judgeWith(visit);
  return { protectedSet, skipped, measure: judge.measure, judge, judgeWith };
}

/** The kept parts and every ancestor of them: hiding any of these would hide the article. */
function protectedElements(parts: ArticleParts): Set<Element> {
  const set = new Set<Element>();
  for (const el of parts.keep) {
    // Kept parts share their outer ancestors: the walk stops at the first one already known.
    for (let node: Element | null = el; node && !set.has(node); node = node.parentElement) set.add(node);
  }
  return set;
}

function isListCandidate(el: Element): boolean {
  return LIST_TAGS.test(el.tagName) || /menu/.test(el.getAttribute('role') ?? '');
}

/** A list of links outside the body (a menu, or a copy of one), or null. */
function linkList(el: Element, body: Element): LinkList | null {
  if (body.contains(el) || el.contains(body)) return null;
  const links = el.querySelectorAll('a[href]');
  if (links.length < CLUTTER_RULES.minLinksInList) return null;
  const hrefs = new Set<string>();
  for (const a of links) hrefs.add(linkKey(a));
  return hrefs.size >= CLUTTER_RULES.minLinksInList ? { element: el, hrefs } : null;
}

function linkKey(a: Element): string {
  return (a.getAttribute('href') ?? '').replace(/#.*$/, '').replace(/\/+$/, '').toLowerCase();
}

/** Two lists, neither inside the other, that share most of their links: one repeats the other. */
function isCopy(a: LinkList, b: LinkList): boolean {
  return !a.element.contains(b.element) && !b.element.contains(a.element) && similarity(a.hrefs, b.hrefs) >= CLUTTER_RULES.repeatSimilarity;
}

/** Wrappers that hold a repeated list and no other links are that list too (so its group is right). */
function withWrappers(lists: Set<Element>, measure: TextMeasure, protectedSet: Set<Element>): Set<Element> {
  const all = new Set(lists);
  for (const list of lists) {
    const links = measure.get(list).links;
    for (let el = list.parentElement; el && !protectedSet.has(el); el = el.parentElement) {
      if (/^(BODY|HTML)$/i.test(el.tagName) || measure.get(el).links !== links) break;
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

function isLinkDense(s: TextStats, density: number): boolean {
  return s.links >= CLUTTER_RULES.minLinksInBox && linkDensity(s) >= density;
}

/** The judgement of each element the walk reaches. */
class Judge {
  repeated = new Set<Element>();

  constructor(
    private readonly parts: ArticleParts,
    private readonly protectedSet: Set<Element>,
    private readonly skipped: ElementTest,
    readonly measure: TextMeasure,
    private readonly options: ClutterOptions,
  ) {}

  /** Judges one element: a mark, or its children to visit next. */
  visit([el, inBody]: Visit, next: Visit[], out: ClutterMark[]): void {
    if (this.skipped.has(el)) return;
    if (inBody) {
      const mark = this.promotion(el);
      if (mark) out.push(mark);
      else if (mark === null) pushChildren(el, true, next);
      return;
    }
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return;
    if (el === this.parts.body || this.protectedSet.has(el) || this.parts.body.contains(el)) {
      pushChildren(el, el === this.parts.body, next);
      return;
    }
    const mark = this.classify(el);
    if (mark) out.push(mark);
    else pushChildren(el, false, next);
  }

  private classify(el: Element): ClutterMark | null {
    if (/^(BODY|HTML)$/i.test(el.tagName)) return null;
    const landmark = landmarkGroup(el);
    if (landmark) return { element: el, group: landmark, reason: 'landmark' };
    if (this.repeated.has(el)) return { element: el, group: 'header', reason: 'repeated-links' };
    if (this.isAdBox(el)) return { element: el, group: 'ads', reason: 'ad' };
    const s = this.measure.get(el);
    const named = namedGroup(el, CLUTTER_NAMES);
    if (named && (s.prose < CLUTTER_RULES.articleParagraphs || READERS_PROSE_NAMES.test(nameWords(el)))) return { element: el, group: named, reason: 'named' };
    if (isLinkDense(s, CLUTTER_RULES.linkDensity) && !s.prose) return { element: el, group: 'related', reason: 'link-dense' };
    // Fixed boxes straight under <body> outside the article: sticky ads, pop-ups, slide-ins.
    if (el.parentElement?.tagName.toUpperCase() === 'BODY' && this.options.isOverlay?.(el)) return { element: el, group: 'popups', reason: 'overlay' };
    return null;
  }

  /**
   * Boxes inside the body that are promotions, ads or share bars (unknown
   * classes included), never prose; undefined: neither, nor anything below.
   * Text-level elements (a highlighted "comment" token in code) are never
   * boxes to hide, and a list of links is a promotion only if it leads to the
   * site's own pages, not to a place on this one (a table of contents) or to
   * other sites (sources, references, a changelog's bug reports).
   */
  private promotion(el: Element): ClutterMark | null | undefined {
    if (this.protectedSet.has(el) || BODY_TEXT_TAGS.test(el.tagName)) return undefined;
    if (this.isAdBox(el)) return { element: el, group: 'ads', reason: 'ad' };
    if (INLINE_TAGS.test(el.tagName)) return undefined;
    const s = this.measure.get(el);
    const named = s.prose ? null : namedGroup(el, BODY_CLUTTER_NAMES);
    if (named) return { element: el, group: named, reason: 'named' };
    const siteLinks: TextStats = { ...s, linkText: s.linkText - s.offsiteLinkText };
    if (/^(DIV|SECTION|ASIDE|NAV)$/i.test(el.tagName) && isLinkDense(siteLinks, CLUTTER_RULES.bodyLinkDensity) && !s.prose) return { element: el, group: 'related', reason: 'link-dense' };
    return null;
  }

  /** An ad tag, a box around one with hardly any text of its own, or a box that only says "Advertisement". */
  isAdBox(el: Element): boolean {
    const { text, marked, label } = this.measure.get(el);
    if (this.measure.isMarker(el)) return true;
    if (text <= AD_BOX_MAX_TEXT && marked > 0) return true;
    return text > 0 && label !== null && AD_LABEL.test(label.replace(/\s+/g, ' ').trim());
  }
}

function pushChildren(el: Element, inBody: boolean, next: Visit[]): void {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) next.push([child, inBody]);
}

function landmarkGroup(el: Element): ClutterGroup | null {
  // Most boxes are no landmark: one match against them all says so.
  if (!safeMatches(el, ANY_LANDMARK)) return null;
  for (const [selector, group] of LANDMARKS) if (safeMatches(el, selector)) return group;
  return null;
}
