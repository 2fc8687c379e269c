import { ATTR } from '@/core/clean/hide-css';
import { hasArticleEvidence } from '@/core/detect/article';
import { findArticleParts, type ArticleParts } from '@/core/detect/body';
import type { SiteRules } from '@/core/sites';
import type { Language } from '@/utils/settings';

/**
 * The state of one article page, which every part of the content script
 * shares, and who does what when:
 *
 *   document_start    session.ts     the address decides: an article of a known site, or nothing at all, ever
 *                     clean-mode.ts  <html data-ayeyar="clean" …>: the manifest CSS hides clutter before first paint
 *                     settings.ts    one storage read; until it arrives the page waits unpainted (pending)
 *   settings arrive   settings.ts    groups, typography, clean on/off, edition on/off; the page is painted
 *   DOM parsed        page-state.ts  the article's parts, found once (site rules, else the generic scorer);
 *                                    none: the page is no article after all and is left exactly as it was
 *                     clean-mode.ts  the parts marked so no rule hides them
 *   idle slices       clean-mode.ts  the generic detector, on what the site rules leave (only the body where
 *                                    their frame is all there); later additions watched
 *                     facts.ts       extraction, then the panel (edition on): shown while clean mode is on
 *   any time          session.ts     settings changed anywhere, messages from the popup and the keyboard
 *   new address       session.ts     stop(): every mark removed; the next address gets a new session
 *
 * Everything the content script writes into the page goes through ATTR
 * (core/clean/hide-css.ts), so leftovers.ts can always take it away.
 */
export class PageState {
  readonly html = document.documentElement;
  private parts: ArticleParts | null | undefined;
  private readonly cleanListeners = new Set<(on: boolean) => void>();
  private workMs = 0;
  private longestMs = 0;
  /** Nesting of timed() calls: only the outermost is counted, and it is one task of ours. */
  private depth = 0;
  private published = false;

  constructor(
    readonly url: string,
    readonly site: SiteRules,
    readonly edition: Language,
    /** Aborted when the session stops: listeners registered with it go with it. */
    readonly signal: AbortSignal,
  ) {}

  /**
   * The article's parts, found once the DOM is parsed; null when the page
   * shows no article. A miss is not kept: the page may add its article later.
   */
  articleParts(): ArticleParts | null {
    if (this.parts && this.parts.body.isConnected) return this.parts;
    this.parts = this.timed(() => (hasArticleEvidence(document) ? findArticleParts(document, this.site) : null));
    return this.parts;
  }

  /** Clean mode went on or off (the panel shows only in clean mode). */
  onCleanChange(listener: (on: boolean) => void): void {
    this.cleanListeners.add(listener);
    this.signal.addEventListener('abort', () => this.cleanListeners.delete(listener), { once: true });
  }

  cleanChanged(on: boolean): void {
    for (const listener of this.cleanListeners) listener(on);
  }

  /**
   * Runs a piece of Ayeyar's own work and adds its time to the page's total,
   * shown on <html data-ayeyar-ms>, and the longest such piece (one task of
   * ours) on data-ayeyar-longest-ms: tests and the benchmark read them. Only
   * synchronous work is counted, not waiting.
   */
  timed<T>(work: () => T): T {
    if (this.depth > 0) return work();
    this.depth = 1;
    const start = performance.now();
    try {
      return work();
    } finally {
      this.depth = 0;
      const ms = performance.now() - start;
      this.workMs += ms;
      this.longestMs = Math.max(this.longestMs, ms);
      if (this.published) this.writeWork();
    }
  }

  /** From now on the total is shown: this page is one Ayeyar works on. */
  publishWork(): void {
    this.published = true;
    this.writeWork();
  }

  /** The page turned out not to be ours, or its edition is turned off: no trace. */
  retractWork(): void {
    this.published = false;
    this.html.removeAttribute(ATTR.ms);
    this.html.removeAttribute(ATTR.longestMs);
  }

  private writeWork(): void {
    this.html.setAttribute(ATTR.ms, this.workMs.toFixed(2));
    this.html.setAttribute(ATTR.longestMs, this.longestMs.toFixed(2));
  }
}
