import { describe, expect, it } from 'vitest';
import { removeLeftovers } from '@/entrypoints/article.content/leftovers';
import { parseHtml } from '@/node/parse-html';

describe('what an earlier Ayeyar left in a page', () => {
  it('is removed: panel, highlights, marks, attributes; the page is as the site made it', () => {
    const site = '<html lang="en"><head></head><body><div class="a"><p>Troops killed 12 villagers.</p></div><div class="menu">x</div></body></html>';
    const doc = parseHtml(site);
    const original = doc.documentElement.outerHTML;
    doc.querySelector('.a')!.setAttribute('data-ayeyar-keep', '');
    doc.querySelector('.menu')!.setAttribute('data-ayeyar-clutter', 'header');
    for (const [name, value] of [['data-ayeyar', 'clean'], ['data-ayeyar-hide', 'header'], ['data-ayeyar-theme', 'dark'], ['data-ayeyar-ms', '3.2']]) {
      doc.documentElement.setAttribute(name, value);
    }
    doc.body.append(doc.createElement('ayeyar-panel'));
    // Highlights an earlier version registered (jsdom has no Highlight API: a registry as browsers have it).
    const highlights = new Map<string, unknown>([['ayeyar-focus', {}], ['ayeyar-hover', {}], ['the-site-own', {}]]);
    Object.assign(doc.defaultView!, { CSS: { highlights } });

    removeLeftovers(doc);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect([...highlights.keys()]).toEqual(['the-site-own']);
  });
});
