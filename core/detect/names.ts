/**
 * What an element's class and id say about it, as words: the one reading of
 * names for the body finder and the clutter detector. "jeg_share-barTop"
 * reads "jeg share bar top"; a negated word ("no-share", "noSidebar") says
 * the box lacks the thing and is dropped.
 */
export function nameWords(el: Element): string {
  return `${el.id} ${el.getAttribute('class') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_\s]+/g, ' ')
    .toLowerCase()
    .replace(/\bno \S+/g, '')
    .trim();
}

/** The first group whose pattern the element's name words match. */
export function namedGroup<G>(el: Element, table: readonly (readonly [G, RegExp])[]): G | null {
  if (!el.id && !el.hasAttribute('class')) return null;
  const words = nameWords(el);
  for (const [group, pattern] of table) if (pattern.test(words)) return group;
  return null;
}
