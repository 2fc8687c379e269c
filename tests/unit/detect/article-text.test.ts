import { describe, expect, it } from 'vitest';
import { notArticleText } from '@/core/detect/article-text';
import { findArticleParts } from '@/core/detect/body';
import { createClutterScanner } from '@/core/detect/clutter';
import { readArticle } from '@/core/extract';
import { siteForUrl } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';

/** A body in the site's markup with boxes of our own invention that no site rule names. */
const URL = 'https://www.irrawaddy.com/news/burma/article-text-test.html';
const prose = (n: number) => `<p>Paragraph ${n} of the report says that some ${n * 10} families left their homes in the township after the shelling.</p>`;
const html = `<!doctype html><html><head><meta property="og:type" content="article"></head><body class="single-post">
<h1 class="jeg_post_title">A report</h1>
<div class="entry-content"><div class="content-inner">
${prose(1)}${prose(2)}
<div class="xq-box"><a href="https://www.irrawaddy.com/news/a.html">Ko Aung Claims 9 Victories</a> <a href="https://www.irrawaddy.com/news/b.html">Daw Mya Says 12 Towns Fell</a> <a href="https://www.irrawaddy.com/news/c.html">More Stories</a></div>
${prose(3)}
<ul><li><a href="https://www.irrawaddy.com/news/d.html">Naw Bu Warns of 15 Days of Fighting</a></li><li><a href="https://www.irrawaddy.com/news/e.html">Saw Lin Takes 20 Outposts</a></li></ul>
<ul><li>Rice rose to 3,000 kyats a bag.</li><li>Fuel rose by 12 percent.</li></ul>
${prose(4)}
</div></div></body></html>`;

describe('what of the body is article text', () => {
  const doc = parseHtml(html, URL);
  const site = siteForUrl(URL);
  const parts = findArticleParts(doc, site)!;
  const texts = readArticle(doc, URL, parts).body!.paragraphs.map((p) => p.text);

  it('leaves out a box of links to other stories, and extraction reads none of its headlines', () => {
    expect(texts.some((t) => /Claims|Says 12/.test(t))).toBe(false);
  });

  it('leaves out a list whose every item is a link, but keeps a list of facts', () => {
    expect(texts.some((t) => /Warns|Outposts/.test(t))).toBe(false);
    expect(texts).toContain('Rice rose to 3,000 kyats a bag.');
    expect(texts.filter((t) => t.startsWith('Paragraph'))).toHaveLength(4);
  });

  it('is the same decision clean mode takes: what the detector hides in the body is not article text', () => {
    const excluded = notArticleText(parts);
    const hiddenInBody = createClutterScanner(doc, parts).marks.filter((m) => parts.body.contains(m.element));
    expect(hiddenInBody.length).toBeGreaterThan(0);
    for (const mark of hiddenInBody) expect(excluded(mark.element), mark.element.className).toBe(true);
  });
});
