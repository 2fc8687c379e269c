import type { AnalysedParagraph } from '../analyse';
import { MEASURE_UNITS, PERCENT_WORDS, SCALE_UNITS, TIME_UNITS } from '../tables/units';
import { ageAt } from './ages';
import { counted } from './counted';
import { unitNamesThing } from './exclusions';
import type { Found } from './found';
import { currencyBefore, moneyAt, pastCurrencySigns } from './money';
import { lowerAt, parseDecimal, readNumber, type NumberRead } from './numbers';

/**
 * What a number measures, from the words around it: an age (ages.ts), a
 * scale or a ratio, the second number of a range, a percentage, money, a
 * duration, a quantity, else what it counts.
 */

/** English words and dashes between the two numbers of a range ("1,850 to 2,100 kyats", "between 100 and 150 people"). */
const RANGE_WORDS = new Set(['to', 'and', 'or', '-', '–', '—']);

/** Words after "N times" that compare it with an amount, so that it is a ratio ("three times last year’s price", "five times the price", "200 times less"): English usage. */
const RATIO_FOLLOWERS = new Set(['the', 'its', 'their', 'his', 'her', 'last', 'this', 'that', 'what', 'more', 'less', 'higher', 'lower', 'larger', 'bigger', 'smaller', 'greater', 'faster', 'slower', 'as']);

/** Words after a percentage that make it the name of a grade ("25 percent broken" rice, as rice traders grade it), not a measure. */
const GRADE_WORDS = new Set(['broken', 'brokens']);

/** What the number measures; `inRange` when it is the second number of a range. Null when it is no figure. */
export function classify(p: AnalysedParagraph, read: NumberRead, inRange = false): Found | null {
  const t = p.tokens;
  const { value } = read;
  const currency = read.spelled ? null : currencyBefore(t, read.from);
  const after = read.to + 1;
  // The two words after the number, lower-cased once.
  const next = lowerAt(t, after);
  const second = lowerAt(t, after + 1);
  if (!currency) {
    const age = ageAt(p, read);
    if (age) return age;
    // "of magnitude 4.6": the scale's name before the number.
    const scale = lowerAt(t, read.from - 1);
    if (scale in SCALE_UNITS && !read.spelled) return { kind: 'quantity', value, unit: SCALE_UNITS[scale], from: read.from - 1, to: read.to };
    // "three times last year’s price": a ratio; "three times a week" is a frequency, no figure.
    if (next in SCALE_UNITS) return RATIO_FOLLOWERS.has(second) ? { kind: 'quantity', value, unit: SCALE_UNITS[next], from: read.from, to: after } : null;
  }
  if (!inRange && RANGE_WORDS.has(next)) {
    const range = rangeEnd(p, read, after + 1);
    if (range) return { ...range, from: currency?.start ?? read.from, to: read.to };
  }
  const percentEnd = PERCENT_WORDS.has(next) ? after : next === 'per' && second === 'cent' ? after + 1 : -1;
  if (percentEnd >= 0) return GRADE_WORDS.has(lowerAt(t, percentEnd + 1)) ? null : { kind: 'percent', value, unit: 'percent', from: read.from, to: percentEnd };
  const money = moneyAt(p, read, currency);
  if (money) return money;
  if (read.spelled && value === 1 && !read.multiplied) return null; // "one of …", "one fuel wholesaler"
  // "two years ago" dates something; it is no duration.
  if (next in TIME_UNITS) return second === 'ago' ? null : { kind: 'duration', value, unit: TIME_UNITS[next], from: read.from, to: after };
  const twoWordUnit = `${next} ${second}`;
  if (twoWordUnit in MEASURE_UNITS) return { kind: 'quantity', value, unit: MEASURE_UNITS[twoWordUnit], from: read.from, to: after + 1 };
  if (next in MEASURE_UNITS && (next.length > 1 || t[after].start === t[read.to].end)) {
    if (unitNamesThing(MEASURE_UNITS[next], t, after + 1)) return null;
    return { kind: 'quantity', value, unit: MEASURE_UNITS[next], from: read.from, to: after };
  }
  return counted(p, read);
}

/**
 * The first number of a range takes the kind and unit of the second ("between
 * 100 and 150 people", "1 to 2 percent") and its multiplier ("$5 to $10
 * million" is five million): the figure with the first number's value.
 */
function rangeEnd(p: AnalysedParagraph, first: NumberRead, at: number): Found | null {
  const t = p.tokens;
  const j = pastCurrencySigns(t, at);
  const second = t[j] && p.sentenceOf[j] === p.sentenceOf[first.from] ? readNumber(t, j) : null;
  if (!second || (second.yearLike && !first.spelled)) return null;
  const found = classify(p, second, true);
  if (!found) return null;
  const factor = second.multiplied && second.numeral && !first.multiplied ? second.value / parseDecimal(second.numeral) : 1;
  return { ...found, value: first.value * factor };
}

