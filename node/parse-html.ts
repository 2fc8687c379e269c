import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A Document from HTML in Node, for the command-line tool, benchmark and tests.
 * Scripts never run and nothing is fetched: the page is only read.
 */
export function parseHtml(html: string, url = 'https://www.irrawaddy.com/'): Document {
  const virtualConsole = new VirtualConsole(); // silences CSS parse noise from real pages
  return new JSDOM(html, { url, virtualConsole }).window.document;
}
