import { describe, expect, it } from 'vitest';
import { isArticleMessage } from '@/utils/messages';

/** The background reads the text of any message that passes: only an article's question, in its shape, does. */

const source = { url: 'https://www.irrawaddy.com/news/burma/a.html', canonical: null, section: null, siteName: null };

describe("an article tab's question to the background", () => {
  it('is its paragraphs (or none, when the page has its facts) with the page it is from', () => {
    expect(isArticleMessage({ type: 'ayeyar:article', source, paragraphs: ['One.', 'Two.'] })).toBe(true);
    expect(isArticleMessage({ type: 'ayeyar:article', source, paragraphs: null })).toBe(true);
  });

  it('is nothing else', () => {
    expect(isArticleMessage({ type: 'ayeyar:article', source, paragraphs: ['One.', 2] })).toBe(false);
    expect(isArticleMessage({ type: 'ayeyar:article', paragraphs: null })).toBe(false);
    expect(isArticleMessage({ type: 'ayeyar:keep', source, paragraphs: null })).toBe(false);
    expect(isArticleMessage(null)).toBe(false);
    expect(isArticleMessage('ayeyar:article')).toBe(false);
  });
});
