/**
 * What an element's class and id say about it, as words: the one reading of
 * names for the body scorer and the clutter detector. "jeg_share-barTop"
 * reads "jeg share bar top"; a negated word ("no-share", "noSidebar") says
 * the box lacks the thing and is dropped.
 */
export function nameWords(el: Element): string {
  return words(`${el.id} ${el.getAttribute('class') ?? ''}`);
}

function words(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_\s]+/g, ' ')
    .toLowerCase()
    .replace(/\bno \S+/g, '')
    .trim();
}

/**
 * The first group whose pattern the element's name words match. An id made
 * from the element's own heading (documentation generators name each section
 * so: "sharing-with-a-single-developer") tells what the section is about, not
 * what it is, so then only the classes count.
 */
export function namedGroup<G>(el: Element, table: readonly (readonly [G, RegExp])[]): G | null {
  if (!el.id && !el.hasAttribute('class')) return null;
  const group = firstGroup(nameWords(el), table);
  if (group === null || !el.id || !isHeadingSlug(el)) return group;
  return firstGroup(words(el.getAttribute('class') ?? ''), table);
}

function firstGroup<G>(words: string, table: readonly (readonly [G, RegExp])[]): G | null {
  if (!words) return null;
  for (const [group, pattern] of table) if (pattern.test(words)) return group;
  return null;
}

const slug = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function isHeadingSlug(el: Element): boolean {
  const heading = el.querySelector('h1, h2, h3, h4, h5, h6');
  // "-2" and the like tell apart two sections of the same title.
  const id = slug(el.id).replace(/ \d+$/, '');
  return !!heading && id.includes(' ') && slug(heading.textContent ?? '') === id;
}
