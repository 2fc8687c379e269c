/**
 * Marks passages of the article without touching its text or its DOM: the
 * CSS Custom Highlight API, which every browser Ayeyar supports has
 * (Chrome 105+, Firefox 140+; the manifests declare those minimums).
 * Styled by the page stylesheet (page.css).
 */

export type HighlightName = 'focus' | 'hover';

/** Builds the ranges to mark, at the moment they are marked. */
export type RangeSource = () => Range[];

export interface Highlighter {
  set(name: HighlightName, ranges: RangeSource): void;
  clear(name: HighlightName): void;
  clearAll(): void;
}

const NAMES: HighlightName[] = ['focus', 'hover'];

export function createHighlighter(doc: Document): Highlighter {
  const win = doc.defaultView!;
  const registry = win.CSS.highlights;
  const key = (name: HighlightName) => `ayeyar-${name}`;
  return {
    set(name, source) {
      const ranges = source();
      if (ranges.length) registry.set(key(name), new win.Highlight(...ranges));
      else registry.delete(key(name));
    },
    clear(name) {
      registry.delete(key(name));
    },
    clearAll() {
      for (const name of NAMES) registry.delete(key(name));
    },
  };
}
