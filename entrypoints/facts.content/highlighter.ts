/**
 * Marks passages of the article without touching its text. Uses the CSS
 * Custom Highlight API where the browser has it (no DOM change at all);
 * elsewhere wraps the text in <mark> elements and, on clear, puts every text
 * node back exactly as it was (same nodes, same data).
 */

export type HighlightName = 'focus' | 'hover';

/**
 * Builds the ranges to mark. Called on the original DOM (the fallback takes
 * its marks out first), so ranges made from saved text positions stay valid.
 */
export type RangeSource = () => Range[];

export interface Highlighter {
  readonly native: boolean;
  set(name: HighlightName, ranges: RangeSource): void;
  clear(name: HighlightName): void;
  clearAll(): void;
}

/** Attribute on fallback <mark> elements; styled by the content stylesheet. */
export const MARK_ATTR = 'data-ayeyar-mark';

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

export function createHighlighter(doc: Document, options: { fallback?: boolean } = {}): Highlighter {
  const win = doc.defaultView as unknown as HighlightWindow | null;
  const registry = win?.CSS?.highlights;
  const HighlightClass = win?.Highlight;
  if (!options.fallback && registry && HighlightClass) return nativeHighlighter(registry, HighlightClass);
  return markHighlighter(doc);
}

function nativeHighlighter(registry: Map<string, unknown>, HighlightClass: new (...ranges: Range[]) => unknown): Highlighter {
  const names: HighlightName[] = ['focus', 'hover'];
  return {
    native: true,
    set(name, source) {
      const ranges = source();
      if (ranges.length) registry.set(`ayeyar-${name}`, new HighlightClass(...ranges));
      else registry.delete(`ayeyar-${name}`);
    },
    clear(name) {
      registry.delete(`ayeyar-${name}`);
    },
    clearAll() {
      for (const name of names) registry.delete(`ayeyar-${name}`);
    },
  };
}

interface Split {
  /** The original node: it stays in place and gets its data back. */
  node: Text;
  data: string;
  /** Nodes splitText created after it, removed on restore. */
  created: Text[];
}

function markHighlighter(doc: Document): Highlighter {
  const marks = new Map<HighlightName, Element[]>();
  const splits: Split[] = [];

  const splitFor = (node: Text): Split => {
    let split = splits.find((s) => s.node === node);
    if (!split) {
      split = { node, data: node.data, created: [] };
      splits.push(split);
    }
    return split;
  };

  /** Wrap [start, end) of a text node in a mark; returns the mark. */
  const wrap = (name: HighlightName, text: Text, start: number, end: number): Element | null => {
    if (end <= start) return null;
    const split = splitFor(text);
    let middle = text;
    if (start > 0) {
      middle = text.splitText(start);
      split.created.push(middle);
    }
    if (end - start < middle.data.length) split.created.push(middle.splitText(end - start));
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, name);
    middle.replaceWith(mark);
    mark.append(middle);
    return mark;
  };

  const restoreAll = () => {
    for (const list of marks.values()) for (const mark of list) mark.replaceWith(...mark.childNodes);
    marks.clear();
    for (const { node, data, created } of splits) {
      for (const piece of created) piece.remove();
      node.data = data;
    }
    splits.length = 0;
  };

  const sources = new Map<HighlightName, RangeSource>();

  const render = () => {
    restoreAll();
    // Every range is built on the restored DOM before anything is split.
    const byNode = new Map<Text, (Piece & { name: HighlightName })[]>();
    for (const name of PRIORITY) {
      const source = sources.get(name);
      if (!source) continue;
      for (const range of source()) {
        for (const piece of textPieces(doc, range)) {
          const list = byNode.get(piece.node) ?? [];
          // Where two highlights cover the same text, the one that comes first in PRIORITY shows.
          if (!list.some((p) => p.start < piece.end && piece.start < p.end)) list.push({ ...piece, name });
          byNode.set(piece.node, list);
        }
      }
    }
    for (const [node, list] of byNode) {
      // Right to left, so the offsets still to wrap stay valid in the original node.
      for (const { name, start, end } of list.sort((x, y) => y.start - x.start)) {
        const mark = wrap(name, node, start, end);
        if (mark) marks.set(name, [...(marks.get(name) ?? []), mark]);
      }
    }
  };

  return {
    native: false,
    set(name, source) {
      sources.set(name, source);
      render();
    },
    clear(name) {
      if (sources.delete(name)) render();
    },
    clearAll() {
      sources.clear();
      restoreAll();
    },
  };
}

interface Piece {
  node: Text;
  start: number;
  end: number;
}

/** Which highlight shows where two overlap. */
const PRIORITY: HighlightName[] = ['focus', 'hover'];

/** The text-node pieces a range covers, in document order. */
function textPieces(doc: Document, range: Range): Piece[] {
  const pieces: Piece[] = [];
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) {
    pieces.push({ node: root as Text, start: range.startOffset, end: range.endOffset });
    return pieces;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) pieces.push({ node, start, end });
  }
  return pieces;
}
