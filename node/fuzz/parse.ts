import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * HTML to a Document for the fuzzer. One jsdom window and its DOMParser parse
 * every page: a new window per page (node/parse-html.ts) costs more than most
 * of what the fuzzer then runs on it, and jsdom windows are never freed.
 * Scripts never run either way.
 *
 * Pages that share a window must not stay reachable from it, or a run of a
 * thousand pages runs out of memory (about 4 MB a fixture page). jsdom 28
 * keeps them through the window in two ways: the selector engine of every
 * document listens to the window's focus, key and mouse events (to match
 * :focus and :hover, which no fuzzed page ever has), and the register of
 * elements with an id or a name (for window[id]) holds each one until it
 * leaves its document. The first is switched off here, the second emptied
 * by disposePage.
 */

let parser: DOMParser | null = null;

function domParser(): DOMParser {
  if (!parser) {
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    window.addEventListener = () => {};
    parser = new window.DOMParser();
  }
  return parser;
}

export function parsePage(html: string): Document {
  return domParser().parseFromString(html, 'text/html');
}

/** The page as HTML again (doctype included), for the replay file and for string mutations. */
export function serialize(doc: Document): string {
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return doctype + (doc.documentElement?.outerHTML ?? '');
}

/** Frees a page the fuzzer is done with: its elements leave the window's register of ids and names. */
export function disposePage(doc: Document): void {
  doc.documentElement?.remove();
}
