import { describe, expect, it } from 'vitest';
import { siteForUrl } from '@/core/sites';
import { loadFixture } from '@/node/fixtures';
import { parseHtml } from '@/node/parse-html';
import { articleParts } from '@/utils/article-parts';

const seed = loadFixture('irrawaddy--russia-visit-2017');
const site = siteForUrl(seed.expected.url)!;

describe('the article parts both content scripts use', () => {
  it('are found once per document and address, and found again when either changes', () => {
    const doc = parseHtml(seed.html);
    const first = articleParts(doc, seed.expected.url, site);
    expect(first?.body).toBeTruthy();
    expect(articleParts(doc, seed.expected.url, site)).toBe(first);
    expect(articleParts(doc, `${seed.expected.url}?page=2`, site)).not.toBe(first);
    expect(articleParts(parseHtml(seed.html), seed.expected.url, site)).not.toBe(first);
  });

  it('are found again once the page has replaced its article', () => {
    const doc = parseHtml(seed.html);
    const first = articleParts(doc, seed.expected.url, site)!;
    const copy = first.body.cloneNode(true) as Element;
    first.body.replaceWith(copy);
    expect(articleParts(doc, seed.expected.url, site)?.body).toBe(copy);
  });

  it('are none on a page with no article evidence', () => {
    const listing = loadFixture('irrawaddy--category');
    expect(articleParts(parseHtml(listing.html), seed.expected.url, site)).toBeNull();
  });
});
