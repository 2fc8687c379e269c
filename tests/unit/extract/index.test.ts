import { describe, expect, it } from 'vitest';
import { extractArticle, extractFacts, extractFromParagraphs, textSpanToRange } from '@/core/extract';
import { parseHtml } from '@/node/parse-html';

// An invented article in the site's theme.
const URL = 'https://www.irrawaddy.com/news/burma/invented-test-article.html';
const PAGE = `<!doctype html><html><head>
<meta property="og:type" content="article"><meta property="og:title" content="An Invented Headline">
<meta property="article:published_time" content="2024-03-09T08:15:00+06:30"></head>
<body class="single single-post">
<div class="entry-header"><h1 class="jeg_post_title">An Invented Headline</h1>
<div class="jeg_meta_author"><img alt="Nilar Aye"><span>by</span> <a href="/author/x">Nilar Aye</a></div></div>
<div class="entry-content"><div class="content-inner">
<p>Lt-Gen Kyaw Swar Htet, the new regional commander, said on Monday that 1,200 soldiers had been moved in 2023.</p>
<div class="jnews_inline_related_post_wrapper"><p>Related: Brig-Gen Someone Else Wins 5,000 Votes</p></div>
<p>The state budget is 4.5 trillion kyats, or 12 percent more than last year, Kyaw Swar Htet added.</p>
<p class="wp-caption-text">Troops in 2022. / Photo 300 people</p>
</div></div>
<div class="jeg_sidebar"><p>Most read: Gen Other Person and 99 percent</p></div>
</body></html>`;

describe('extractFacts', () => {
  const facts = extractFacts(parseHtml(PAGE, URL), URL);

  it('reads the metadata', () => {
    expect(facts).toMatchObject({ url: URL, isArticle: true, title: 'An Invented Headline', byline: 'Nilar Aye', published: '2024-03-09' });
  });

  it('takes people and figures from the body only', () => {
    expect(facts.people.map((p) => [p.name, p.title, p.mentions, p.role])).toEqual([['Kyaw Swar Htet', 'Lt-Gen', 2, 'new regional commander']]);
    expect(facts.figures.map((f) => f.text)).toEqual(['1,200 soldiers', '4.5 trillion kyats', '12 percent']);
  });

  it('gives spans that become ranges on the live page', () => {
    const doc = parseHtml(PAGE, URL);
    const { facts: live, body } = extractArticle(doc, URL);
    const figure = live.figures[1];
    expect(textSpanToRange(body!, figure.span, doc)?.toString()).toBe('4.5 trillion kyats');
    const person = live.people[0];
    expect(person.spans.map((s) => textSpanToRange(body!, s, doc)?.toString())).toEqual(['Lt-Gen Kyaw Swar Htet', 'Kyaw Swar Htet']);
  });

  it('gives a non-article page no facts', () => {
    const listing = extractFacts(parseHtml(PAGE, 'https://www.irrawaddy.com/category/news/'), 'https://www.irrawaddy.com/category/news/');
    expect(listing).toEqual({ url: 'https://www.irrawaddy.com/category/news/', isArticle: false, title: null, byline: null, published: null, people: [], figures: [] });
  });
});

describe('extractFromParagraphs', () => {
  it('reads plain paragraphs', () => {
    const { people, figures } = extractFromParagraphs(['Daw Thida Htwe said 45 families   fled.']);
    expect(people.map((p) => p.name)).toEqual(['Thida Htwe']);
    expect(figures.map((f) => [f.text, f.kind, f.value, f.unit])).toEqual([['45 families', 'count', 45, 'families']]);
  });
});
