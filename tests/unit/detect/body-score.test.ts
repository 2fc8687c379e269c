import { describe, expect, it } from 'vitest';
import { findArticleParts } from '@/core/detect/body';
import { findBody, NO_BODY_REASONS } from '@/core/detect/body-score';
import { siteForUrl } from '@/core/sites';
import { loadFixtures } from '@/node/fixtures';
import { parseHtml } from '@/node/parse-html';

const sentence = (t: string) => `${t} This sentence is long enough, with commas, clauses, and detail, to count as prose in any article.`;
const para = (t: string) => `<p>${sentence(t)}</p>`;
const bodyOf = (html: string) => findBody(parseHtml(`<html><body>${html}</body></html>`, 'https://example.org/story.html'));

/**
 * The generic finder, as it stands when the site renames its classes: on
 * every fixture article, without the site rules, it finds a body that holds
 * the whole of the article the site rules find (so no paragraph's facts go
 * missing) and none of the menus, sidebars or footer (so no other story's
 * figures get into the panel).
 */
describe('generic body finder on the fixture articles', () => {
  it.each(loadFixtures((f) => f.expected.isArticle).map((f) => [f.name, f] as const))('%s: holds the whole article and no page chrome', (_name, fixture) => {
    const doc = parseHtml(fixture.html, fixture.expected.url);
    const site = siteForUrl(fixture.expected.url)!;
    const article = findArticleParts(doc, site)!.body;
    const found = findBody(doc).body;
    expect(found).not.toBeNull();
    expect(found!.contains(article)).toBe(true);
    const chrome = (['header', 'sidebars', 'footer'] as const).flatMap((group) => site.hide[group].flatMap((s) => [...doc.querySelectorAll(s)]));
    const inside = chrome.filter((el) => found!.contains(el) && !article.contains(el));
    expect(inside.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
  });
});

describe('generic body finder', () => {
  it('prefers prose over a link list and over a comments box', () => {
    const found = bodyOf(`
      <div class="comments">${para('A reader wrote.')}</div>
      <ul class="menu"><li><a href="/a">A long link text that is not prose at all</a></li></ul>
      <div class="story-text">${para('One.')}${para('Two.')}${para('Three.')}</div>`);
    expect(found.body?.className).toBe('story-text');
  });

  it('takes an article split over sibling sections whole', () => {
    const found = bodyOf(`<nav><a href="/">Home</a></nav>
      <div class="post"><section class="part">${para('One.')}${para('Two.')}</section>
        <section class="part">${para('Three.')}${para('Four.')}</section>
        <section class="part">${para('Five.')}</section></div>
      <aside><p>About us.</p></aside>`);
    expect(found.body?.className).toBe('post');
  });

  it('reads paragraphs straight under <body>, text in <div>s split by <br>s, and <font> runs', () => {
    const underBody = bodyOf(`<h1>Title</h1>${para('One.')}${para('Two.')}`);
    expect(underBody.body?.tagName).toBe('BODY');
    const brRuns = bodyOf(`<div id="menu"><a href="/">Home</a></div><div id="story">${sentence('One.')}<br><br>${sentence('Two.')}<br><br>${sentence('Three.')}<div>tail</div></div>`);
    expect(brRuns.body?.id).toBe('story');
    const fonts = bodyOf(`<div id="story"><font>${sentence('One.')}</font><br><br><font>${sentence('Two.')}</font><table><tr><td>x</td></tr></table></div>`);
    expect(fonts.body?.id).toBe('story');
  });

  it('leaves out prose in hidden boxes and in scripts', () => {
    const found = bodyOf(`<div id="story">${para('One.')}${para('Two.')}</div>
      <div id="modal" style="display: none">${para('Hidden.')}${para('Hidden.')}${para('Hidden.')}${para('Hidden.')}</div>
      <div id="data"><script>var text = "${sentence('Script.').repeat(10)}";</script></div>`);
    expect(found.body?.id).toBe('story');
  });

  it('says why there is no body', () => {
    const none = bodyOf('<ul><li><a href="/x">Home</a></li></ul>');
    expect(none).toMatchObject({ body: null, why: 'no-paragraphs' });
    const short = bodyOf('<p>A single line that says very little at all.</p>');
    expect(short).toMatchObject({ body: null, why: 'too-little-prose' });
    expect(NO_BODY_REASONS[short.body === null ? short.why : 'no-paragraphs']).toMatch(/140 characters/);
  });
});
