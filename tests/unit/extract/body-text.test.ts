import { matcherFor } from '@/core/detect/selectors';
import { describe, expect, it } from 'vitest';
import { readBodyText, textSpanToRange } from '@/core/extract/body-text';
import { parseHtml } from '@/node/parse-html';

// Invented markup and text.
function body(html: string, exclude: string[] = []) {
  const doc = parseHtml(`<html><body><div id="body">${html}</div></body></html>`);
  return { doc, text: readBodyText(doc.getElementById('body')!, matcherFor(exclude)) };
}

describe('readBodyText', () => {
  it('makes one paragraph per block, in document order, with whitespace normalised', () => {
    const { text } = body('<h2>A  heading</h2><p>First\n   <b>bold</b> line.</p><ul><li>One</li><li>Two</li></ul><blockquote>Quoted words.</blockquote>');
    expect(text.paragraphs.map((p) => [p.element.tagName, p.text])).toEqual([
      ['H2', 'A heading'],
      ['P', 'First bold line.'],
      ['LI', 'One'],
      ['LI', 'Two'],
      ['BLOCKQUOTE', 'Quoted words.'],
    ]);
  });

  it('takes the loose text of a div as a paragraph, apart from its child blocks', () => {
    const { text } = body('<div>Loose <i>words</i> here<p>A paragraph.</p>and a tail</div>');
    expect(text.paragraphs.map((p) => p.text)).toEqual(['Loose words here', 'A paragraph.', 'and a tail']);
  });

  it('skips excluded boxes, scripts, styles and captions', () => {
    const { text } = body(
      '<p>Kept.</p><div class="related"><p>Related headline</p></div><script>var x = 1;</script><style>p{}</style>' +
        '<figure><img alt=""><figcaption>A caption</figcaption></figure><div class="wp-caption"><p class="wp-caption-text">Photo / Someone</p></div><p>Also kept.</p>',
      ['.related', '.wp-caption-text'],
    );
    expect(text.paragraphs.map((p) => p.text)).toEqual(['Kept.', 'Also kept.']);
  });

  it('ignores an exclusion selector the engine rejects', () => {
    const { text } = body('<p>Kept.</p>', ['[[nonsense']);
    expect(text.paragraphs.map((p) => p.text)).toEqual(['Kept.']);
  });

  it('treats <br> as a space between words', () => {
    const { text } = body('<p>Line one<br>line two</p>');
    expect(text.paragraphs[0].text).toBe('Line one line two');
  });
});

describe('textSpanToRange', () => {
  it('maps a span across elements and collapsed whitespace back to the DOM', () => {
    const { doc, text } = body('<p>The  deputy <b>minister Pavel</b>\n  Orlov arrived.</p>');
    const p = text.paragraphs[0];
    expect(p.text).toBe('The deputy minister Pavel Orlov arrived.');
    const start = p.text.indexOf('minister');
    const range = textSpanToRange(text, { paragraph: 0, start, end: start + 'minister Pavel Orlov'.length }, doc)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('minister Pavel Orlov');
    expect(range.startContainer.textContent).toBe('minister Pavel');
  });

  it('maps every word of a paragraph exactly', () => {
    const { doc, text } = body('<p> Alpha <i>beta</i>  gamma\tdelta <span>epsilon</span></p>');
    const p = text.paragraphs[0];
    for (const m of p.text.matchAll(/\S+/g)) {
      const range = textSpanToRange(text, { paragraph: 0, start: m.index, end: m.index + m[0].length }, doc)!;
      expect(range.toString()).toBe(m[0]);
    }
  });

  it('returns null for a span outside the text', () => {
    const { doc, text } = body('<p>Short.</p>');
    expect(textSpanToRange(text, { paragraph: 3, start: 0, end: 1 }, doc)).toBeNull();
    expect(textSpanToRange(text, { paragraph: 0, start: 2, end: 99 }, doc)).toBeNull();
  });
});
