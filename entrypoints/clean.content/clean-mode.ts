import { ATTR } from '@/core/clean/hide-css';
import { DEFAULT_TYPOGRAPHY, TYPOGRAPHY_ATTR, typographyAttributes, type Typography } from '@/core/clean/typography';
import { CLUTTER_GROUPS, type ClutterGroup, type SiteRules } from '@/core/sites';
import { createClutterScanner, type ClutterMark, type ClutterScanner } from '@/core/detect/clutter';
import type { ArticleParts } from '@/core/detect/body';
import { timed } from '@/utils/work-timer';

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
  private observer: MutationObserver | null = null;
  private readonly marked = new Set<Element>();
  private on = false;
  private groups: readonly ClutterGroup[] = CLUTTER_GROUPS;
  private typography: Typography = DEFAULT_TYPOGRAPHY;
  private readonly listeners: ((on: boolean) => void)[] = [];

  constructor(private readonly site: SiteRules) {}

  get enabled(): boolean {
    return this.on;
  }

  /** Called after clean mode turns on or off (the panel shows only in clean mode). */
  onToggle(listener: (on: boolean) => void): void {
    this.listeners.push(listener);
  }

  /** Synchronous and cheap: safe at document_start, before anything is parsed. */
  enable(): void {
    if (this.on) return;
    this.on = true;
    this.html.setAttribute(ATTR.site, this.site.id);
    this.html.setAttribute(ATTR.hide, this.groups.join(' '));
    this.writeTypography();
    this.html.setAttribute(ATTR.mode, 'clean');
    if (this.parts) this.markArticle();
    for (const listener of this.listeners) listener(true);
  }

  disable(): void {
    const was = this.on;
    this.on = false;
    this.observer?.disconnect();
    this.observer = null;
    for (const attr of [ATTR.mode, ATTR.site, ATTR.hide, ...Object.values(TYPOGRAPHY_ATTR)]) this.html.removeAttribute(attr);
    for (const el of this.marked) {
      el.removeAttribute(ATTR.keep);
      el.removeAttribute(ATTR.clutter);
    }
    this.marked.clear();
    if (was) for (const listener of this.listeners) listener(false);
  }

  setGroups(groups: readonly ClutterGroup[]): void {
    this.groups = groups;
    if (this.on) this.html.setAttribute(ATTR.hide, groups.join(' '));
  }

  /** The reader's text size, line height, width and theme; shown only while clean mode is on. */
  setTypography(typography: Typography): void {
    this.typography = typography;
    if (this.on) this.writeTypography();
  }

  private writeTypography(): void {
    for (const [attr, value] of Object.entries(typographyAttributes(this.typography))) {
      if (value === null) this.html.removeAttribute(attr);
      else this.html.setAttribute(attr, value);
    }
  }

  /** Called once the DOM is parsed and the article found. */
  attach(parts: ArticleParts): void {
    this.parts = parts;
    if (this.on) this.markArticle();
  }

  private markArticle(): void {
    const parts = this.parts!;
    timed(() => {
      for (const el of parts.keep) {
        for (let node: Element | null = el; node && node !== this.html; node = node.parentElement) this.mark(node, ATTR.keep, '');
      }
      // What the site's rules hide already is not read again by the generic detector.
      this.scanner = createClutterScanner(document, parts, { isOverlay, skip: Object.values(this.site.hide).flat().join(', ') });
      this.apply(this.scanner.marks);
    });
    this.watch();
  }

  private mark(el: Element, attr: string, value: string): void {
    el.setAttribute(attr, value);
    this.marked.add(el);
  }

  private apply(marks: ClutterMark[]): void {
    for (const { element, group } of marks) this.mark(element, ATTR.clutter, group);
  }

  /** Clutter added after load (Load More, delayed pop-ups): only the added subtrees are read. */
  private watch(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((records) => {
      if (!this.scanner) return;
      timed(() => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).localName.startsWith('ayeyar-')) continue;
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
