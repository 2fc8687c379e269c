import { describe, expect, it } from 'vitest';
import { createClutterScanner } from '@/core/detect/clutter';
import { findArticleParts } from '@/core/detect/body';
import { ARTICLE_META } from '@/core/detect/generic-rules';
import { rulesFitPage, siteForUrl, siteHideSelectors } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';
import { loadFixtures } from '@/node/fixtures';

const menu = (cls: string) =>
  `<ul class="${cls}">${['home', 'news', 'opinion', 'business', 'culture', 'video'].map((s) => `<li><a href="/${s}/">${s}</a></li>`).join('')}</ul>`;
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of a report written for this test, long enough to read as prose and not as a list of links.</p>`).join('');

/** A page with no class name Ayeyar knows. */
const UNKNOWN_THEME = `<!doctype html><html><head><title>t</title></head><body>
  <div class="top">${menu('m1')}</div>
  <div class="story"><h1 class="headline">A headline</h1>
    <div class="text">${prose(3)}
      <div class="also"><a href="/a">Another story about the war</a> <a href="/b">A second story</a> <a href="/c">A third one</a></div>
      ${prose(3)}
      <ul><li>A list item that belongs to the article and has no links at all in it.</li></ul>
    </div>
  </div>
  <div class="rail"><div class="box"><a href="/x">Most read one</a><a href="/y">Most read two</a><a href="/z">Most read three</a></div>
    <div class="about">We are a newsroom. This sentence has no links, and it is long enough to count.</div></div>
  <div class="bottom">${menu('m2')}</div>
  <div class="drawer">${menu('m3')}</div>
</body></html>`;

/** Node.DOCUMENT_POSITION_FOLLOWING (Node is no global in this test environment). */
const FOLLOWING = 4;
const doc$ = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)];

function scan(html: string, url = 'https://example.org/story.html') {
  const doc = parseHtml(html, url);
  const parts = findArticleParts(doc, siteForUrl(url))!;
  return { doc, parts, marks: createClutterScanner(doc, parts).marks };
}

describe('generic clutter detection', () => {
  it('finds the body without site rules and hides each copy of a repeated menu', () => {
    const { doc, parts, marks } = scan(UNKNOWN_THEME);
    expect(parts.via).toBe('generic');
    expect(parts.body.className).toBe('text');
    const repeated = marks.filter((m) => m.reason === 'repeated-links').map((m) => m.element.className);
    // Each copy is hidden with the wrapper that holds nothing else.
    expect(repeated.sort()).toEqual(['bottom', 'drawer', 'top']);
    expect(doc.querySelector('.headline')).toBe(parts.title);
  });

  it('hides link-dense boxes outside the body and promotions inside it, never prose', () => {
    const { marks } = scan(UNKNOWN_THEME);
    const dense = marks.filter((m) => m.reason === 'link-dense').map((m) => m.element.className);
    expect(dense).toContain('box');
    expect(dense).toContain('also');
    expect(marks.map((m) => m.element.className)).not.toContain('about');
  });

  it('never marks the body, the title or anything holding them', () => {
    const { parts, marks } = scan(UNKNOWN_THEME);
    for (const { element } of marks) {
      for (const kept of parts.keep) {
        expect(element.contains(kept)).toBe(false);
        expect(kept === element).toBe(false);
      }
      expect(element.closest('p')).toBeNull();
    }
  });

  it('hides landmarks outside the article: header, nav, aside, footer, dialogs', () => {
    const html = `<html><body><header><a href="/">Logo</a></header><nav><a href="/a">A</a></nav>
      <article><h1>T</h1><div class="b">${prose(4)}</div></article>
      <aside><p>Side note with no links at all.</p></aside><footer><p>(c) us</p></footer>
      <div role="dialog"><p>Subscribe to our letter</p></div></body></html>`;
    const groups = Object.fromEntries(scan(html).marks.map((m) => [m.element.localName === 'div' ? 'dialog' : m.element.localName, m.group]));
    expect(groups).toEqual({ header: 'header', nav: 'header', aside: 'sidebars', footer: 'footer', dialog: 'popups' });
  });

  it('reads only the added subtree for content the page adds later', () => {
    const { doc, parts } = scan(UNKNOWN_THEME);
    const scanner = createClutterScanner(doc, parts);
    expect(scanner.marks.length).toBeGreaterThan(0);
    const copy = doc.createElement('div');
    copy.innerHTML = menu('late-copy');
    doc.body.append(copy);
    expect(scanner.scanAdded(copy).map((m) => m.reason)).toEqual(['repeated-links']);
    const note = doc.createElement('div');
    note.textContent = 'A plain block of text that is not clutter in any way at all.';
    doc.body.append(note);
    expect(scanner.scanAdded(note)).toEqual([]);
  });

  it('scans in slices as small as one element, finding what one go finds, each box once', () => {
    const { doc, parts, marks } = scan(UNKNOWN_THEME);
    const sliced = createClutterScanner(doc, parts);
    const found: Element[] = [];
    let slices = 0;
    while (!sliced.done) {
      found.push(...sliced.step(() => true).map((m) => m.element));
      slices++;
    }
    expect(slices).toBeGreaterThan(10);
    expect(new Set(found).size).toBe(found.length);
    expect(found.map((el) => el.className).sort()).toEqual(marks.map((m) => m.element.className).sort());
    expect(sliced.marks.map((m) => m.element)).toEqual(found);
  });

  it('holds a box the page adds before its own lists are read until the next slice', () => {
    const { doc, parts } = scan(UNKNOWN_THEME);
    const scanner = createClutterScanner(doc, parts);
    const copy = doc.createElement('div');
    copy.innerHTML = menu('early-copy');
    doc.body.append(copy);
    expect(scanner.scanAdded(copy)).toEqual([]);
    const later = scanner.step(() => false);
    expect(later.filter((m) => copy.contains(m.element)).map((m) => m.reason)).toContain('repeated-links');
    expect(scanner.done).toBe(true);
  });

  it('reads nothing inside the regions the site rules hide', () => {
    const { doc, parts } = scan(UNKNOWN_THEME);
    const rail = doc.querySelector('.rail')!;
    const scanner = createClutterScanner(doc, parts, { skip: '.rail, .bottom, .drawer' });
    const marks = scanner.marks;
    expect(marks.some(({ element }) => rail.contains(element) || element.closest('.bottom, .drawer'))).toBe(false);
    // The menu copies the site rules hide are not read, so the one left has no copy to be told by.
    expect(marks.filter((m) => m.reason === 'repeated-links')).toEqual([]);
  });

  it('keeps what reads as article in the body: a table of contents, a list of sources, a highlighted code comment', () => {
    const html = `<html><body><h1>T</h1><div class="text">${prose(3)}
      <div class="toc"><a href="#one">One</a> <a href="#two">Two</a> <a href="#three">Three</a> <a href="#four">Four</a></div>
      <div class="sources"><a href="https://gov.example/report.pdf">The ministry's report</a> <a href="https://ngo.example/data">Survey data</a> <a href="https://un.example/brief">A brief</a></div>
      <div class="also"><a href="/a">Another story</a> <a href="https://example.org/b">A second story</a> <a href="/c">A third one</a></div>
      <pre><code><span class="token comment">// a comment</span> run();</code></pre>${prose(3)}</div></body></html>`;
    const marked = scan(html).marks.map((m) => m.element.className);
    expect(marked).toContain('also');
    expect(marked).not.toContain('toc');
    expect(marked).not.toContain('sources');
    expect(marked).not.toContain('token comment');
  });

  it('lets no class name hide a box of article prose beside the body, except readers\' comments', () => {
    const doc = parseHtml(`<html><body><h1>T</h1><div class="text">${prose(4)}</div>
      <div class="section" id="sharing-the-results"><h2>Sharing the results</h2>${prose(3)}</div>
      <div class="sidebar-notes">${prose(3)}</div>
      <div class="cookie-notice"><p>We use cookies to understand how this site is read. Staying on it means you agree to that, as our policy explains.</p></div>
      <div class="comments">${prose(3)}</div></body></html>`);
    const body = doc.querySelector('.text')!;
    const title = doc.querySelector('h1')!;
    const marked = createClutterScanner(doc, { body, title, keep: [body, title], site: null, byline: null, via: 'generic', fit: false }).marks.map((m) => m.element.className);
    expect(marked).not.toContain('section');
    expect(marked).not.toContain('sidebar-notes');
    expect(marked).toContain('cookie-notice');
    expect(marked).toContain('comments');
  });

  it('reads only the body where the site rules fit the page, finding its promotions as the whole-page scan does', () => {
    const { doc, parts, marks } = scan(UNKNOWN_THEME);
    const bodyOnly = createClutterScanner(doc, parts, { scope: 'body' });
    expect(bodyOnly.marks.map((m) => m.element.className)).toEqual(['also']);
    expect(marks.filter((m) => parts.body.contains(m.element)).map((m) => m.element)).toEqual(bodyOnly.marks.map((m) => m.element));
  });

  const articles = loadFixtures((f) => f.expected.isArticle);
  const fit = articles.filter((f) => rulesFitPage(parseHtml(f.html, f.expected.url), siteForUrl(f.expected.url)));

  it('finds the site frame on the JNews article pages and not on the older theme or a page missing a region', () => {
    const pages = articles.filter((f) => f.name.startsWith('irrawaddy--'));
    const jnews = pages.filter((f) => f.html.includes('jeg_header_wrapper'));
    expect(jnews.length).toBeGreaterThan(50);
    expect(jnews.length).toBeLessThan(pages.length);
    expect(pages.filter((f) => fit.includes(f))).toEqual(jnews);
    const changed = parseHtml(jnews[0].html, jnews[0].expected.url);
    doc$(changed, '.jeg_sidebar').forEach((el) => el.remove());
    expect(rulesFitPage(changed, siteForUrl(jnews[0].expected.url))).toBe(false);
    expect(rulesFitPage(parseHtml(UNKNOWN_THEME), null)).toBe(false);
  });

  it.each(fit.map((f) => [f.name, f] as const))(
    '%s: the site rules fit; the whole-page scan finds nothing they leave outside the body, and they hide no byline, date or image',
    (_name, fixture) => {
      const doc = parseHtml(fixture.html, fixture.expected.url);
      const site = siteForUrl(fixture.expected.url);
      const parts = findArticleParts(doc, site)!;
      expect(parts.fit).toBe(true);
      const skip = siteHideSelectors(site).join(', ');
      const whole = createClutterScanner(doc, parts, { skip }).marks.map((m) => m.element);
      const body = createClutterScanner(doc, parts, { skip, scope: 'body' }).marks.map((m) => m.element);
      expect(whole.filter((el) => !body.includes(el)).map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
      // What the generic meta pass would keep between the title and the body (it is skipped where the rules fit).
      const meta = doc$(doc, ARTICLE_META.join(', ')).filter(
        (el) => parts.title!.compareDocumentPosition(el) & FOLLOWING && el.compareDocumentPosition(parts.body) & FOLLOWING && !el.contains(parts.body),
      );
      expect(meta.length).toBeGreaterThan(0);
      expect(meta.filter((el) => el.closest(skip)).map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
    },
  );

  it.each(articles.map((f) => [f.name, f] as const))(
    '%s: no mark holds a kept part or a body paragraph',
    (_name, fixture) => {
      const { parts, marks } = scan(fixture.html, fixture.expected.url);
      const paragraphs = [...parts.body.querySelectorAll(':scope > p')];
      for (const { element } of marks) {
        for (const kept of [...parts.keep, ...paragraphs]) expect(element.contains(kept), element.outerHTML.slice(0, 120)).toBe(false);
      }
    },
  );
});
