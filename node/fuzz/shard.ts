import { checkPage } from './check';
import { Corpus } from './corpus';
import { fuzzPage } from './generate';
import { disposePage } from './parse';

/**
 * npx tsx node/fuzz/shard.ts <from> <count>: checks a run of seeds and prints
 * one JSON line per page ({seed, source, url, mutations, problems}). The
 * fuzz unit test runs half its seeds through this in a second process, so
 * both cores work.
 */

export interface ShardLine {
  seed: number;
  source: string;
  url: string;
  mutations: string[];
  problems: string[];
}

const from = Number(process.argv[2]);
const count = Number(process.argv[3]);
const corpus = new Corpus();
for (let seed = from; seed < from + count; seed++) {
  const page = fuzzPage(seed, corpus);
  const { problems } = checkPage(page);
  disposePage(page.doc);
  const line: ShardLine = { seed, source: page.source, url: page.url, mutations: page.mutations, problems };
  process.stdout.write(JSON.stringify(line) + '\n');
  // jsdom Ranges are held by WeakRefs, which keep their targets until the current job ends: let it end now and then.
  if (seed % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
}
