import { describe, expect, it } from 'vitest';
import { findArticleParts } from '@/core/detect/body';
import { readArticle } from '@/core/extract/article';
import { siteForUrl } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';

/** The theme repeats its date and author classes in menus above the title and in post lists below the body. */
const URL = 'https://www.irrawaddy.com/news/burma/article-parts-test.html';
const postCard = (n: number) => `<div class="jeg_post"><h3><a href="/news/${n}.html">Story ${n}</a></h3><div class="jeg_meta_author">Writer ${n}</div><div class="jeg_meta_date">${n} May 2024</div></div>`;
const cards = (from: number, count: number) => Array.from({ length: count }, (_, i) => postCard(from + i)).join('');
const prose = (n: number) => `<p>Paragraph ${n} says that ${n * 10} families left the township after the shelling and the fighting went on.</p>`;

describe("the article's own byline and date", () => {
  for (const before of [0, 1, 2, 17]) {
    it(`are the first after the title, with ${before} post cards above it and more below the body`, () => {
      const doc = parseHtml(
        `<!doctype html><html><body class="single-post"><nav class="jeg_megamenu">${cards(100, before)}</nav>
        <div class="entry-header"><h1 class="jeg_post_title">A report</h1><div class="jeg_meta_author">Ko Ye</div><div class="jeg_meta_date">June 24, 2017</div></div>
        <div class="entry-content"><div class="content-inner">${prose(1)}${prose(2)}${prose(3)}${prose(4)}</div></div>
        <div class="jeg_related">${cards(200, 5)}</div></body></html>`,
        URL,
      );
      const parts = findArticleParts(doc, siteForUrl(URL))!;
      const keep = parts.keep.map((el) => el.textContent);
      expect(keep).toContain('Ko Ye');
      expect(keep).toContain('June 24, 2017');
      expect(keep.filter((text) => /Writer|May 2024/.test(text ?? ''))).toEqual([]);
      // The panel's and the citation's byline is the same element.
      expect(readArticle(doc, URL, parts).meta.byline).toBe('Ko Ye');
    });
  }
});
