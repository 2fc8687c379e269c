import { safeMatches, type ElementTest } from './selectors';

/**
 * How much text a box holds, how much of it is links, and whether it holds a
 * paragraph of prose: the one measure behind every judgement of link density
 * and prose in core/detect. Counted bottom-up (children before parents, each
 * element once), only for subtrees someone asks about, and in slices when the
 * caller must yield (the content script's idle time).
 */

export const TEXT_MEASURE = {
  /** A <p> with this much text outside links is a paragraph of prose. */
  proseParagraph: 80,
} as const;

/** Tags whose text a reader does not see as text; what is below them (an ad tag, a paragraph) still counts as there. */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'PICTURE', 'VIDEO', 'IFRAME']);

export interface TextStats {
  /** Characters of text in the subtree (each text node trimmed). */
  text: number;
  /** Of which inside links to other pages (a link to a place on this page, as in a table of contents, is not one). */
  linkText: number;
  /** Of which inside links to other sites (sources, references) rather than this site's pages. */
  offsiteLinkText: number;
  /** Links (a[href]) in the subtree. */
  links: number;
  /** Elements matching the marker selector (ad tags), the box itself included. */
  marked: number;
  /** Paragraphs of prose below the box. */
  prose: number;
  /** The box's words while they are at most `labelChars` characters (else null): a label such as "Advertisement". */
  label: string | null;
}

const NOTHING: TextStats = Object.freeze({ text: 0, linkText: 0, offsiteLinkText: 0, links: 0, marked: 0, prose: 0, label: null });

export const linkDensity = (s: TextStats): number => (s.text ? s.linkText / s.text : 0);

export interface TextMeasureOptions {
  /** Boxes not to read (the site rules hide them already): they count as empty. */
  skip?: ElementTest;
  /** Elements to count in `marked` (one selector list, matched on each element measured). */
  marker?: string;
  /** Longest label kept (0: none). */
  labelChars?: number;
  /**
   * A box that a walk from above it leaves out, counted there as empty (its
   * ancestors' counts are not asked for); asked for itself or anything in
   * it, it is measured then. The clutter scan's article body: only the few
   * boxes in it that are not text are ever asked about.
   */
  leaveOut?: Element;
  /** Called once for each element measured (not for skipped boxes): lets a caller gather what it needs in the same walk. */
  visit?: (el: Element) => void;
}

interface Job {
  /** Elements of the subtree still to visit, and those visited in document order (parents first). */
  stack: Element[];
  order: Element[];
}

export class TextMeasure {
  private readonly memo = new Map<Element, TextStats>();
  private readonly jobs = new Map<Element, Job>();
  /** The measured elements that match the marker selector. */
  private readonly markers = new Set<Element>();
  /** The page's site, to tell its own links from others' ('' when the page has no address). */
  private site: string | null = null;

  constructor(private readonly options: TextMeasureOptions = {}) {}

  /** Whether a measured element matches the marker selector itself. */
  isMarker(el: Element): boolean {
    return this.markers.has(el);
  }

  /** The box's counts, measuring whatever of its subtree is not known yet. */
  get(el: Element): TextStats {
    this.measure(el, () => false);
    return this.memo.get(el)!;
  }

  /** Measures the box's subtree until `shouldYield` says stop; true once all of it is known. */
  measure(root: Element, shouldYield: () => boolean): boolean {
    if (this.memo.has(root)) return true;
    let job = this.jobs.get(root);
    if (!job) {
      job = { stack: [root], order: [] };
      this.jobs.set(root, job);
    }
    const { skip, marker } = this.options;
    while (job.stack.length) {
      const el = job.stack.pop()!;
      if (this.memo.has(el) || (el === this.options.leaveOut && el !== root)) continue;
      job.order.push(el);
      if (skip?.has(el)) continue;
      // Matched as the walk reaches each element: a query would read the boxes the walk skips as well.
      if (marker && safeMatches(el, marker)) this.markers.add(el);
      this.options.visit?.(el);
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) job.stack.push(child);
      if (shouldYield()) return false;
    }
    while (job.order.length) {
      const el = job.order.pop()!;
      if (!this.memo.has(el)) this.memo.set(el, skip?.has(el) ? NOTHING : this.own(el));
      if (job.order.length && shouldYield()) return false;
    }
    this.jobs.delete(root);
    return true;
  }

  /** Counts of one element from its text nodes and its children's counts (already known). */
  private own(el: Element): TextStats {
    const labelChars = this.options.labelChars ?? 0;
    const s: TextStats = { text: 0, linkText: 0, offsiteLinkText: 0, links: 0, marked: this.markers.has(el) ? 1 : 0, prose: 0, label: null };
    const words: string[] = [];
    const silent = SILENT_TAGS.has(el.tagName.toUpperCase());
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT */) {
        if (silent) continue;
        s.text += (child.nodeValue ?? '').trim().length;
        if (s.text <= labelChars) words.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1 /* ELEMENT */) {
        const c = this.memo.get(child as Element);
        if (!c) continue;
        s.marked += c.marked;
        s.prose += c.prose + (isProseParagraph(child as Element, c) ? 1 : 0);
        if (silent) continue;
        s.text += c.text;
        s.linkText += c.linkText;
        s.offsiteLinkText += c.offsiteLinkText;
        s.links += c.links;
        if (s.text <= labelChars) words.push(c.label ?? '');
      }
    }
    if (!silent && s.text <= labelChars) s.label = words.join('');
    if (!silent && el.tagName.toUpperCase() === 'A' && el.hasAttribute('href')) {
      s.links += 1;
      const href = el.getAttribute('href')!.trim();
      if (!/^#./.test(href)) s.linkText = s.text;
      const host = /^(?:[a-z][a-z\d+.-]*:)?\/\/([^/?#:]+)/i.exec(href)?.[1];
      const page = this.pageSite(el);
      // A page with no address (parsed from a string) takes every link as its own site's.
      if (host && page && siteOf(host) !== page) s.offsiteLinkText = s.text;
    }
    return s;
  }

  private pageSite(el: Element): string {
    if (this.site === null) {
      try {
        this.site = siteOf(new URL(el.ownerDocument.URL).hostname);
      } catch {
        this.site = '';
      }
    }
    return this.site;
  }
}

/** The site a host belongs to: its last two labels, three under a country's second level (burma.irrawaddy.com and www.irrawaddy.com are one site; so are news.bbc.co.uk and www.bbc.co.uk). */
function siteOf(host: string): string {
  const labels = host.toLowerCase().split('.');
  const n = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** A <p> with enough text outside its links to be a paragraph of prose. */
export function isProseParagraph(el: Element, s: TextStats): boolean {
  return el.tagName.toUpperCase() === 'P' && s.text - s.linkText >= TEXT_MEASURE.proseParagraph;
}
