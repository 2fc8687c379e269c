import type { SourcePage } from './corpus';
import type { Rng } from './prng';

/**
 * A working copy of a source page, most often with part of its chrome left
 * out: along the path from <html> down to the article body (or, on a page
 * with no article, to a random box), each box beside the path is dropped
 * with some chance, except one holding the title. Copying only what is kept
 * is what makes a thousand pages a minute possible: jsdom's cost is in the
 * nodes, and the chrome is nine tenths of them.
 */

export interface PageCopy {
  doc: Document;
  /** The copy of the source's body container, or null. */
  body: Element | null;
  /** What was left out, for the page's list of mutations; null for a whole copy. */
  trimmed: string | null;
}

export function copyPage(source: SourcePage, rng: Rng, trim: boolean): PageCopy {
  const from = source.doc;
  const sourceBody = source.body;
  if (!trim) {
    const doc = from.cloneNode(true) as Document;
    return { doc, body: sourceBody && counterpart(sourceBody, doc), trimmed: null };
  }
  const share = rng.pick([0.5, 0.75, 0.95]);
  const title = source.title;
  const boxes = from.body ? [...from.body.querySelectorAll('*')] : [];
  const anchor = sourceBody ?? (boxes.length ? rng.pick(boxes) : from.documentElement);
  // The anchor's ancestors: copied alone, their other children whole or not at all; the anchor itself whole.
  const path = new Set<Node>();
  for (let el = anchor.parentElement; el; el = el.parentElement) path.add(el);
  const doc = from.cloneNode(false) as Document;
  let dropped = 0;
  let body: Element | null = null;
  const copy = (el: Element): Element => {
    const c = doc.importNode(el, false);
    for (const child of el.childNodes) {
      if (path.has(child)) c.append(copy(child as Element));
      else if (child === anchor) {
        const whole = doc.importNode(anchor, true);
        if (anchor === sourceBody) body = whole;
        c.append(whole);
      } else if (child.nodeType === 1 && el !== from.documentElement && !(title && (child as Element).contains(title)) && rng.chance(share)) dropped++;
      else c.append(doc.importNode(child, true));
    }
    return c;
  };
  for (const node of from.childNodes) doc.append(node === from.documentElement ? copy(node as Element) : doc.importNode(node, true));
  return { doc, body, trimmed: `${dropped} boxes beside the article left out (${share * 100}%)` };
}

/** The element at the same place in a whole copy (child indices from the root). */
function counterpart(el: Element, doc: Document): Element | null {
  const steps: number[] = [];
  for (let n: Element = el; n.parentElement; n = n.parentElement) steps.push([...n.parentElement.children].indexOf(n));
  let at: Element | null = doc.documentElement;
  for (let i = steps.length - 1; i >= 0 && at; i--) at = at.children[steps[i]] ?? null;
  return at;
}
