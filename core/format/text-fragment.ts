/**
 * Links to an exact passage of a page with a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): url#:~:text=start,end.
 * Browsers that support it scroll to and mark the passage; others open the page.
 */

/** Passages longer than this are linked by their first and last words. */
const MAX_EXACT_CHARS = 120;
const EDGE_WORDS = 5;

/** Percent-encodes a directive term; '-', ',' and '&' are syntax inside the directive. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

export function textFragmentUrl(pageUrl: string, passage: string): string {
  const base = pageUrl.replace(/#.*$/, '');
  const text = passage.replace(/\s+/g, ' ').trim();
  if (!text) return base;
  if (text.length <= MAX_EXACT_CHARS) return `${base}#:~:text=${encodeTerm(text)}`;
  const words = text.split(' ');
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
