import { describe, expect, it } from 'vitest';
import { findArticleParts } from '@/core/detect/body';
import { createClutterScanner } from '@/core/detect/clutter';
import { extractFromParagraphs } from '@/core/extract';
import { readBodyText } from '@/core/extract/body-text';
import { textFragmentUrl } from '@/core/format/text-fragment';
import { siteForUrl } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';

/**
 * One test per bug the fuzzer found in core/ (node/fuzz/, tests/unit/fuzz/
 * fuzz.test.ts), on the smallest page that shows it; the page it was found
 * on is kept in tests/fixtures/fuzz--*. Markup and text are our own.
 */

const URL = 'https://www.irrawaddy.com/news/burma/a-story-for-this-test.html';
const PROSE = 'A paragraph of the article written for this test, long enough to read as prose and not as a list of links.';
const page = (inner: string) =>
  parseHtml(
    `<html><head><meta property="og:type" content="article"></head><body class="single single-post"><div class="jeg_inner_content">
      <div class="entry-header"><h1 class="jeg_post_title">A title</h1></div>${inner}</div></body></html>`,
    URL,
  );

describe('bugs the fuzzer found', () => {
  it('a number too long for a double is no figure (it read as Infinity)', () => {
    const { figures } = extractFromParagraphs([`Some ${'9'.repeat(400)} people fled, and 12 villages burned.`]);
    expect(figures.every((f) => Number.isFinite(f.value))).toBe(true);
    expect(figures.map((f) => f.value)).toContain(12);
  });

  it('words that are names of Object members are no currency, unit or number ("constructor 5,000 kyats" was money in `Object`)', () => {
    const { figures } = extractFromParagraphs(['The firm paid constructor 5,000 kyats and toString 3 km, and 3 __proto__ a day for 2 valueOf.']);
    expect(figures.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([
      ['5,000 kyats', 'money', 5000, 'MMK'],
      ['3 km', 'quantity', 3, 'km'],
    ]);
  });

  it('links to a passage holding half an emoji (encodeURIComponent threw on the lone surrogate)', () => {
    const url = textFragmentUrl(URL, 'Some 40 people \uD83D fled');
    expect(url).toBe(`${URL}#:~:text=Some%2040%20people%20%EF%BF%BD%20fled`);
    expect(textFragmentUrl(URL, 'A whole emoji 👍 stays')).toBe(`${URL}#:~:text=A%20whole%20emoji%20%F0%9F%91%8D%20stays`);
  });

  it("a short article is still the site's body, not prose found in a box beside it", () => {
    const doc = page(`<div class="entry-content no-share"><div class="content-inner"><p>Short.</p></div></div>
      <div class="jeg_authorbox"><p>${PROSE} ${PROSE}</p></div>`);
    const parts = findArticleParts(doc, siteForUrl(URL))!;
    expect(parts.body.className).toBe('content-inner');
    expect(parts.via).toBe('site');
  });

  it('a class that says a box has no share bar ("no-share") does not make it a share bar', () => {
    // A second copy of the article (as "next article" loading appends), outside the kept parts.
    const doc = page(`<div class="entry-content"><div class="content-inner"><p>${PROSE}</p><p>${PROSE}</p></div></div>
      <div class="entry-content no-share" id="next"><p>${PROSE}</p></div><div class="noSidebar" id="wide"><p>${PROSE}</p></div>`);
    const parts = findArticleParts(doc, siteForUrl(URL))!;
    const marked = createClutterScanner(doc, parts).marks.map((m) => m.element.id);
    expect(marked).not.toContain('next');
    expect(marked).not.toContain('wide');
  });

  it('article paragraphs that a box hidden by the site rules has swallowed (an unclosed tag) are kept, and the box with them', () => {
    // The related-posts box is never closed: the parser puts the rest of the body inside it.
    const doc = page(`<div class="entry-content"><div class="content-inner"><p>${PROSE}</p>
      <div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><a href="/news/burma/other.html">Another story</a>
      <p id="swallowed">${PROSE}</p><p><a href="/news/burma/third.html">A related headline that is only a link</a></p></div></div></div>`);
    const parts = findArticleParts(doc, siteForUrl(URL))!;
    expect(parts.keep.map((el) => el.id)).toContain('swallowed');
    expect(parts.keep.filter((el) => el.localName === 'p')).toHaveLength(1);
  });

  it('an unbroken related-posts box keeps no paragraph', () => {
    const doc = page(`<div class="entry-content"><div class="content-inner"><p>${PROSE}</p><p>${PROSE}</p>
      <div class="jnews_inline_related_post_wrapper"><p><a href="/news/burma/other.html">Another story, a headline that is a link</a></p></div></div></div>`);
    expect(findArticleParts(doc, siteForUrl(URL))!.keep.filter((el) => el.localName === 'p')).toEqual([]);
  });

  it('reads deeply nested boxes inside the body once each (it searched every box’s subtree again: minutes at 2,000 levels)', () => {
    const doc = page(`<div class="entry-content"><div class="content-inner"><p>${PROSE}</p><p>${PROSE}</p></div></div>`);
    let outer: Element = doc.createElement('span');
    outer.textContent = 'Short words';
    for (let i = 0; i < 2000; i++) {
      const wrapper = doc.createElement(i % 2 ? 'span' : 'div');
      wrapper.append(outer);
      outer = wrapper;
    }
    doc.querySelector('.content-inner')!.append(outer);
    const parts = findArticleParts(doc, siteForUrl(URL))!;
    expect(createClutterScanner(doc, parts).marks.filter((m) => parts.body.contains(m.element))).toEqual([]);
  });

  it('reads body text nested 20,000 deep without overflowing the call stack', () => {
    const doc = parseHtml('<html><body></body></html>');
    let outer: Element = doc.createElement('span');
    outer.textContent = 'Some 40 people fled.';
    for (let i = 0; i < 20_000; i++) {
      const wrapper = doc.createElement(i % 2 ? 'span' : 'div');
      wrapper.append(outer);
      outer = wrapper;
    }
    // Detached: jsdom's own attach is recursive and gives up long before 20,000 levels; a browser does not.
    expect(readBodyText(outer).paragraphs.map((p) => p.text)).toEqual(['Some 40 people fled.']);
  });
});
