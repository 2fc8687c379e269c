import { describe, expect, it } from 'vitest';
import { removeLeftovers } from '@/entrypoints/clean.content/leftovers';
import { parseHtml } from '@/node/parse-html';

describe('what an earlier Ayeyar left in a page', () => {
  it('is removed: panel, marks, attributes; the page is as the site made it', () => {
    const site = '<html lang="en"><head></head><body><div class="a"><p>Troops killed 12 villagers.</p></div><div class="menu">x</div></body></html>';
    const doc = parseHtml(site);
    const original = doc.documentElement.outerHTML;
    const p = doc.querySelector('p')!;
    const [before, after] = p.firstChild!.textContent!.split('12 villagers');
    p.replaceChildren(before, Object.assign(doc.createElement('mark'), { textContent: '12 villagers' }), after);
    p.querySelector('mark')!.setAttribute('data-ayeyar-mark', 'focus');
    doc.querySelector('.a')!.setAttribute('data-ayeyar-keep', '');
    doc.querySelector('.menu')!.setAttribute('data-ayeyar-clutter', 'header');
    for (const [name, value] of [['data-ayeyar', 'clean'], ['data-ayeyar-hide', 'header'], ['data-ayeyar-theme', 'dark'], ['data-ayeyar-ms', '3.2']]) {
      doc.documentElement.setAttribute(name, value);
    }
    doc.body.append(doc.createElement('ayeyar-panel'));

    removeLeftovers(doc);
    expect(doc.documentElement.outerHTML).toBe(original);
    expect(p.childNodes).toHaveLength(1);
  });
});
