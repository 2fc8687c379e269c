import type { AnalysedParagraph } from '../analyse';
import { SCALE_UNITS } from '../tables/units';
import { wordSet } from '../tables/words';
import { nounAt, unitText } from './counted';
import type { Found } from './found';

/**
 * Counts whose noun is not written after them point back to an earlier
 * figure: "killing 16 civilians and wounding 29 others", "Of the 18 seats,
 * 13 went to the USDP, four to the NUP", "80 trucks a day, against more
 * than 700 before", "720 kyats today; last year it was 560". Such a count
 * takes the kind and unit of the figure before it in its sentence, else of
 * the first figure of the sentence before; a count takes only the last word
 * of that unit (the noun: "contested upper house seats" → "seats"), since
 * the modifiers were the other figure's. "the number of towns … to a dozen"
 * names the noun itself.
 */

/** Kinds a pointing count takes from any figure it points to; money, percent and durations only when it is compared with them in their sentence. */
const ACROSS_SENTENCES: ReadonlySet<Found['kind']> = new Set(['count', 'quantity']);

/**
 * Words before a bare number that compare it with a sum or a share before it
 * in the sentence ("last year it was 560", "paid more than 1,000", "fetches
 * 3,450", "an official rate of 2,100"): only then does it take money or
 * percent from that figure ("61 percent were children under 15" does not).
 */
const COMPARING = wordSet('was is were to from than against at of fetches fetched fetch costs cost paid pays sells sold buys bought traded trades');

/** The words that name what a bare number counts wherever it stands in the sentence ("bringing to 46 the number of positions"). */
const NUMBER_OF = ['number', 'of'];

/** Words between "the number of" and its noun ("the number of Myanmar-linked people"): the noun phrase is read by nounAt. */
const NUMBER_WORDS_BEFORE = wordSet('the');

/** The figures of a paragraph in order, with pointing counts given their kind and unit (or dropped, when 'weak' and pointing nowhere). */
export function pointBack(p: AnalysedParagraph, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    if (!f.pointsBack) {
      out.push(f);
      continue;
    }
    const sentence = p.sentenceOf[f.from];
    const named = numberOfNoun(p, sentence);
    if (named) {
      out.push({ ...f, unit: named });
      continue;
    }
    const compared = f.pointsBack !== 'weak' && COMPARING.has(p.tokens[f.from - 1]?.key ?? '');
    const antecedent = f.apposedTo === undefined ? antecedentOf(p, out, sentence, compared) : (out.find((e) => e.to === f.apposedTo) ?? null);
    // A number before a verb or in a list counts only what its own sentence counted ("nine were in prison").
    if (antecedent && (p.sentenceOf[antecedent.from] === sentence || f.pointsBack !== 'weak')) out.push(takeUnit(f, antecedent));
    else if (f.pointsBack !== 'weak') out.push(f);
  }
  return out;
}

/**
 * The figure a pointing count refers to: in its sentence, the nearest before
 * it that counts or measures (or the nearest of any kind when `compared`:
 * "720 kyats today; last year it was 560"); else the first of the sentence
 * before. A hyphenated size ("the 440-seat lower house") counts something
 * else and is passed over.
 */
function antecedentOf(p: AnalysedParagraph, before: readonly Found[], sentence: number, compared: boolean): Found | null {
  let previous: Found | null = null;
  for (let i = before.length - 1; i >= 0; i--) {
    const f = before[i];
    const s = p.sentenceOf[f.from];
    if (s < sentence - 1) break;
    if (p.tokens[f.from].text.includes('-') || isRatio(f)) continue;
    if (s === sentence) {
      if (compared || ACROSS_SENTENCES.has(f.kind)) return f;
    } else if (ACROSS_SENTENCES.has(f.kind)) previous = f;
  }
  return previous;
}

/** Units of ratios and readings on a scale ("four times the number", "magnitude 4.6"): they measure no thing a count could point to. */
const SCALE_UNIT_NAMES: ReadonlySet<string | null> = new Set(Object.values(SCALE_UNITS));

function isRatio(f: Found): boolean {
  return f.kind === 'quantity' && SCALE_UNIT_NAMES.has(f.unit);
}

/** The count with the kind and unit of its antecedent (a count takes only the last word of its unit). */
function takeUnit(f: Found, antecedent: Found): Found {
  const { kind, unit } = antecedent;
  if (kind === 'count') return { ...f, unit: unit ? unit.slice(unit.lastIndexOf(' ') + 1) : null };
  return { ...f, kind, unit };
}

/** The noun phrase after "the number of" in the sentence ("the number of towns it claims"), or null. */
function numberOfNoun(p: AnalysedParagraph, sentence: number): string | null {
  const t = p.tokens;
  for (let i = firstTokenOf(p, sentence); i < t.length && p.sentenceOf[i] === sentence; i++) {
    if (t[i].key !== NUMBER_OF[0] || t[i + 1]?.key !== NUMBER_OF[1]) continue;
    let j = i + 2;
    while (NUMBER_WORDS_BEFORE.has(t[j]?.key ?? '')) j++;
    const noun = nounAt(p, j, sentence);
    if (noun >= 0) return unitText(p, j, noun);
  }
  return null;
}

/** Index of the first token of the sentence (binary search: sentenceOf never decreases). */
function firstTokenOf(p: AnalysedParagraph, sentence: number): number {
  let lo = 0;
  let hi = p.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.sentenceOf[mid] < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
