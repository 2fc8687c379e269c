import type { AnalysedParagraph } from '../analyse';
import { PEOPLES } from '../tables/peoples';
import { PERCENT_WORDS, TIME_UNITS } from '../tables/units';
import { wordSet } from '../tables/words';
import { classAt, isPossessive, LETTER, LOWER, NUMBER, startsWithLetter, UPPER, widthAt } from '../tokens';
import type { Found } from './found';
import { currencyOfWord } from './money';
import { lowerAt, readNumber, type NumberRead } from './numbers';

/**
 * What a count counts: the noun after the number ("12 MiG29B fighter jets",
 * "5,000 Rohingya"), the noun after "of" ("Nine of Myanmar’s 15 states"), a
 * participle that stands for people ("27,420 arrested"), or nothing written
 * ("rose to 433 on Friday": a bare count).
 */

/** Words looked at after a number for the noun it counts ("12 MiG29B fighter jets": adjectives and models stand between). */
const MAX_NOUN_DISTANCE = 5;

/** English function words that end the search for a counted noun: the number is then bare ("489 are …") or not a count. */
const COUNT_STOPS = wordSet(`
  the a an of in on at to from by for with as but are were was is have has had be been being will would
  could can may might must shall should per than that which who whom whose while when where after before
  since during including among into onto over under about against between through do does did not no nor
  so if then also only just still each every both either neither this these those its their his her our
  my your there here said says told according ago
`);
/** English plural nouns without a final -s that the press counts ("300 people", "40 aircraft", "2,000 militia"). */
const IRREGULAR_PLURALS = wordSet('people police children men women personnel staff aircraft cattle livestock militia youth crew clergy infantry fish sheep deer folk offspring');
/** English words in -s after a number that are not counted things ("3 times", "5 points"). */
const NOT_COUNTED = wordSet('times cents points is was has does as us its this his thus yes plus less unless whereas always perhaps news series means');
/** Participles that stand for the people counted ("more than 30 injured", "27,420 arrested", "the last of six ordered"): conflict reporting. */
const COUNTED_PARTICIPLES = wordSet(`
  killed injured wounded dead missing arrested detained displaced captured executed abducted jailed sentenced released
  freed rescued evacuated surrendered deployed ordered delivered recruited conscripted
`);
/** English determiners between "of" and the counted noun ("Nine of the 15 states", "two of its jets"). */
const OF_DETERMINERS = wordSet('the its their his her these those our');
/** Words at the front of a counted noun that qualify the number instead ("200 more troops", "three other parties"). */
const NUMBER_QUALIFIERS = wordSet('more other of the its their');
/** Words before a bare spelled number that make it a pronoun ("the other two.", "all three."). */
const PRONOUN_BEFORE = wordSet('the other all both these those last first each of');
/** Punctuation that ends a sentence, and punctuation that may follow a bare count ("433, the ministry said"): English usage. */
const SENTENCE_ENDS = new Set(['.', ';', '!', '?']);
const AFTER_BARE_COUNT = new Set([',', ':', ')', '”', '"', '’', '—', '–']);

/** "12 MiG29B fighter jets", "Nine of Myanmar’s 15 states", a bare "489"; null when the number counts nothing. */
export function counted(p: AnalysedParagraph, read: NumberRead): Found | null {
  const t = p.tokens;
  const k = read.to + 1;
  const sentence = p.sentenceOf[read.from];
  // "Nine of Myanmar’s 15 states": N of [the|its|X’s] [M] nouns.
  if (lowerAt(t, k) === 'of') {
    let j = k + 1;
    if (OF_DETERMINERS.has(lowerAt(t, j)) || isPossessive(t[j]?.text ?? '')) j++;
    // The inner number is read again on its own ("71 of the 88 seats": 88 is a figure too).
    const inner = readNumber(t, j);
    if (inner && !inner.spelled) j = inner.to + 1;
    const noun = nounAt(p, j, sentence);
    if (noun >= 0) return { kind: 'count', value: read.value, unit: unitText(p, j, noun), from: read.from, to: noun, resume: inner && !inner.spelled ? inner.from : undefined };
  }
  const noun = nounAt(p, k, sentence);
  if (noun >= 0) return { kind: 'count', value: read.value, unit: unitText(p, k, noun), from: read.from, to: noun };
  if (COUNTED_PARTICIPLES.has(lowerAt(t, k))) return { kind: 'count', value: read.value, unit: t[k].text, from: read.from, to: k };
  // A bare number that something else follows (a verb, a preposition, the end): "rose to 433 on Friday".
  const next = t[k];
  const end = !next || p.sentenceOf[k] !== sentence || SENTENCE_ENDS.has(next.text);
  if (read.spelled) {
    // "… took four." counts; "the other two." is a pronoun.
    const before = t[read.from - 1]?.key ?? '';
    return end && !PRONOUN_BEFORE.has(before) && read.value > 1 ? { kind: 'count', value: read.value, unit: null, from: read.from, to: read.to } : null;
  }
  const bare = end || COUNT_STOPS.has(lowerAt(t, k)) || AFTER_BARE_COUNT.has(next.text);
  return bare ? { kind: 'count', value: read.value, unit: null, from: read.from, to: read.to } : null;
}

/**
 * Index of the counted noun within reach of token k, or -1: a plural noun,
 * a model in the plural ("MiG-29s"), else a people's name ("5,000 Rohingya").
 */
export function nounAt(p: AnalysedParagraph, k: number, sentence: number): number {
  const t = p.tokens;
  let people = -1;
  for (let n = k; n < Math.min(t.length, k + MAX_NOUN_DISTANCE); n++) {
    if (p.sentenceOf[n] !== sentence) break;
    const word = t[n].text;
    const key = word.toLowerCase();
    if (isPluralNoun(word) || isModelPlural(word)) return n;
    if (t[n].cap && PEOPLES.has(t[n].key) && people < 0) people = n;
    // "five Russian and Chinese jets" counts the jets; "took six and ethnic parties shared seven" counts nothing written.
    if (key === 'and' || key === 'or') {
      if (n === k) break;
      continue;
    }
    if (COUNT_STOPS.has(key) || key in TIME_UNITS || currencyOfWord(key) || PERCENT_WORDS.has(key)) break;
    if (!isWord(word)) break;
  }
  return people === k ? k : -1;
}

/** The counted noun's text from token `from` to `to`, without the words that qualify the number. */
export function unitText(p: AnalysedParagraph, from: number, to: number): string {
  let start = from;
  while (start < to && NUMBER_QUALIFIERS.has(lowerAt(p.tokens, start))) start++;
  return p.text.slice(p.tokens[start].start, p.tokens[to].end);
}

function isPluralNoun(word: string): boolean {
  if (!(classAt(word, 0) & LOWER)) return false;
  const key = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(key)) return true;
  return key.length >= 3 && /^[a-z][a-z'’-]*s$/.test(key) && !/(?:ss|us|is)$/.test(key) && !NOT_COUNTED.has(key) && !(key in TIME_UNITS) && !currencyOfWord(key);
}

/** A word: a letter, then letters, digits, apostrophes and hyphens. */
function isWord(word: string): boolean {
  if (!startsWithLetter(word)) return false;
  for (let i = widthAt(word, 0); i < word.length; i += widthAt(word, i)) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45) continue;
    if (!(classAt(word, i) & (LETTER | NUMBER))) return false;
  }
  return true;
}

/** An aircraft or weapon model in the plural, counted like a noun ("31 MiG-29s", "F-16s"): a capital, a digit after any hyphen, a final "s". */
function isModelPlural(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115 || !(classAt(word, 0) & UPPER)) return false;
  let digitAfterHyphen = false;
  for (let i = widthAt(word, 0); i < n - 1; i += widthAt(word, i)) {
    if (word.charCodeAt(i) === 45) {
      digitAfterHyphen = false;
      continue;
    }
    const cls = classAt(word, i);
    if (!(cls & (LETTER | NUMBER))) return false;
    if (cls & NUMBER) digitAfterHyphen = true;
  }
  return digitAfterHyphen;
}
