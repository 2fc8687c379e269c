import { Readability } from '@mozilla/readability';

/**
 * The body container Readability would choose, mapped back to the live
 * document (Readability works on a copy). Used as the reference our own
 * scorer is checked against, and as the baseline of the benchmark.
 */
export function readabilityBody(doc: Document): Element | null {
  const copy = doc.cloneNode(true) as Document;
  // The serializer hands back Readability's element itself: no HTML string to parse again.
  const content = new Readability<Element>(copy, { serializer: (el) => el as Element }).parse()?.content;
  if (!content) return null;
  const wanted = new Set<string>();
  for (const p of content.querySelectorAll('p')) {
    const text = normalize(p.textContent);
    if (text.length >= 40) wanted.add(text);
  }
  const matched = [...doc.querySelectorAll('p')].filter((p) => wanted.has(normalize(p.textContent)));
  if (!matched.length) return null;
  let ancestor: Element = matched[0].parentElement ?? matched[0];
  for (const node of matched.slice(1)) {
    while (!ancestor.contains(node) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

function normalize(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
