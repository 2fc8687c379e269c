import type { AnalysedParagraph } from '../analyse';
import { PEOPLES } from '../tables/peoples';
import { PERCENT_WORDS, TIME_UNITS } from '../tables/units';
import { wordSet } from '../tables/words';
import { classAt, isPossessive, LETTER, LOWER, NUMBER, startsWithLetter, UPPER, widthAt, type Token } from '../tokens';
import type { Found } from './found';
import { currencyOfWord } from './money';
import { lowerAt, readNumber, type NumberRead } from './numbers';

/**
 * What a count counts: the noun after the number ("12 MiG29B fighter jets",
 * "5,000 Rohingya", "63 monasteries and schools", "three Wa State
 * Armies"), the noun after "[out] of" ("Nine of Myanmar’s 15 states", "488
 * out of 500 marks", "11 of them officers"), a participle that
 * stands for people ("27,420 arrested"), the noun after "are" ("58 are
 * retired officers"), or nothing written: then the count points back to an
 * earlier figure ("29 others", "13 went to the USDP"), which the figure
 * pipeline resolves (index.ts), or it is a bare count ("rose to 433").
 */

/** Words looked at after a number for the noun it counts ("12 MiG29B fighter jets": adjectives and models stand between). */
const MAX_NOUN_DISTANCE = 5;

/** English function words that end the search for a counted noun: the number is then bare ("489 are …") or not a count. */
const COUNT_STOPS = wordSet(`
  the a an of in on at to from by for with as but are were was is have has had be been being will would
  could can may might must shall should per than that which who whom whose while when where after before
  since during including among into onto over under about against between through do does did not no nor
  so if then also only just still each every both either neither this these those its their his her our
  my your there here said says told according ago they we he she it you i them us him
`);
/** English plural nouns without a final -s that the press counts ("300 people", "40 aircraft", "2,000 militia"). */
const IRREGULAR_PLURALS = wordSet('people police children men women personnel staff aircraft cattle livestock militia youth crew clergy infantry fish sheep deer folk offspring');
/** Endings of English compound plurals without a final -s ("grandchildren", "fishermen", "policewomen"). */
const IRREGULAR_PLURAL_ENDINGS = ['children', 'women', 'men', 'people'];
/** Words in -men that are no plurals (English). */
const SINGULARS_IN_MEN = wordSet('specimen abdomen regimen');
/** Irregular plurals that also modify a following noun ("14 police witnesses", "two militia leaders"): the count goes on to that noun. */
const MODIFYING_PLURALS = wordSet('police militia youth staff cattle fish');
/** English words in -s after a number that are not counted things ("3 times", "5 points"), and mass nouns in -s ("gas"). */
const NOT_COUNTED = wordSet('times cents points is was has does as us its this his thus yes plus less unless whereas always perhaps news series means gas');
/** Words after a number that point back to what an earlier figure counts ("29 others", "a dozen more"). */
const POINTING_WORDS = wordSet('others more');
/** Verbs after a number that make it the subject of a clause, counting what the sentence counted before ("nine are contesting", "13 went to the USDP"). */
const SUBJECT_VERBS = wordSet('are were was is have had has went go goes remain remained remains died fled stayed returned say said will would could can must');
/**
 * Plural heads of names of armed groups, parties, bodies and divisions of
 * land, as the press counts them capitalised ("three Wa State Armies",
 * "three Light Infantry Divisions"): the counted noun only when no
 * lower-case plural follows within reach.
 */
export const NAMED_PLURALS = wordSet(`
  armies forces parties divisions battalions regiments brigades commands columns units militias fronts alliances leagues
  councils committees ministries departments organizations organisations groups companies states regions townships
  districts provinces villages towns
`);
/** Adverbs between a number and the verb it is the subject of ("40,000 still living in the camps", "nine still missing"). */
const CLAUSE_ADVERBS = wordSet('already still now currently reportedly allegedly mostly');
/** Verbs after which a noun phrase says what the number counts ("58 are retired officers"). */
const COPULAS = wordSet('are were');
/** Participles that stand for the people counted ("more than 30 injured", "27,420 arrested", "the last of six ordered"): conflict reporting. */
const COUNTED_PARTICIPLES = wordSet(`
  killed injured wounded dead missing arrested detained displaced captured executed abducted jailed sentenced released
  freed rescued evacuated surrendered deployed ordered delivered recruited conscripted
`);
/** English determiners and pronouns between "of" and the counted noun ("Nine of the 15 states", "two of its jets", "11 of them officers"). */
const OF_DETERMINERS = wordSet('the its their his her these those our my your them us');
/** Pronouns after "of" that refer to an earlier count ("Seven of them were tried"). */
const OF_PRONOUNS = wordSet('them us those these');
/** Words at the front of a counted noun that qualify the number instead ("200 more troops", "three other parties"). */
const NUMBER_QUALIFIERS = wordSet('more other of the its their');
/** Words before a bare spelled number that make it a pronoun ("the other two.", "all three."). */
const PRONOUN_BEFORE = wordSet('the other all both these those last first each of');
/** Punctuation that ends a sentence, and punctuation that may follow a bare count ("433, the ministry said"): English usage. */
const SENTENCE_ENDS = new Set(['.', ';', '!', '?']);
const AFTER_BARE_COUNT = new Set([',', ':', ')', '”', '"', '’', '—', '–']);
/** Words that go on to the next item of a list ("the Mon Unity Party five and …"). */
const LIST_LINKS = new Set([',', 'and', 'or']);
/** Words that join a second counted noun to the first ("63 monasteries and schools"). */
const NOUN_LINKS = wordSet('and or');
/** Words looked at after "and" for a second counted noun ("600 troops and militia members"). */
const MAX_JOINED_NOUN_DISTANCE = 3;

/** "12 MiG29B fighter jets", "Nine of Myanmar’s 15 states", a bare "489"; null when the number counts nothing. */
export function counted(p: AnalysedParagraph, read: NumberRead): Found | null {
  const t = p.tokens;
  const k = read.to + 1;
  const sentence = p.sentenceOf[read.from];
  // "Nine of Myanmar’s 15 states", "488 out of 500 marks": N [out] of [the|its|them] [X’s] [M] nouns.
  const of = lowerAt(t, k) === 'of' ? k : lowerAt(t, k) === 'out' && lowerAt(t, k + 1) === 'of' ? k + 1 : -1;
  if (of >= 0) {
    let j = of + 1;
    const pronoun = OF_PRONOUNS.has(lowerAt(t, j));
    if (OF_DETERMINERS.has(lowerAt(t, j))) j++;
    j = pastPossessor(t, j);
    // The inner number is read again on its own ("71 of the 88 seats", "five of Kayah State’s seven townships": 88 and seven are figures too).
    const inner = readNumber(t, j);
    if (inner) j = inner.to + 1;
    // "Sixteen of the dead": a participle standing for people.
    if (COUNTED_PARTICIPLES.has(lowerAt(t, j)) && lowerAt(t, j - 1) === 'the') return { kind: 'count', value: read.value, unit: t[j].text, from: read.from, to: j };
    const noun = nounAt(p, j, sentence);
    if (noun >= 0) return { kind: 'count', value: read.value, unit: unitText(p, j, noun), from: read.from, to: noun, resume: inner?.from };
    if (pronoun && (!read.spelled || read.value > 1)) {
      // "its monks, 12 of them,": the pronoun stands for the plural noun just before the comma.
      const apposed = t[read.from - 1]?.text === ',' && isPluralNoun(t[read.from - 2]?.text ?? '') ? read.from - 2 : undefined;
      return { ...pointing(read, read.to, 'strong'), apposedTo: apposed };
    }
  }
  const noun = nounAt(p, k, sentence);
  if (noun >= 0) {
    // "29 others", "a dozen more": the count points back to what an earlier figure counts.
    if (noun === k && POINTING_WORDS.has(t[k].key)) return pointing(read, k, 'strong');
    return { kind: 'count', value: read.value, unit: unitText(p, k, noun), from: read.from, to: noun };
  }
  if (POINTING_WORDS.has(lowerAt(t, k)) && !nounAfter(p, k + 1, sentence)) return pointing(read, k, 'strong');
  if (COUNTED_PARTICIPLES.has(lowerAt(t, k))) return { kind: 'count', value: read.value, unit: t[k].text, from: read.from, to: k };
  // "58 are retired officers": the noun phrase after the verb is what is counted.
  if (COPULAS.has(lowerAt(t, k))) {
    const predicate = nounAt(p, k + 1, sentence);
    if (predicate >= 0 && !hasVerbBetween(t, k + 1, predicate)) return { kind: 'count', value: read.value, unit: unitText(p, k + 1, predicate), from: read.from, to: read.to };
  }
  // A bare number that something else follows (a verb, a preposition, the end): "rose to 433 on Friday".
  const next = t[k];
  const end = !next || p.sentenceOf[k] !== sentence || SENTENCE_ENDS.has(next.text);
  if (read.spelled) {
    // "… took four." counts; "the other two." is a pronoun; "nine were in prison" counts what the sentence counted before.
    const before = t[read.from - 1]?.key ?? '';
    if (PRONOUN_BEFORE.has(before) || read.value <= 1) return null;
    if (end) return pointing(read, read.to, 'bare');
    const after = lowerAt(t, k);
    return isSubject(t, k) || LIST_LINKS.has(after) || COUNT_STOPS.has(after) ? pointing(read, read.to, 'weak') : null;
  }
  if (end || COUNT_STOPS.has(lowerAt(t, k)) || AFTER_BARE_COUNT.has(next.text)) return pointing(read, read.to, 'bare');
  return isSubject(t, k) ? pointing(read, read.to, 'weak') : null; // "13 went to the USDP"; "2 valueOf" counts nothing
}

/** Most words of a possessor before the counted noun ("Kayah State’s seven townships"). */
const MAX_POSSESSOR_WORDS = 3;

/** Token index past a possessor at j ("the country’s", "Myanmar’s", "Kayah State’s"), or j when none stands there. */
function pastPossessor(t: readonly Token[], j: number): number {
  if (isPossessive(t[j]?.text ?? '')) return j + 1;
  for (let n = j; n < j + MAX_POSSESSOR_WORDS && t[n]?.cap; n++) if (isPossessive(t[n].text)) return n + 1;
  return j;
}

/**
 * A count whose noun is not written after it: it takes the unit of the
 * figure it points back to (index.ts). 'strong' ("29 others", "Seven of
 * them") and 'bare' (a bare number before a stop or the end) are counts
 * whatever they point to; 'weak' (a number before a verb or in a list:
 * "13 went to the USDP", "the Mon Unity Party five and …") only when they
 * point to one.
 */
function pointing(read: NumberRead, to: number, strength: NonNullable<Found['pointsBack']>): Found {
  return { kind: 'count', value: read.value, unit: null, from: read.from, to, pointsBack: strength };
}

/**
 * Whether the number before token k is the subject of a verb there, maybe
 * past an adverb: a finite verb ("13 went to the USDP") or a participle in
 * -ing ("40,000 still living in the camps").
 */
function isSubject(t: readonly Token[], k: number): boolean {
  if (CLAUSE_ADVERBS.has(lowerAt(t, k))) k++;
  const word = lowerAt(t, k);
  return SUBJECT_VERBS.has(word) || (word.endsWith('ing') && word.length > 4 && /^[a-z]+$/.test(word) && !COUNT_STOPS.has(word));
}

/** Whether a counted noun is within reach of token k. */
function nounAfter(p: AnalysedParagraph, k: number, sentence: number): boolean {
  return nounAt(p, k, sentence) >= 0;
}

/** Whether a verb form in -ing stands between tokens a and b ("nine are contesting seats": the seats are not what nine counts). */
function hasVerbBetween(t: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (t[i].key.endsWith('ing')) return true;
  return false;
}

/**
 * Index of the counted noun within reach of token k, or -1: a plural noun,
 * a model in the plural ("MiG-29s"), else a people's name ("5,000 Rohingya",
 * "45 Indians"). Calibres and models may stand before it ("two 105mm
 * artillery pieces"), an irregular plural may modify it ("14 police
 * witnesses"), and a second plural joined by "and" is counted with it ("63
 * monasteries and schools").
 */
export function nounAt(p: AnalysedParagraph, k: number, sentence: number): number {
  const t = p.tokens;
  let people = -1;
  let named = -1;
  for (let n = k; n < Math.min(t.length, k + MAX_NOUN_DISTANCE); n++) {
    if (p.sentenceOf[n] !== sentence) break;
    const word = t[n].text;
    const key = word.toLowerCase();
    if (isPluralNoun(word) || isModelPlural(word)) {
      // "14 police witnesses": the irregular plural is a modifier when a noun follows.
      if (MODIFYING_PLURALS.has(key) && t[n + 1] && isPluralNoun(t[n + 1].text) && p.sentenceOf[n + 1] === sentence) return joinedNoun(p, n + 1, sentence);
      return joinedNoun(p, n, sentence);
    }
    if (t[n].cap && isPeoples(t[n].key) && people < 0) people = n;
    if (t[n].cap && named < 0 && NAMED_PLURALS.has(t[n].key)) named = n;
    // "five Russian and Chinese jets" counts the jets; "took six and ethnic parties shared seven" counts nothing written.
    if (key === 'and' || key === 'or') {
      if (n === k) break;
      continue;
    }
    if (COUNT_STOPS.has(key) || key in TIME_UNITS || currencyOfWord(key) || PERCENT_WORDS.has(key)) break;
    if (!isWord(word) && !isCalibre(word)) break;
  }
  return named >= 0 ? named : people === k ? k : -1;
}

/** The counted noun at n, or the second one joined to it ("monasteries and schools", "troops and militia members"). */
function joinedNoun(p: AnalysedParagraph, n: number, sentence: number): number {
  const t = p.tokens;
  if (!NOUN_LINKS.has(lowerAt(t, n + 1))) return n;
  for (let m = n + 2; m < Math.min(t.length, n + 2 + MAX_JOINED_NOUN_DISTANCE); m++) {
    if (p.sentenceOf[m] !== sentence || t[m].cap || !isWord(t[m].text) || COUNT_STOPS.has(t[m].key) || POINTING_WORDS.has(t[m].key)) return n;
    if (readNumber(t, m)) return n; // "62 assault rifles and two military trucks": a count of its own
    if (t[m].key.endsWith('ing') || t[m].key.endsWith('ed')) return n; // "killing 11 civilians and wounding 23"
    if (isPluralNoun(t[m].text)) return MODIFYING_PLURALS.has(t[m].key) && t[m + 1] && isPluralNoun(t[m + 1].text) ? m + 1 : m;
  }
  return n;
}

/** A people's name, or its plural ("Indians", "Thais"). */
function isPeoples(key: string): boolean {
  return PEOPLES.has(key) || (key.endsWith('s') && PEOPLES.has(key.slice(0, -1)));
}

/** A calibre or model written before the counted noun ("105mm", "MA-1"): letters and digits, a digit first or after a hyphen. */
function isCalibre(word: string): boolean {
  return /^\d+(?:\.\d+)?mm$/i.test(word) || (/^[A-Z][A-Za-z]*-?\d+[A-Za-z]*$/.test(word) && /\d/.test(word));
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
  if (IRREGULAR_PLURAL_ENDINGS.some((end) => key.endsWith(end)) && !SINGULARS_IN_MEN.has(key)) return true;
  // A possessive ("year’s") is no plural.
  return key.length >= 3 && /^[a-z][a-z-]*[a-z]s$/.test(key) && !/(?:ss|us|is)$/.test(key) && !NOT_COUNTED.has(key) && !(key in TIME_UNITS) && !currencyOfWord(key);
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
