import { describe, expect, it } from 'vitest';
import { scoreBody } from '@/core/detect/body-score';
import { loadFixtures } from '@/node/fixtures';
import { parseHtml } from '@/node/parse-html';
import { readabilityBody } from '@/node/readability-body';

/** Our compact scorer against mozilla/readability, on every article page. */
describe('generic body scorer', () => {
  it.each(loadFixtures((f) => f.expected.isArticle).map((f) => [f.name, f] as const))('%s: picks the body Readability picks', (_name, fixture) => {
    const doc = parseHtml(fixture.html, fixture.expected.url);
    const ours = scoreBody(doc);
    const reference = readabilityBody(doc);
    expect(ours).not.toBeNull();
    expect(reference).not.toBeNull();
    // Readability may settle on a wrapper of the container: ours must be it or inside it, holding every paragraph it chose.
    expect(reference!.contains(ours!)).toBe(true);
    for (const p of reference!.querySelectorAll(':scope > p')) expect(ours!.contains(p)).toBe(true);
  });

  it('prefers prose over a link list and over a comments box', () => {
    const para = (t: string) => `<p>${t} This sentence is long enough, with commas, clauses, and detail, to count as prose.</p>`;
    const doc = parseHtml(`<body>
      <div class="comments">${para('A reader wrote.')}</div>
      <ul class="menu"><li><a href="/a">A long link text that is not prose at all</a></li></ul>
      <div class="story-text">${para('One.')}${para('Two.')}${para('Three.')}</div></body>`);
    expect(scoreBody(doc)?.className).toBe('story-text');
  });

  it('finds nothing on a page without prose', () => {
    expect(scoreBody(parseHtml('<body><ul><li><a href="/x">Home</a></li></ul></body>'))).toBeNull();
  });
});
