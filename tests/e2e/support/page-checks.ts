/**
 * Functions that run inside the page (they are serialised: no imports, no
 * closures over test code).
 */

export interface VisibilityReport {
  /** Selectors that matched nothing. */
  missing: string[];
  /** For each hidden selector, how many of its matches are still visible. */
  shown: { selector: string; count: number; sample: string }[];
  /** For each kept selector, how many of its matches are not visible. */
  lost: { selector: string; count: number; sample: string }[];
}

/** Visible to a reader: rendered, with a box, not visibility:hidden. */
export function checkRegions({ hidden, kept }: { hidden: string[]; kept: string[] }): VisibilityReport {
  const isVisible = (el: Element): boolean => {
    const seen = (el as HTMLElement).checkVisibility?.({ visibilityProperty: true } as never) ?? true;
    return seen && el.getClientRects().length > 0;
  };
  const describe = (el: Element) => `<${el.localName} class="${el.getAttribute('class') ?? ''}"> ${(el.textContent ?? '').trim().slice(0, 60)}`;
  const report: VisibilityReport = { missing: [], shown: [], lost: [] };
  for (const selector of hidden) {
    const all = [...document.querySelectorAll(selector)];
    if (!all.length) report.missing.push(selector);
    const visible = all.filter(isVisible);
    if (visible.length) report.shown.push({ selector, count: visible.length, sample: describe(visible[0]) });
  }
  for (const selector of kept) {
    const all = [...document.querySelectorAll(selector)];
    if (!all.length) report.missing.push(selector);
    const gone = all.filter((el) => !isVisible(el));
    if (gone.length) report.lost.push({ selector, count: gone.length, sample: describe(gone[0]) });
  }
  return report;
}

/** The page as markup, without Ayeyar's own work counter (which stays after clean mode is turned off). */
export function serializePage(): string {
  const copy = document.documentElement.cloneNode(true) as HTMLElement;
  copy.removeAttribute('data-ayeyar-ms');
  copy.removeAttribute('data-ayeyar-longest-ms');
  return copy.outerHTML;
}

/**
 * Installed before the page's own scripts: records whether the main menu was
 * already hidden when the parser inserted it, and whether every clutter region
 * was hidden when DOMContentLoaded fired. Read back from window.__ayeyarFlash.
 */
export function flashProbeScript(menuSelector: string, hiddenSelectors: string[]): string {
  return `(() => {
    const probe = { menuShownAtInsertion: null, shownAtReady: null };
    window.__ayeyarFlash = probe;
    const shown = (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    const observer = new MutationObserver(() => {
      const menu = document.querySelector(${JSON.stringify(menuSelector)});
      if (menu && probe.menuShownAtInsertion === null) { probe.menuShownAtInsertion = menu.getClientRects().length > 0; observer.disconnect(); }
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
      probe.shownAtReady = ${JSON.stringify(hiddenSelectors)}.filter((s) => [...document.querySelectorAll(s)].some(shown));
    }, 0));
  })();`;
}
