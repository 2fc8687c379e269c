import { Readability } from '@mozilla/readability';
import type { SiteRules } from '../sites';
import { ARTICLE_META } from './generic-rules';

/**
 * Where the article is on the page: its body container and the parts a reader
 * must always see (title, byline, date, featured image and caption). Site
 * selectors first; when they find nothing, Readability finds the body on a
 * copy of the page and we map its paragraphs back to the live document.
 */

export interface ArticleParts {
  body: Element;
  /** Title, byline, date, featured image, caption: never hidden. */
  keep: Element[];
  title: Element | null;
  via: 'site' | 'generic';
}

/** A body must hold at least this much paragraph text to count. */
const MIN_BODY_TEXT = 140;
/** Readability paragraphs shorter than this are too generic to map back. */
const MIN_MAPPED_PARAGRAPH = 40;

export function findArticleParts(doc: Document, site: SiteRules | null): ArticleParts | null {
  const siteBody = site ? firstMatch(doc, site.body, isSubstantialBody) : null;
  const body = siteBody ?? findBodyGenerically(doc);
  if (!body) return null;
  const title = (site && firstMatch(doc, site.keep.title)) ?? genericTitle(doc, body);
  const keep: Element[] = [body];
  if (title) {
    keep.push(title);
    // Byline, date and featured image stand between the title and the body, whatever the theme calls them.
    for (const el of safeQueryAll(doc, ARTICLE_META.join(', '))) {
      if (follows(el, title) && follows(body, el) && !el.contains(body)) keep.push(el);
    }
  }
  if (site) {
    // Related posts and sidebars repeat the byline and date classes: take the first after the title.
    for (const selector of [...site.keep.byline, ...site.keep.date, ...site.keep.featured]) {
      const first = safeQueryAll(doc, selector).find((el) => !title || follows(el, title));
      if (first) keep.push(first);
    }
  }
  return { body, keep: [...new Set(keep)], title, via: siteBody ? 'site' : 'generic' };
}

function follows(el: Element, anchor: Element): boolean {
  return !!(anchor.compareDocumentPosition(el) & 4 /* DOCUMENT_POSITION_FOLLOWING */);
}

function isSubstantialBody(el: Element): boolean {
  let text = 0;
  for (const p of el.querySelectorAll('p')) text += (p.textContent ?? '').trim().length;
  return text >= MIN_BODY_TEXT || (el.textContent ?? '').trim().length >= MIN_BODY_TEXT * 2;
}

function firstMatch(doc: Document, selectors: string[], accept: (el: Element) => boolean = () => true): Element | null {
  for (const selector of selectors) {
    const found = safeQueryAll(doc, selector).find(accept);
    if (found) return found;
  }
  return null;
}

/** A selector the engine rejects matches nothing (fail soft, never throw into the page). */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

function genericTitle(doc: Document, body: Element): Element | null {
  const headings = [...doc.querySelectorAll('h1')];
  // The article's h1 stands before its body in document order; prefer the nearest one.
  const before = headings.filter((h) => !body.contains(h) && follows(body, h));
  return before.at(-1) ?? headings[0] ?? null;
}

/** Readability on a copy, then the live element that holds the paragraphs it chose. */
export function findBodyGenerically(doc: Document): Element | null {
  let content: Element | null = null;
  try {
    const copy = doc.cloneNode(true) as Document;
    // The serializer hands back Readability's element itself: no HTML string to parse again.
    const parsed = new Readability<Element>(copy, { charThreshold: MIN_BODY_TEXT, serializer: (el) => el as Element }).parse();
    content = parsed?.content ?? null;
  } catch {
    return null;
  }
  if (!content) return null;
  const wanted = new Set<string>();
  for (const p of content.querySelectorAll('p')) {
    const text = normalize(p.textContent);
    if (text.length >= MIN_MAPPED_PARAGRAPH) wanted.add(text);
  }
  const matched = [...doc.querySelectorAll('p')].filter((p) => wanted.has(normalize(p.textContent)));
  if (matched.length === 0) return null;
  return commonAncestor(matched);
}

function normalize(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function commonAncestor(nodes: Element[]): Element {
  let ancestor: Element = nodes[0].parentElement ?? nodes[0];
  for (const node of nodes.slice(1)) {
    while (!ancestor.contains(node) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}
