import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The content script runs on every article page: its size is kept to a
 * budget. 40 KB until the notebook's Keep controls (about 1 KB: Keep, Keep
 * all, note and tags, the message to the background) took the facts script
 * past it.
 */
export const CONTENT_SCRIPT_BUDGET_BYTES = 41 * 1024;

const ROOT = path.resolve(import.meta.dirname, '..');
export const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;

export interface BundleSize {
  build: string;
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Every content script of the built extensions, raw and gzipped. */
export function contentScriptSizes(): BundleSize[] {
  return BUILDS.flatMap((build) => {
    const dir = path.join(ROOT, '.output', build, 'content-scripts');
    if (!fs.existsSync(dir)) throw new Error(`.output/${build} is not built: run npm run build && npm run build:firefox`);
    return fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => {
        const source = fs.readFileSync(path.join(dir, file));
        return { build, file, bytes: source.length, gzipBytes: gzipSync(source, { level: 9 }).length };
      });
  });
}
