import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A Document from HTML in Node, for the command-line tool, benchmark and tests.
 * Scripts never run and nothing is fetched: the page is only read.
 *
 * jsdom parses every stylesheet and style attribute as it builds the page,
 * and its CSS code throws on some real pages (`border: inherit` in one of
 * Readability's test pages). Nothing here needs the page's styles, so such a
 * page is read again without them rather than not at all.
 */
export function parseHtml(html: string, url = 'https://www.irrawaddy.com/'): Document {
  try {
    return build(html, url);
  } catch (error) {
    try {
      return build(withoutStyles(html), url);
    } catch {
      throw new HtmlParseError(`the page cannot be read as HTML (${(error as Error).message})`);
    }
  }
}

/** A page jsdom cannot build even without its styles. */
export class HtmlParseError extends Error {}

function build(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole(); // silences CSS parse noise from real pages
  return new JSDOM(html, { url, virtualConsole }).window.document;
}

/** Stylesheets emptied and style attributes renamed, so jsdom has no CSS to parse. */
function withoutStyles(html: string): string {
  return html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2').replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, '$1data-style$2');
}
