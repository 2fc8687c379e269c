import { findArticleParts } from '../../core/detect/body';
import { createClutterScanner } from '../../core/detect/clutter';
import { readBodyText } from '../../core/extract/body-text';
import { matcherFor } from '../../core/detect/selectors';
import { siteForUrl } from '../../core/sites';
import { loadFixtures, type Fixture } from '../fixtures';
import { parsePage } from './parse';

/**
 * The pages mutations start from: every fixture of the corpus, parsed once,
 * with the article's own parts marked so the oracle still knows them after
 * classes are renamed, nodes moved and markup broken. The marks are data-*
 * attributes no Ayeyar rule reads.
 */

export const MARK = {
  /** A body paragraph (and every copy a mutation makes of it): must never be hidden. */
  paragraph: 'data-fuzz-p',
  /** The article title: must never be hidden. */
  title: 'data-fuzz-title',
  /** The body container of the source page: where inserted content goes. */
  body: 'data-fuzz-body',
} as const;

/** Regression fixtures are themselves fuzzed pages: fuzzing them again would only shift every seed. */
const SOURCE = (f: Fixture) => !f.name.startsWith('fuzz--');

export interface SourcePage {
  name: string;
  url: string;
  isArticle: boolean;
  /** The marked page; callers copy it. */
  doc: Document;
  /** Its body container and title, if it is an article. */
  body: Element | null;
  title: Element | null;
}

export class Corpus {
  readonly fixtures: Fixture[] = loadFixtures(SOURCE);
  private readonly parsed = new Map<string, SourcePage>();

  source(fixture: Fixture): SourcePage {
    let page = this.parsed.get(fixture.name);
    if (!page) {
      const doc = parsePage(fixture.html);
      if (fixture.expected.isArticle) markArticle(doc, fixture.expected.url);
      const body = doc.querySelector(`[${MARK.body}]`);
      const title = doc.querySelector(`[${MARK.title}]`);
      page = { name: fixture.name, url: fixture.expected.url, isArticle: fixture.expected.isArticle, doc, body, title };
      this.parsed.set(fixture.name, page);
    }
    return page;
  }
}

/**
 * Marks the body paragraphs and the title that Ayeyar finds and shows on the
 * unchanged fixture (the fixture tests hold it to that): a mutated page must
 * show them too. Paragraphs clean mode already hides on the fixture (the
 * headlines of a "Related" box inside the body) are not the article's.
 */
function markArticle(doc: Document, url: string): void {
  const site = siteForUrl(url);
  const parts = findArticleParts(doc, site);
  if (!parts) return;
  const hidden = createClutterScanner(doc, parts).marks.map((m) => m.element);
  parts.body.setAttribute(MARK.body, '');
  parts.title?.setAttribute(MARK.title, '');
  for (const p of readBodyText(parts.body, matcherFor(site?.bodyExclude ?? [])).paragraphs) {
    if (p.element !== parts.body && !hidden.some((el) => el.contains(p.element))) p.element.setAttribute(MARK.paragraph, '');
  }
}

/** The page without the fuzzer's marks, for a regression fixture. */
export function withoutMarks(html: string): string {
  return html.replace(/ data-fuzz-(?:p|title|body)(?:="")?/g, '');
}
