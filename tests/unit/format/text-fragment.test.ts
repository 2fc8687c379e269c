import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '@/core/format/text-fragment';

const URL = 'https://www.irrawaddy.com/news/burma/story.html';

describe('text fragment links', () => {
  it('links a short passage exactly, encoding the directive syntax', () => {
    expect(textFragmentUrl(URL, 'Lt-Gen Fomin, the minister & aide')).toBe(
      `${URL}#:~:text=Lt%2DGen%20Fomin%2C%20the%20minister%20%26%20aide`,
    );
  });

  it('links a long passage by its first and last words', () => {
    const sentence = `The ministry said ${'that the figures were revised again '.repeat(5)}before the end of the year.`;
    expect(textFragmentUrl(URL, sentence)).toBe(`${URL}#:~:text=The%20ministry%20said%20that%20the,the%20end%20of%20the%20year.`);
  });

  it('replaces an existing fragment and folds white space', () => {
    expect(textFragmentUrl(`${URL}#comments`, '  4,705\n Myanmar   citizens ')).toBe(`${URL}#:~:text=4%2C705%20Myanmar%20citizens`);
    expect(textFragmentUrl(`${URL}#top`, '   ')).toBe(URL);
  });
});
