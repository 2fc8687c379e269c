import { AD_MARKERS } from '../../core/detect/generic-rules';
import { classifyUrl, isArticlePage } from '../../core/detect/article';
import { findArticleParts, type ArticleParts } from '../../core/detect/body';
import { createClutterScanner, type ClutterMark } from '../../core/detect/clutter';
import { extractArticle, textSpanToRange, type ArticleExtraction, type TextSpan } from '../../core/extract';
import { zawgyiToUnicode } from '../../core/extract/zawgyi';
import { citationOf, FORMATTERS } from '../../core/format';
import { excerptAround } from '../../core/format/excerpt';
import { textFragmentUrl } from '../../core/format/text-fragment';
import { CLUTTER_GROUPS, siteForUrl, siteHideSelectors, type SiteRules } from '../../core/sites';
import type { ArticleFacts } from '../../core/extract/types';
import { MARK } from './corpus';
import type { FuzzPage } from './generate';

/**
 * The oracle: runs every pure module on a fuzzed page the way the content
 * script and the panel do, and lists what went wrong. Never throws: an
 * exception out of a module is itself a problem on the list.
 */

export interface PageReport {
  problems: string[];
  /** Milliseconds the modules took on this page (not its generation). */
  ms: number;
  isArticle: boolean;
  paragraphs: number;
  figures: number;
  people: number;
}

const FIGURE_KINDS = new Set(['money', 'percent', 'count', 'quantity', 'duration']);
const HAS_TEXT = /[\p{L}\p{N}]/u;

/** What a regression fixture's expected.json says must stay visible and must be hidden in clean mode. */
export interface ExpectedVisibility {
  kept?: string[];
  hidden?: string[];
}

export function checkPage(page: FuzzPage, expected: ExpectedVisibility = {}): PageReport {
  const { doc, url } = page;
  const problems: string[] = [];
  const guard = <T>(what: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      problems.push(`${what} threw ${describeError(error)}`);
      return undefined;
    }
  };
  const started = performance.now();

  guard('classifyUrl', () => classifyUrl(url));
  const article = guard('isArticlePage', () => isArticlePage(url, doc)) ?? false;
  if (!page.sourceIsArticle && article) problems.push(`a page derived from the non-article ${page.source} was claimed as an article`);
  const site = guard('siteForUrl', () => siteForUrl(url)) ?? null;
  // As the content script: the article's parts, then clutter, only on an article. On one other page in three the
  // parts are looked for anyway (nothing calls that on them, but nothing may throw either).
  const parts = article ? guard('findArticleParts', () => findArticleParts(doc, site)) : null;
  if (!article && page.seed % 3 === 0) guard('findArticleParts', () => findArticleParts(doc, site));
  if (parts) {
    // As the content script: regions the site rules hide already are not read again.
    const skip = siteHideSelectors(site).join(', ') || undefined;
    const scanner = guard('createClutterScanner', () => createClutterScanner(doc, parts, { skip }));
    if (scanner) {
      checkHidden(doc, site, parts, scanner.marks, expected, problems);
      // Content the page adds later (Load More, pop-ups): a copy of its last box, read on its own.
      const last = doc.body?.lastElementChild;
      if (last && !last.contains(parts.body)) {
        const added = last.cloneNode(true) as Element;
        doc.body.append(added);
        const late = guard('scanAdded', () => scanner.scanAdded(added)) ?? [];
        for (const m of late) if (!added.contains(m.element)) problems.push(`scanAdded marked ${describe(m.element)} outside the added box`);
        added.remove();
      }
    }
  }
  // As the content script, with the parts it found; one page in five as the command-line tool, which finds them itself.
  const extraction = guard('extractArticle', () => (parts && page.seed % 5 !== 0 ? extractArticle(doc, url, parts) : extractArticle(doc, url)));
  if (extraction) {
    if (extraction.facts.isArticle !== article) problems.push(`extractArticle says isArticle ${extraction.facts.isArticle}, isArticlePage ${article}`);
    checkFacts(extraction, doc, problems);
    guard('formatters', () => checkFormats(extraction.facts, problems));
  }
  const ms = performance.now() - started;
  const body = extraction?.body;
  return {
    problems,
    ms,
    isArticle: article,
    paragraphs: body?.paragraphs.length ?? 0,
    figures: extraction?.facts.figures.length ?? 0,
    people: extraction?.facts.people.length ?? 0,
  };
}

/**
 * No clutter mark is, or holds, a body paragraph or the title (or a match of
 * a `kept` selector); nor does the clean-mode stylesheet hide one (the site's
 * hide selectors and ad tags apply to everything the content script has not
 * marked as kept: the kept parts and their ancestors). Every match of a
 * `hidden` selector is hidden.
 */
function checkHidden(doc: Document, site: SiteRules | null, parts: ArticleParts, marks: ClutterMark[], expected: ExpectedVisibility, problems: string[]): void {
  const keptMatches = (expected.kept ?? []).flatMap((selector) => {
    const found = [...doc.querySelectorAll(selector)];
    if (!found.length) problems.push(`kept selector ${selector} matches nothing`);
    return found;
  });
  // The title is the first element marked so: copies a mutation made of it (a whole article duplicated) are not the page's title.
  const title = doc.querySelector(`[${MARK.title}]`);
  const watched = [...doc.querySelectorAll(`[${MARK.paragraph}]`), ...(title ? [title] : []), ...keptMatches].filter((el) => HAS_TEXT.test(el.textContent ?? ''));
  const marked = new Map(marks.map((m) => [m.element, m] as const));
  const kept = new Set<Element>();
  for (const el of parts.keep) for (let n: Element | null = el; n; n = n.parentElement) kept.add(n);
  const selectors = [...(site ? CLUTTER_GROUPS.flatMap((g) => site.hide[g]) : []), ...AD_MARKERS].join(', ');
  // Only the ancestors of what is watched are asked (a page-wide query of every hide selector is slow in jsdom).
  const styledMemo = new Map<Element, boolean>();
  const styled = (el: Element) => {
    if (!styledMemo.has(el)) styledMemo.set(el, matches(el, selectors));
    return styledMemo.get(el)!;
  };
  const hiddenBy = (el: Element): Element | null => {
    for (let n: Element | null = el; n; n = n.parentElement) if (!kept.has(n) && (marked.has(n) || styled(n))) return n;
    return null;
  };
  for (const selector of expected.hidden ?? []) {
    const found = [...doc.querySelectorAll(selector)];
    if (!found.length) problems.push(`hidden selector ${selector} matches nothing`);
    for (const el of found) if (!hiddenBy(el)) problems.push(`${describe(el)} (${selector}) stays visible`);
  }
  let reported = 0;
  for (const el of watched) {
    const what = el.hasAttribute(MARK.title) ? 'the title' : el.hasAttribute(MARK.paragraph) ? 'a body paragraph' : 'a kept element';
    for (let n: Element | null = el; n; n = n.parentElement) {
      const mark = marked.get(n);
      const problem = mark
        ? `clutter mark (${mark.reason}, ${mark.group}) on ${describe(n)} ${n === el ? 'is' : 'holds'} ${what}: "${snippet(el.textContent)}"`
        : !kept.has(n) && styled(n)
          ? `the stylesheet hides ${describe(n)}, which ${n === el ? 'is' : 'holds'} ${what}: "${snippet(el.textContent)}"`
          : null;
      if (problem) {
        // One line per hiding box is enough to find it.
        if (reported++ < 5) problems.push(problem);
        break;
      }
    }
  }
  if (reported > 5) problems.push(`… ${reported - 5} more hidden paragraphs`);
}

/** Spans inside their paragraph, mapping to a live Range over the same words; values finite; shapes as types.ts says. */
function checkFacts({ facts, body }: ArticleExtraction, doc: Document, problems: string[]): void {
  if (!body) {
    if (facts.people.length || facts.figures.length) problems.push('facts without a body text to point into');
    return;
  }
  const checkSpan = (span: TextSpan, label: string) => {
    const p = body.paragraphs[span.paragraph];
    if (!p) return problems.push(`${label}: span in paragraph ${span.paragraph} of ${body.paragraphs.length}`);
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.start >= span.end || span.end > p.text.length) {
      return problems.push(`${label}: span ${span.start}–${span.end} outside its paragraph of ${p.text.length}`);
    }
    let range: Range | null = null;
    try {
      range = textSpanToRange(body, span, doc);
    } catch (error) {
      return problems.push(`${label}: textSpanToRange threw ${describeError(error)}`);
    }
    if (!range) return problems.push(`${label}: no Range for span ${span.start}–${span.end}`);
    if (!p.element.contains(range.commonAncestorContainer) && !range.commonAncestorContainer.contains(p.element)) {
      return problems.push(`${label}: Range outside its paragraph element`);
    }
    // The Range covers the same words: first and last word match (whitespace and skipped boxes between may differ).
    const want = p.text.slice(span.start, span.end);
    const raw = range.toString();
    const got = p.zawgyi ? zawgyiToUnicode(raw).text : raw;
    const words = want.split(' ');
    const flat = got.replace(/\s+/g, '');
    if (p.zawgyi ? !flat.includes(want.replace(/\s+/g, '')) : !flat.startsWith(words[0]) || !flat.endsWith(words[words.length - 1])) {
      problems.push(`${label}: Range text "${snippet(raw)}" is not "${snippet(want)}"`);
    }
  };
  facts.figures.forEach((f, i) => {
    const label = `figure ${i} "${snippet(f.text)}"`;
    if (!FIGURE_KINDS.has(f.kind)) problems.push(`${label}: kind ${String(f.kind)}`);
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) problems.push(`${label}: value ${String(f.value)}`);
    if (f.unit !== null && typeof f.unit !== 'string') problems.push(`${label}: unit of type ${typeof f.unit}`);
    if (typeof f.context !== 'string' || !f.context) problems.push(`${label}: context ${String(f.context)}`);
    const p = body.paragraphs[f.span.paragraph];
    if (p && p.text.slice(f.span.start, f.span.end) !== f.text) problems.push(`${label}: text is not its span's text`);
    if (p && typeof f.context === 'string' && !p.text.includes(f.context)) problems.push(`${label}: context not in its paragraph`);
    if (!f.spans.includes(f.span)) problems.push(`${label}: span not among spans`);
    for (const span of sampled(f.spans)) checkSpan(span, label);
  });
  facts.people.forEach((person, i) => {
    const label = `person ${i} "${snippet(String(person.name))}"`;
    if (typeof person.name !== 'string' || !person.name.trim()) problems.push(`${label}: empty name`);
    if (person.mentions !== person.spans.length) problems.push(`${label}: ${person.mentions} mentions, ${person.spans.length} spans`);
    if (!person.aliases.every((a) => typeof a === 'string')) problems.push(`${label}: aliases not strings`);
    for (const key of ['title', 'role'] as const) {
      if (person[key] !== null && typeof person[key] !== 'string') problems.push(`${label}: ${key} of type ${typeof person[key]}`);
    }
    for (const span of sampled(person.spans)) checkSpan(span, label);
  });
}

/**
 * The first, second and last span of a fact: a figure folded from thousands
 * of repeats on a 1 MB page would otherwise make thousands of jsdom Ranges,
 * each slower than the whole extraction (no browser is that slow).
 */
function sampled(spans: TextSpan[]): TextSpan[] {
  return spans.length <= 3 ? spans : [spans[0], spans[1], spans[spans.length - 1]];
}

/** Every formatter on the facts, each fact and the citation: strings, and JSON that parses back. */
function checkFormats(facts: ArticleFacts, problems: string[]): void {
  const citation = citationOf(facts);
  for (const [name, format] of Object.entries(FORMATTERS)) {
    const outputs = [
      format.facts(facts),
      format.citation(citation),
      ...facts.people.slice(0, 5).flatMap((p) => [format.person(p), format.person(p, citation)]),
      ...facts.figures.slice(0, 5).flatMap((f) => [format.figure(f), format.figure(f, citation)]),
    ];
    if (!outputs.every((o) => typeof o === 'string')) problems.push(`${name} formatter returned a non-string`);
    if (name === 'json') {
      for (const o of outputs) {
        try {
          JSON.parse(o);
        } catch (error) {
          problems.push(`json formatter output does not parse: ${describeError(error)}`);
          break;
        }
      }
    }
  }
  for (const f of facts.figures.slice(0, 5)) {
    if (typeof excerptAround(f.context, f.text) !== 'string') problems.push('excerptAround returned a non-string');
    if (typeof textFragmentUrl(facts.url, f.context) !== 'string') problems.push('textFragmentUrl returned a non-string');
  }
}

function matches(el: Element, selectors: string): boolean {
  try {
    return el.matches(selectors);
  } catch {
    return false;
  }
}

function describe(el: Element): string {
  const id = el.id ? `#${el.id.slice(0, 30)}` : '';
  const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/)[0]?.slice(0, 40)}` : '';
  return `<${el.localName}${id}${cls}>`;
}

function snippet(text: string | null): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = error.stack?.split('\n').find((line) => /core\//.test(line))?.trim() ?? '';
  return `${error.name}: ${error.message.slice(0, 200)}${frame ? ` (${frame})` : ''}`;
}
