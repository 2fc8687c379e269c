import { hasLetterOrNumber } from './tokens';
import type { TextSpan } from './types';
import { isZawgyi, sourceSpan, zawgyiToUnicode, type Conversion } from './zawgyi';

/**
 * The article body as paragraphs of plain text, each mapped back to the DOM
 * so that any TextSpan can become a live Range (for highlighting and
 * scrolling). Block elements in document order become paragraphs; boxes the
 * site marks as not body text (related posts, captions, share bars), scripts
 * and captions are skipped. A paragraph typed in Zawgyi is read as its
 * Unicode conversion, and its spans map back through the conversion.
 */

/** A run of paragraph text that is a run of one Text node's data (whitespace collapsed between runs). */
export interface Segment {
  start: number;
  end: number;
  node: Text;
  /** Offset in node.data of the character at `start`. */
  offset: number;
}

export interface Paragraph {
  /** Whitespace-normalised text (in Unicode, if it was typed in Zawgyi). */
  text: string;
  element: Element;
  /** Map the text as typed (the Zawgyi source, if converted) to the DOM. */
  segments: Segment[];
  /** Set when the paragraph was typed in Zawgyi: the conversion that made `text`, with its map back. */
  zawgyi?: Conversion;
}

export interface BodyText {
  paragraphs: Paragraph[];
}

/** Elements that start and end a paragraph: p, h2–h6, li, blockquote, and containers such as div whose loose text is one. */
const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'DIV', 'SECTION', 'ARTICLE', 'DD', 'DT', 'TD', 'TH', 'PRE', 'FIGURE', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY', 'THEAD', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'CENTER', 'ADDRESS']);
/** Never body text, whatever the site rules say. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'H1', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'FORM', 'NAV']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** `excluded`: boxes inside the body that are not article text (core/detect/article-text.ts decides them). */
export function readBodyText(body: Element, excluded: (el: Element) => boolean = () => false): BodyText {
  const paragraphs: Paragraph[] = [];
  let current: Builder | null = null;

  const flush = () => {
    if (current) {
      const p = current.finish();
      if (p) paragraphs.push(p);
      current = null;
    }
  };
  // Depth first with a stack of its own, not recursion: a page nested ten thousand deep must not overflow the call stack.
  // `block` is the element a paragraph of loose text belongs to (the nearest block ancestor); a block ends its paragraph.
  const stack: { next: ChildNode | null; block: Element; isBlock: boolean }[] = [{ next: body.firstChild, block: body, isBlock: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.isBlock) flush();
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === TEXT_NODE) {
      current ??= new Builder(frame.block);
      current.add(child as Text);
    } else if (child.nodeType === ELEMENT_NODE) {
      const e = child as Element;
      const tag = e.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || excluded(e)) continue;
      if (tag === 'BR') current?.space();
      else if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push({ next: e.firstChild, block: e, isBlock: true });
      } else stack.push({ next: e.firstChild, block: frame.block, isBlock: false });
    }
  }
  flush();
  return { paragraphs };
}

/** A Range on the live document for a span of paragraph text, or null if the span is out of range. */
export function textSpanToRange(bodyText: BodyText, span: TextSpan, doc: Document): Range | null {
  const paragraph = bodyText.paragraphs[span.paragraph];
  if (!paragraph || span.start < 0 || span.end > paragraph.text.length || span.start >= span.end) return null;
  // Zawgyi: a span edge inside a reordered syllable widens to the whole syllable as typed.
  const { start, end } = paragraph.zawgyi ? sourceSpan(paragraph.zawgyi, span.start, span.end) : span;
  const from = segmentAt(paragraph.segments, start, false);
  const to = segmentAt(paragraph.segments, end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset + (start - from.start));
  range.setEnd(to.node, to.offset + (end - to.start));
  return range;
}

/** The segment holding position `at` (for an end position, the one it closes). Binary search. */
function segmentAt(segments: Segment[], at: number, isEnd: boolean): Segment | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (isEnd ? at <= s.start : at < s.start) hi = mid - 1;
    else if (isEnd ? at > s.end : at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Text with no whitespace to collapse: no space at either end, and only single U+0020 spaces between words. */
const SINGLE_SPACED = /^\S+(?: \S+)*$/;

/** Builds one paragraph's text and segments, collapsing whitespace across Text nodes. */
class Builder {
  private chunks: string[] = [];
  private length = 0;
  private segments: Segment[] = [];
  /** Whitespace seen since the last word: where it stands in the DOM, or 'virtual' for a <br>. */
  private gap: { node: Text; offset: number } | 'virtual' | null = null;

  constructor(private element: Element) {}

  add(node: Text): void {
    const data = node.data;
    // Most text nodes are already words between single spaces: one piece, mapped one to one.
    if (SINGLE_SPACED.test(data)) {
      this.word(node, 0, data);
      return;
    }
    let last = 0;
    for (const m of data.matchAll(/\S+/g)) {
      const at = m.index;
      if (at > last) this.gap ??= { node, offset: last };
      this.word(node, at, m[0]);
      last = at + m[0].length;
    }
    if (data.length > last) this.gap ??= { node, offset: last };
  }

  /** A <br>: words on either side are separated by one space. */
  space(): void {
    this.gap ??= 'virtual';
  }

  private word(node: Text, at: number, word: string): void {
    const prev = this.segments[this.segments.length - 1];
    if (this.length > 0 && this.gap) {
      const gap = this.gap === 'virtual' ? { node, offset: at } : this.gap;
      const contiguous = prev && prev.node === node && gap.node === node && gap.offset === prev.offset + (prev.end - prev.start) && gap.offset === at - 1;
      this.emit(' ');
      if (contiguous) prev.end++;
      else this.segments.push({ start: this.length - 1, end: this.length, node: gap.node, offset: gap.offset });
    }
    this.gap = null;
    const tail = this.segments[this.segments.length - 1];
    const start = this.length;
    this.emit(word);
    if (tail && tail.node === node && tail.end === start && tail.offset + (tail.end - tail.start) === at) tail.end = this.length;
    else this.segments.push({ start, end: this.length, node, offset: at });
  }

  private emit(s: string): void {
    this.chunks.push(s);
    this.length += s.length;
  }

  finish(): Paragraph | null {
    const text = this.chunks.join('');
    if (!hasLetterOrNumber(text)) return null;
    const paragraph: Paragraph = { text, element: this.element, segments: this.segments };
    if (isZawgyi(text)) {
      paragraph.zawgyi = zawgyiToUnicode(text);
      paragraph.text = paragraph.zawgyi.text;
    }
    return paragraph;
  }
}
