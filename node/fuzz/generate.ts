import type { Corpus } from './corpus';
import { copyPage } from './copy';
import { DOM_MUTATIONS } from './dom-mutations';
import { HTML_MUTATIONS } from './html-mutations';
import { disposePage, parsePage, serialize } from './parse';
import { Rng } from './prng';

/**
 * One fuzzed page per seed: a fixture of the corpus, most often with some of
 * its chrome trimmed, a few DOM mutations, sometimes its HTML broken and
 * parsed again, sometimes another address.
 * The seed alone rebuilds the page (given the same corpus), so a failure is
 * replayed with `npx tsx node/fuzz/replay.ts <seed>`.
 */

export interface FuzzPage {
  seed: number;
  /** The fixture it was derived from. */
  source: string;
  /** Whether that fixture is an article (expected.json isArticle). */
  sourceIsArticle: boolean;
  url: string;
  /** What was done to it, in order. */
  mutations: string[];
  doc: Document;
}

export function replayCommand(seed: number): string {
  return `npx tsx node/fuzz/replay.ts ${seed}`;
}

export function fuzzPage(seed: number, corpus: Corpus): FuzzPage {
  const rng = new Rng(seed);
  const fixture = rng.pick(corpus.fixtures);
  const source = corpus.source(fixture);
  const copy = copyPage(source, rng, rng.chance(0.85));
  let doc = copy.doc;
  const mutations: string[] = copy.trimmed ? [`trim-chrome: ${copy.trimmed}`] : [];

  const count = rng.weighted([[1, 3], [2, 4], [3, 2], [4, 1]] as const);
  for (let n = 0; n < count; n++) {
    const mutation = rng.weighted(DOM_MUTATIONS.map((m) => [m, m.weight] as const));
    const did = mutation.apply({ doc, rng, isArticle: source.isArticle, body: copy.body });
    if (did) mutations.push(`${mutation.name}: ${did}`);
  }
  if (rng.chance(0.2)) {
    let html = serialize(doc);
    disposePage(doc);
    for (let n = rng.int(1, 2); n > 0; n--) {
      const mutation = rng.weighted(HTML_MUTATIONS.map((m) => [m, m.weight] as const));
      const result = mutation.apply(html, rng);
      html = result.html;
      mutations.push(`${mutation.name}: ${result.did}`);
    }
    doc = parsePage(html);
  }
  let url = source.url;
  if (rng.chance(0.15)) {
    url = urlVariant(url, source.isArticle, rng);
    mutations.push(`url: ${url.length > 200 ? url.slice(0, 200) + '…' : url}`);
  }
  return { seed, source: source.name, sourceIsArticle: source.isArticle, url, mutations, doc };
}

/** Another address for the page; a non-article page only gets addresses that still name the same listing. */
function urlVariant(url: string, isArticle: boolean, rng: Rng): string {
  const keep = [
    () => `${url}${url.includes('?') ? '&' : '?'}utm_source=facebook&fbclid=${rng.int(0, 1e9)}`,
    () => `${url}#comments`,
    () => url.replace('https://www.', 'HTTPS://WWW.'),
    () => url.replace('https:', 'http:'),
    () => url.replace('//www.', '//'),
    () => ` ${url}\t`,
  ];
  const any = [
    ...keep,
    () => 'not a url',
    () => '',
    () => 'javascript:alert(1)',
    () => url.replace('www.irrawaddy.com', 'evil.example'),
    () => url.replace(/\/[^/]*$/, '/%E1%80%80%E1%80%BB%E1%80%95%E1%80%BA.html'),
    () => url.replace(/\.html$/, `-${'x'.repeat(10_000)}.html`),
    () => url.replace('www.irrawaddy.com', 'user:pass@www.irrawaddy.com:8080'),
    () => url.toUpperCase(),
    () => url.replace(/\.html$/, '.html/../../category/news/'),
  ];
  return rng.pick(isArticle ? any : keep)();
}
