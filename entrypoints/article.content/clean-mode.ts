import { ATTR, PANEL_ELEMENT } from '@/core/clean/hide-css';
import { DEFAULT_TYPOGRAPHY, TYPOGRAPHY_ATTR, typographyAttributes, type Typography } from '@/core/clean/typography';
import { CLUTTER_GROUPS, siteHideSelectors, type ClutterGroup } from '@/core/sites';
import { createClutterScanner, type ClutterMark, type ClutterScanner } from '@/core/detect/clutter';
import type { ArticleParts } from '@/core/detect/body';
import type { PageState } from './page-state';

/**
 * Clean mode on one article page. The stylesheet is already in the manifest;
 * this marks <html> so it applies, marks the article parts so no rule can hide
 * them, marks what the generic detector finds, and watches for clutter the
 * page adds later. Turning it off removes every mark: the page is as it was.
 */
export class CleanMode {
  private readonly html = document.documentElement;
  private parts: ArticleParts | null = null;
  private scanner: ClutterScanner | null = null;
  /** What the generic scan has found so far (it runs in idle slices). */
  private found: ClutterMark[] = [];
  /** Ads and overlays, found as the DOM is parsed so they are never painted; the full scan comes later. Null: not looked for (clean mode was off). */
  private early: ClutterMark[] | null = null;
  private observer: MutationObserver | null = null;
  private readonly marked = new Set<Element>();
  private on = false;
  /** The extension went away: later additions to the page are no longer read. */
  private detached = false;
  private groups: readonly ClutterGroup[] = CLUTTER_GROUPS;
  private typography: Typography = DEFAULT_TYPOGRAPHY;

  constructor(private readonly state: PageState) {}

  get enabled(): boolean {
    return this.on;
  }

  /** Synchronous and cheap: safe at document_start, before anything is parsed. */
  enable(): void {
    if (this.on) return;
    this.on = true;
    this.state.timed(() => {
      this.html.setAttribute(ATTR.site, this.state.site.id);
      this.html.setAttribute(ATTR.hide, this.groups.join(' '));
      this.writeTypography();
      this.html.setAttribute(ATTR.mode, 'clean');
      if (this.parts) this.markArticle();
    });
    this.state.cleanChanged(true);
  }

  disable(): void {
    const was = this.on;
    this.on = false;
    this.state.timed(() => {
      this.observer?.disconnect();
      this.observer = null;
      for (const attr of [ATTR.mode, ATTR.site, ATTR.hide, ATTR.pending, ...Object.values(TYPOGRAPHY_ATTR)]) this.html.removeAttribute(attr);
      for (const el of this.marked) {
        el.removeAttribute(ATTR.keep);
        el.removeAttribute(ATTR.clutter);
      }
      this.marked.clear();
    });
    if (was) this.state.cleanChanged(false);
  }

  /**
   * Until the reader's settings arrive the page is not painted: a reader who
   * chose the dark theme or hid fewer groups never sees the defaults first.
   */
  holdPaint(held: boolean): void {
    if (held && this.on) this.html.setAttribute(ATTR.pending, '');
    else this.html.removeAttribute(ATTR.pending);
  }

  setGroups(groups: readonly ClutterGroup[]): void {
    this.groups = groups;
    if (this.on) this.state.timed(() => this.html.setAttribute(ATTR.hide, groups.join(' ')));
  }

  /** The reader's text size, line height, width and theme; shown only while clean mode is on. */
  setTypography(typography: Typography): void {
    this.typography = typography;
    if (this.on) this.state.timed(() => this.writeTypography());
  }

  private writeTypography(): void {
    for (const [attr, value] of Object.entries(typographyAttributes(this.typography))) {
      if (value === null) this.html.removeAttribute(attr);
      else this.html.setAttribute(attr, value);
    }
  }

  /**
   * Called once the DOM is parsed and the article found: in clean mode its
   * parts are marked so no rule hides them, and the ads and overlays the
   * site rules miss are hidden before first paint.
   */
  attach(parts: ArticleParts): void {
    this.parts = parts;
    // What the site's rules hide already is not read again; where they fit the page, only the body is.
    this.scanner = createClutterScanner(document, parts, { isOverlay, skip: siteHideSelectors(this.state.site).join(', '), scope: parts.fit ? 'body' : 'page' });
    if (this.on) this.state.timed(() => this.markArticle());
  }

  private markArticle(): void {
    for (const node of this.scanner!.protected) if (node !== this.html) this.mark(node, ATTR.keep, '');
    // Until the full scan is done, the quick pass hides what shows most; while clean mode is off neither is needed.
    if (!this.scanner!.done) this.apply((this.early ??= this.scanner!.early()));
    this.apply(this.found);
    if (this.scanner?.done) this.watch();
  }

  /**
   * The generic detector, after first paint, one idle slice at a time (the
   * caller runs it until it says it is done). Its marks stay known, so
   * turning clean mode off and on again does not read the page twice.
   */
  detectClutter(shouldYield: () => boolean): boolean {
    if (!this.scanner) return true;
    return this.state.timed(() => {
      const slice = this.scanner!.step(shouldYield);
      this.found.push(...slice);
      // While clean mode is off the page carries no mark: what is found waits for enable().
      if (this.on) this.apply(slice);
      if (!this.scanner!.done) return false;
      if (this.on) this.watch();
      return true;
    });
  }

  /** What the generic scan hides inside the article body, once the scan is done (extraction skips the same boxes). */
  bodyClutter(): Element[] | undefined {
    if (!this.scanner?.done || !this.parts) return undefined;
    const body = this.parts.body;
    return this.found.filter((m) => body.contains(m.element)).map((m) => m.element);
  }

  private mark(el: Element, attr: string, value: string): void {
    el.setAttribute(attr, value);
    this.marked.add(el);
  }

  private apply(marks: ClutterMark[]): void {
    for (const { element, group } of marks) this.mark(element, ATTR.clutter, group);
  }

  /** The extension went away: the page stays as the reader sees it, but nothing more is read or marked. */
  stopWatching(): void {
    this.detached = true;
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Clutter added after load (Load More, delayed pop-ups): only the added subtrees are read. */
  private watch(): void {
    if (this.observer || this.detached || !document.body) return;
    this.observer = new MutationObserver((records) => {
      if (!this.scanner) return;
      this.state.timed(() => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName === PANEL_ELEMENT) continue;
            this.apply(this.scanner!.scanAdded(node as Element));
          }
        }
      });
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }
}

/** Layout probe for the detector: a box pinned to the viewport. */
function isOverlay(el: Element): boolean {
  return getComputedStyle(el).position === 'fixed' && el.getBoundingClientRect().width > 0;
}
