import { isHeadline, type AnalysedParagraph } from '../analyse';
import { burmeseFigureAt, readsAsBurmese } from '../burmese/figures';
import { startsWithNumber } from '../tokens';
import type { Figure } from '../types';
import { compoundAt } from './compounds';
import { exclusion, listContinuation } from './exclusions';
import { FoldedFigures } from './fold';
import type { Found, Reading } from './found';
import { pointBack } from './pointing';
import { classify } from './measures';
import { mayStartNumber, readNumber } from './numbers';

/**
 * Key figures of the body (facts-spec.md, "Key figures"): money, percent,
 * counts, quantities and durations, each with its exact text (qualifiers such
 * as "more than" left out), value, unit and sentence. Years, dates, times,
 * ordinals and numbers inside names are never figures.
 *
 * At each token that may start a number (numbers.ts): a compound token
 * ("30,000-40,000", "20-year", "K50,000": compounds.ts), else the number read
 * there, unless it is no figure (exclusions.ts), measured by the words around
 * it (measures.ts: money.ts, counted.ts); a count with no noun of its own
 * takes the unit of the figure it points back to (pointing.ts); repeats are
 * folded (fold.ts). A title-case headline inside the body names no figure.
 */

export function findFigures(paragraphs: readonly AnalysedParagraph[]): Figure[] {
  const folded = new FoldedFigures();
  for (const p of paragraphs) {
    if (isHeadline(p)) continue;
    const found: Found[] = [];
    let skippedListAt = -1;
    for (let i = 0; i < p.tokens.length; i++) {
      if (!mayStartNumber(p.tokens[i]) && !readsAsBurmese(p, i)) continue;
      const result = figureAt(p, i, skippedListAt === i);
      if (result === null) continue;
      if ('skipped' in result) {
        skippedListAt = listContinuation(p.tokens, result.skipped);
        i = result.skipped;
        continue;
      }
      found.push(...result.found);
      i = Math.max(i, result.next - 1);
    }
    for (const f of pointBack(p, found)) folded.add(p, f);
  }
  return folded.figures;
}

/**
 * The figure starting at token i; an identifier or a date ("Division 55",
 * "May 17") reports where it ends so that a list after it ("and 18") is
 * skipped too; null when no number starts here.
 */
function figureAt(p: AnalysedParagraph, i: number, inSkippedList: boolean): Reading | { skipped: number } | null {
  const t = p.tokens;
  if (inSkippedList && startsWithNumber(t[i].text)) return { skipped: i };
  if (readsAsBurmese(p, i)) return burmeseFigureAt(p, i);
  const compound = compoundAt(p, i);
  if (compound) return compound;
  const read = readNumber(t, i);
  if (!read) return null;
  const excluded = exclusion(p, read);
  if (excluded === 'identifier' || excluded === 'date') return { skipped: read.to };
  if (excluded) return { found: [], next: read.to + 1 };
  const found = classify(p, read);
  return { found: found ? [found] : [], next: found?.resume ?? (found?.to ?? read.to) + 1 };
}
