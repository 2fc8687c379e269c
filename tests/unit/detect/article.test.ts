import { describe, expect, it } from 'vitest';
import { classifyUrl, hasArticleEvidence, isArticlePage } from '@/core/detect/article';
import { SITES } from '@/core/sites';
import { articleGlobs } from '@/core/sites/match-patterns';
import { parseHtml } from '@/node/parse-html';
import { loadFixtures } from '@/node/fixtures';

const ARTICLES = [
  'https://www.irrawaddy.com/news/burma/junta-extends-curfew-in-sagaing.html',
  'https://www.irrawaddy.com/news/war-against-the-junta/resistance-seizes-outpost.html',
  'https://www.irrawaddy.com/news/world/asean-meets-in-jakarta.html',
  'https://www.irrawaddy.com/opinion/guest-column/will-snr-gen-min-aung-hlaings-russia-visit-unlock-more-military-cooperation.html',
  'https://www.irrawaddy.com/opinion/commentary/a-long-road.html',
  'https://www.irrawaddy.com/specials/junta-watch/junta-watch-medals.html',
  'https://www.irrawaddy.com/business/myanmar-kyat-hits-record-low.html',
  'https://www.irrawaddy.com/business/economy/gold-price-soars.html',
  'https://www.irrawaddy.com/in-person/interview/a-conversation.html',
  'https://www.irrawaddy.com/news/burma/story.html?utm_source=facebook',
  'https://www.irrawaddy.com/news/burma/story.html#comments',
  'https://irrawaddy.com/news/burma/story.html',
  'http://www.irrawaddy.com/news/burma/story.html',
  'https://burma.irrawaddy.com/article/2023/03/27/258889.html',
  'https://burma.irrawaddy.com/news/2019/08/19/196001.html',
];

const NOT_ARTICLES = [
  'https://www.irrawaddy.com/',
  'https://www.irrawaddy.com/?s=russia',
  'https://www.irrawaddy.com/news/burma/story.html?s=russia',
  'https://www.irrawaddy.com/category/news/burma',
  'https://www.irrawaddy.com/category/news/burma/',
  'https://www.irrawaddy.com/category/news/page/2/',
  'https://www.irrawaddy.com/tag/min-aung-hlaing',
  'https://www.irrawaddy.com/author/ko-ye',
  'https://www.irrawaddy.com/page/3/',
  'https://www.irrawaddy.com/feed',
  'https://www.irrawaddy.com/news/burma',
  'https://www.irrawaddy.com/privacy-policy',
  'https://www.irrawaddy.com/wp-content/uploads/2017/06/photo.jpg',
  'https://burma.irrawaddy.com/',
  'https://burma.irrawaddy.com/category/news',
  'https://burma.irrawaddy.com/article/2023/03/27',
  'ftp://www.irrawaddy.com/news/burma/story.html',
];

const OTHER_SITES = [
  'https://www.example.com/news/burma/story.html',
  'https://irrawaddy.com.evil.example/news/burma/story.html',
  'https://notirrawaddy.com/news/burma/story.html',
  'https://www.frontiermyanmar.net/en/some-story/',
  'not a url',
  '',
];

describe('classifyUrl', () => {
  it.each(ARTICLES)('article address: %s', (url) => {
    expect(classifyUrl(url)).toMatchObject({ article: true, site: { id: 'irrawaddy' } });
  });
  it.each(NOT_ARTICLES)('Irrawaddy page that is not an article: %s', (url) => {
    expect(classifyUrl(url)).toMatchObject({ article: false, site: { id: 'irrawaddy' } });
  });
  it.each(OTHER_SITES)('other site or no address: %s', (url) => {
    expect(classifyUrl(url)).toEqual({ site: null, article: false });
  });
});

describe('the manifest\'s article globs (include_globs)', () => {
  // Chromium's and Firefox's glob: `*` any run of characters, `?` any one character, against the whole address.
  const globRegex = (glob: string) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const globs = articleGlobs(SITES).map(globRegex);
  const loaded = (url: string) => globs.some((re) => re.test(url));

  it.each([...ARTICLES, ...loadFixtures((f) => f.expected.isArticle).map((f) => f.expected.url)])('Ayeyar is loaded on the article %s', (url) => {
    expect(loaded(url)).toBe(true);
  });
  it.each(NOT_ARTICLES.filter((url) => !url.includes('.html')))('not on the listing page %s', (url) => {
    expect(loaded(url)).toBe(false);
  });
});

describe('page evidence', () => {
  const page = (head: string, bodyClass = '') => parseHtml(`<html><head>${head}</head><body class="${bodyClass}"><p>x</p></body></html>`);

  it('accepts og:type article, published time, NewsArticle data and single-post bodies', () => {
    expect(hasArticleEvidence(page('<meta property="og:type" content="article">'))).toBe(true);
    expect(hasArticleEvidence(page('<meta property="article:published_time" content="2024-01-01">'))).toBe(true);
    expect(hasArticleEvidence(page('<script type="application/ld+json">{"@type": "NewsArticle"}</script>'))).toBe(true);
    expect(hasArticleEvidence(page('', 'single single-post'))).toBe(true);
  });

  it('refuses 404s and listings even with article metadata left over', () => {
    expect(hasArticleEvidence(page('<meta property="og:type" content="article">', 'error404'))).toBe(false);
    expect(hasArticleEvidence(page('<meta property="og:type" content="article">', 'archive category'))).toBe(false);
    expect(hasArticleEvidence(page('<meta property="og:type" content="website">'))).toBe(false);
    expect(hasArticleEvidence(page(''))).toBe(false);
  });
});

describe('fixtures', () => {
  it.each(loadFixtures().map((f) => [f.name, f] as const))('%s is detected as its expected.json says', (_name, fixture) => {
    const doc = parseHtml(fixture.html, fixture.expected.url);
    expect(isArticlePage(fixture.expected.url, doc)).toBe(fixture.expected.isArticle);
  });
});
