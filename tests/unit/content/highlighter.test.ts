import { describe, expect, it } from 'vitest';
import { createHighlighter, MARK_ATTR } from '@/entrypoints/facts.content/highlighter';
import { parseHtml } from '@/node/parse-html';

function setup() {
  const doc = parseHtml('<div id="a"><p>Troops killed <b>12 villagers</b> in Sagaing, and 40 fled.</p><p>Second paragraph here.</p></div>');
  const root = doc.getElementById('a')!;
  const before = root.innerHTML;
  const textNodes = () => {
    const walker = doc.createTreeWalker(root, 4);
    const out: Node[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
    return out;
  };
  const original = textNodes();
  /** A range over characters [start, end) of the text node at index i. */
  const range = (i: number, start: number, end: number) => {
    const r = doc.createRange();
    r.setStart(original[i], start);
    r.setEnd(original[i], end);
    return r;
  };
  return { doc, root, before, original, textNodes, range };
}

describe('fallback highlighter (no CSS Custom Highlight API)', () => {
  it('marks the passages and restores the exact nodes and text on clear', () => {
    const { doc, root, before, original, textNodes, range } = setup();
    const highlighter = createHighlighter(doc, { fallback: true });
    expect(highlighter.native).toBe(false);

    highlighter.set('focus', () => [range(0, 7, 13), range(2, 17, 19)]);
    expect([...root.querySelectorAll(`mark[${MARK_ATTR}="focus"]`)].map((m) => m.textContent)).toEqual(['killed', '40']);
    expect(root.textContent).toBe(doc.getElementById('a')!.textContent);

    highlighter.set('hover', () => [range(1, 0, 12), range(0, 0, 13)]);
    // Focus wins where both cover the same text.
    expect([...root.querySelectorAll(`mark[${MARK_ATTR}="hover"]`)].map((m) => m.textContent)).toEqual(['12 villagers']);

    highlighter.clear('focus');
    expect([...root.querySelectorAll(`mark[${MARK_ATTR}]`)].map((m) => m.textContent)).toEqual(['Troops killed', '12 villagers']);

    highlighter.clearAll();
    expect(root.innerHTML).toBe(before);
    expect(textNodes()).toEqual(original);
  });

  it('spans that cross elements are marked piece by piece', () => {
    const { doc, root, before, original } = setup();
    const highlighter = createHighlighter(doc, { fallback: true });
    highlighter.set('focus', () => {
      const r = doc.createRange();
      r.setStart(original[0], 7);
      r.setEnd(original[1], 2);
      return [r];
    });
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['killed ', '12']);
    highlighter.clearAll();
    expect(root.innerHTML).toBe(before);
  });
});
