/**
 * Links to an exact passage of a page with a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): url#:~:text=start,end.
 * Browsers that support it scroll to and mark the passage; others open the page.
 */

/** Passages longer than this are linked by their first and last words. */
const MAX_EXACT_CHARS = 120;
const EDGE_WORDS = 5;

/** Half of a surrogate pair standing alone (an emoji cut in two): encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Percent-encodes a directive term; '-', ',' and '&' are syntax inside the directive. A lone surrogate becomes U+FFFD. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
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
