import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '@/node/parse-html';
import { CATALOGUES, messageOf, ROOT } from './catalogues';

/**
 * Every message the extension shows is in the catalogues, and every message
 * in them is shown somewhere. The TypeScript code names messages by a typed
 * key (MessageKey, from en/messages.json: tsc refuses a missing one); the
 * pages' HTML names them in data-text, checked here, and holds no words of
 * its own.
 */

const PAGES = ['popup', 'options', 'notebook'].map((name) => ({ name, doc: parseHtml(fs.readFileSync(path.join(ROOT, 'entrypoints', name, 'index.html'), 'utf8')) }));
/** Words a page may show as they are: the brand, a separator, the swatches' sample letters, the editions' addresses. */
const FIXED_TEXTS = new Set(['Ayeyar', '·', 'Aa', 'www.irrawaddy.com', 'burma.irrawaddy.com']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.(ts|html)$/.test(entry.name) ? [fs.readFileSync(file, 'utf8')] : [];
  });
}

describe('message keys', () => {
  it("name a message of both catalogues wherever the pages' HTML asks for one, with its numbers", () => {
    for (const { name, doc } of PAGES) {
      for (const el of doc.querySelectorAll<HTMLElement>('[data-text]')) {
        const key = el.dataset.text!;
        for (const lang of ['en', 'my'] as const) expect(CATALOGUES[lang][key], `${name}: ${key} (${lang})`).toBeDefined();
        const placeholders = Object.keys(CATALOGUES.en[key].placeholders ?? {}).length;
        expect((el.dataset.args ?? '').split(' ').filter(Boolean).length, `${name}: ${key}`).toBe(placeholders);
        expect(el.textContent, `${name}: ${key} is filled in by the page`).toBe('');
      }
    }
  });

  it("leave no words of their own in the pages' HTML but names in their own language", () => {
    for (const { name, doc } of PAGES) {
      const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        if (!text || FIXED_TEXTS.has(text) || node.parentElement!.closest('[lang]:not(html)') || node.parentElement!.closest('script')) continue;
        expect.fail(`${name}: "${text}" is not in the catalogues`);
      }
    }
  });

  it('are each used somewhere', () => {
    const code = [...['entrypoints', 'components', 'utils'].flatMap((dir) => sources(path.join(ROOT, dir))), fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')].join('\n');
    // Keys built from a value: `panel_kind_${kind}`.
    const built = [...code.matchAll(/`([A-Za-z0-9_]+_)\$\{/g)].map((m) => m[1]);
    for (const key of Object.keys(CATALOGUES.en)) {
      const names = [key, messageOf(key)];
      const used = names.some((k) => new RegExp(`['"\`]${k}['"\`]|__MSG_${k}__`).test(code)) || built.some((prefix) => key.startsWith(prefix));
      expect(used, key).toBe(true);
    }
  });
});
