/**
 * Selector queries that fail soft: a selector the engine rejects (a newer
 * syntax, a typo in site rules, a page's odd attribute value) matches
 * nothing, and nothing is thrown into the page. Every selector the detector
 * and the extractor run goes through here.
 */

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The first element, by the first selector that finds one, that `accept` takes. */
export function firstMatch(root: ParentNode, selectors: readonly string[], accept?: (el: Element) => boolean): Element | null {
  for (const selector of selectors) {
    const found = accept ? safeQueryAll(root, selector).find(accept) : safeQuery(root, selector);
    if (found) return found;
  }
  return null;
}

/** One matcher for a list of selectors; a selector the engine rejects matches nothing, the others still do. */
export function matcherFor(selectors: readonly string[]): (el: Element) => boolean {
  if (selectors.length === 0) return () => false;
  const joined = selectors.join(',');
  return (el) => {
    try {
      return el.matches(joined);
    } catch {
      return selectors.some((s) => safeMatches(el, s));
    }
  };
}

/** Elements asked about one at a time, as a Set of them would be. */
export interface ElementTest {
  has(el: Element): boolean;
}

/**
 * The elements that match `selector`, decided as a walk reaches each one and
 * remembered: a walk that reads a small part of a page (what the site rules
 * leave) costs less than one query over all of it.
 */
export function matchingElements(selector: string | undefined): ElementTest {
  if (!selector) return { has: () => false };
  const known = new Map<Element, boolean>();
  return {
    has(el) {
      let match = known.get(el);
      if (match === undefined) known.set(el, (match = safeMatches(el, selector)));
      return match;
    },
  };
}
