/**
 * Run by scripts/bench.ts in a fresh process, once per measurement: times the
 * extractor's first two calls on one page, as a content script meets them
 * (nothing compiled or warmed yet). Prints JSON.
 *   cold-start.ts <page.html> <url>
 */
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../node/parse-html';

const [file, url] = process.argv.slice(2);
const doc = parseHtml(readFileSync(file, 'utf8'), url);
const { extractFromParagraphs, readArticle } = await import('../../core/extract');
// The body text is read first, untimed: it is DOM work (slow in jsdom), not extraction.
const paragraphs = readArticle(doc, url).body!.paragraphs.map((p) => p.text);
let start = performance.now();
extractFromParagraphs(paragraphs);
const first = performance.now() - start;
start = performance.now();
extractFromParagraphs(paragraphs);
const second = performance.now() - start;
console.log(JSON.stringify({ first, second }));
