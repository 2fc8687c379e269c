import { sentenceText, type AnalysedParagraph } from '../analyse';
import type { Figure, FigureKind, TextSpan } from '../types';
import type { Found } from './found';

/**
 * Folding: a value the body states again is one figure with every place it
 * stands (Figure.spans), as the spec's gold lists count figures. The first
 * occurrence is shown, unless it is a duration and a count of the same value
 * follows (the count is the story's fact).
 */

/** Kinds folded only with their own kind ("5 percent" is not "$5"); counts, quantities and durations of one value fold together. */
const FOLDED_BY_KIND: ReadonlySet<FigureKind> = new Set(['money', 'percent']);

/** The figures of a body in order of first mention, each value once. */
export class FoldedFigures {
  readonly figures: Figure[] = [];
  private readonly byKey = new Map<string, Figure>();

  /** Adds a figure found in paragraph p, or its place to the figure already listed with its value. */
  add(p: AnalysedParagraph, found: Found): void {
    // A numeral too long for a double ("999…9", hundreds of digits) reads as Infinity: it measures nothing.
    if (!Number.isFinite(found.value)) return;
    const t = p.tokens;
    const span: TextSpan = { paragraph: p.index, start: found.start ?? t[found.from].start, end: found.end ?? t[found.to].end };
    const key = FOLDED_BY_KIND.has(found.kind) ? `${found.kind}:${found.value}` : `n:${found.value}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.spans.push(span);
      // "the last two days … between two villages": the count is the fact, the duration its background, so the count is shown.
      if (existing.kind === 'duration' && found.kind === 'count' && found.unit) Object.assign(existing, this.shown(p, found, span));
      return;
    }
    const figure: Figure = { ...this.shown(p, found, span), value: found.value, spans: [span] };
    this.byKey.set(key, figure);
    this.figures.push(figure);
  }

  /** What the panel shows of a figure: one occurrence's text, kind, unit, sentence and place. */
  private shown(p: AnalysedParagraph, found: Found, span: TextSpan): Pick<Figure, 'text' | 'kind' | 'unit' | 'context' | 'span'> {
    return { text: p.text.slice(span.start, span.end), kind: found.kind, unit: found.unit, context: sentenceText(p, found.from), span };
  }
}
