import { startsSentence, type AnalysedParagraph } from './analyse';
import { BURMESE_NAME_SYLLABLES } from './tables/burmese-names';
import { MONTHS, WEEKDAYS } from './tables/calendar';
import { COMMON_WORDS } from './tables/common-words';
import { KEPT_PREFIXES, NAME_PARTICLES, STRIPPED_HONORIFICS } from './tables/honorifics';
import { ORG_HEADS, ORG_WORDS, ORGANISATION_PHRASES, ORGANISATIONS } from './tables/organisations';
import { PEOPLES } from './tables/peoples';
import { PLACE_ACRONYMS, PLACE_HEADS, PLACE_PHRASES, PLACES } from './tables/places';
import { ROLE_NOUNS } from './tables/roles';
import { OFFICE_MODIFIERS, OFFICES, RANKS, TITLE_ABBREVIATIONS } from './tables/titles';
import { classAt, dottedEnd, hasLowerCase, isAcronym, isPossessive, isSingleCapital, UPPER, wordKey, type Token } from './tokens';

/**
 * Runs of capitalised words, each split into what stands before a name
 * (titles, honorifics, places, organisation words, sentence openers) and the
 * name itself. Whether a run's name is a person is decided by people.ts from
 * this split and the words around the run.
 */

export interface RunToken {
  /** The word without a possessive ending or a "then-" prefix. */
  text: string;
  key: string;
  start: number;
  end: number;
  possessive: boolean;
  /** A single capital followed by a dot ("K." in "Sergey K. Shoygu"). */
  initial: boolean;
  /** A prefix that stays in names ("Ko", "Saw", "Sai"). */
  keptPrefix: boolean;
  /** A common syllable of Burmese names ("Aung", "Hlaing"). */
  syllable: boolean;
  /** Where the token starts with its "then-" or "ex-" prefix (the form as written: "then-President U Win Myint"). */
  written: number;
}

export interface Title {
  text: string;
  kind: 'rank' | 'office';
  /** Run positions [from, to). */
  from: number;
  to: number;
}

export interface NameRun {
  paragraph: number;
  /** Paragraph token indices of the run's first and last token. */
  first: number;
  last: number;
  tokens: RunToken[];
  titles: Title[];
  /** "U" or "Daw" right before the name, if any. */
  honorific: string | null;
  /** A capitalised role word stripped from the front ("Author", "Analyst"). */
  roleWord: string | null;
  /** Run positions [nameFrom, nameTo) of the name; empty when the run names no one. */
  nameFrom: number;
  nameTo: number;
  /**
   * What follows the name inside the run makes the run an organisation or a
   * place: a head noun ("Bogyoke Aung San Market", "… Village") or initials
   * ("… PDF").
   */
  trailingHead: 'head' | 'initials' | null;
  /** The head word after the name is a place noun ("Kyaung Lae Village"): the name is a place. */
  trailingPlace: boolean;
  /** Start of the form as written: first title (and a "then-"/"former" before it), else the name. */
  formStart: number;
  /**
   * A common word was stripped where it cannot be a sentence opener ("… Let
   * Pan Hla", "the New Light …"): the run is most likely a name of a thing.
   */
  oddPrefix: boolean;
}

type Kind = 'rank' | 'office' | 'org' | 'place';
/** Multi-word phrases by their space-joined key, and the longest phrase length. */
const PHRASES = new Map<string, Kind>();
for (const [list, kind] of [[RANKS, 'rank'], [OFFICES, 'office'], [ORGANISATION_PHRASES, 'org'], [PLACE_PHRASES, 'place']] as const) {
  for (const phrase of list) PHRASES.set(phrase, kind);
}
const LONGEST_PHRASE = 5;
/** Last words of titles: an honorific after one belongs to the same name ("President U Win …"). */
const TITLE_ENDS = new Set([...RANKS, ...OFFICES].map((t) => t.split(' ').pop()!));
/** Initials written without dots ("AK" in "AK Abdul Momen"): two or three capitals. */
const INITIALS = /^[A-Z]{2,3}$/;
/** English personal pronouns: capitalised inside a sentence they are a name ("She Zhijiang"). */
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'it', 'we', 'they']);
/** Abbreviations that a dot may follow inside a run ("Dr.", "Lt. Gen."). */
const DOTTED = new Set(`${TITLE_ABBREVIATIONS} mg`.split(' '));

export function findRuns(p: AnalysedParagraph): NameRun[] {
  const runs: NameRun[] = [];
  const { tokens } = p;
  let i = 0;
  while (i < tokens.length) {
    // Most words are lower case with no "then-" or "ex-": passed over without a call.
    const t = tokens[i];
    if (!t.cap && (t.text.length < 4 || (t.text.charCodeAt(2) !== 45 && t.text.charCodeAt(4) !== 45) || !thenPrefix(t.text))) {
      i++;
      continue;
    }
    const first = i;
    const run: RunToken[] = [];
    for (;;) {
      run.push(runToken(tokens[i]));
      if (run[run.length - 1].possessive) break;
      const next = tokens[i + 1];
      // "… U Shwe Mann" after a word that is no title: the honorific begins another name.
      const honorificAhead = next && STRIPPED_HONORIFICS.has(next.text) && !TITLE_ENDS.has(tokens[i].key.slice(thenPrefix(tokens[i].text)));
      if (next && capish(next) && sameSentence(p, i, i + 1) && !honorificAhead) {
        i++;
        continue;
      }
      // "Ursula von der Leyen": lower-case particles between capitalised words.
      let k = i + 1;
      while (k < tokens.length && NAME_PARTICLES.has(tokens[k].text) && k - i <= 2) k++;
      if (k > i + 1 && tokens[k] && capish(tokens[k]) && sameSentence(p, i, k)) {
        for (let j = i + 1; j < k; j++) run.push(runToken(tokens[j]));
        i = k;
        continue;
      }
      // A dot after an initial or an abbreviated title stays inside the run ("K. Shoygu", "Dr. Aye").
      const after = tokens[i + 2];
      if (next?.text === '.' && next.start === tokens[i].end && after && capish(after) && isDottable(tokens[i])) {
        run[run.length - 1].initial = isSingleCapital(tokens[i].text);
        i += 2;
        continue;
      }
      break;
    }
    runs.push(classify(p.index, first, i, run, startsSentence(p, first)));
    i++;
  }
  return runs;
}

/** A capitalised word, or one with a "then-" or "ex-" prefix before the capital ("then-President"). */
function capish(token: Token): boolean {
  return token.cap || thenPrefix(token.text) > 0;
}

/** Length of a "then-" or "ex-" prefix followed by a capital, or 0. */
function thenPrefix(word: string): number {
  const c = word.charCodeAt(0);
  const length = c === 116 && word.startsWith('then-') ? 5 : c === 101 && word.startsWith('ex-') ? 3 : 0;
  return length && classAt(word, length) & UPPER ? length : 0;
}

function isDottable(token: Token): boolean {
  return isSingleCapital(token.text) || DOTTED.has(token.text.toLowerCase());
}

function sameSentence(p: AnalysedParagraph, a: number, b: number): boolean {
  return p.sentenceOf[a] === p.sentenceOf[b];
}

function runToken(token: Token): RunToken {
  const then = thenPrefix(token.text);
  const word = then ? token.text.slice(then) : token.text;
  const possessive = isPossessive(word);
  const base = possessive ? word.slice(0, -2) : word;
  const from = token.start + then;
  // "R.A." in "R.A. Fairclough": dotted initials, not an acronym.
  const initial = dottedEnd(base, 0, true) === base.length;
  const key = base === token.text ? token.key : wordKey(base);
  return { text: base, key, start: from, end: from + base.length, possessive, initial, keptPrefix: KEPT_PREFIXES.has(key), syllable: BURMESE_NAME_SYLLABLES.has(key), written: token.start };
}

function classify(paragraph: number, first: number, last: number, tokens: RunToken[], atSentenceStart: boolean): NameRun {
  const titles: Title[] = [];
  let honorific: string | null = null;
  let roleWord: string | null = null;
  let pos = 0;
  let org = false;
  let oddPrefix = false;
  let forcedStart = false;
  let officeFrom = -1; // where the portfolio words before an office begin ("Deputy Information Minister")
  // Strip what stands before the name.
  while (pos < tokens.length) {
    const phrase = matchPhrase(tokens, pos);
    if (phrase) {
      if (phrase.kind === 'rank' || phrase.kind === 'office') {
        const from = phrase.kind === 'office' && officeFrom >= 0 ? officeFrom : pos;
        titles.push({ text: tokens.slice(from, pos + phrase.length).map((t) => t.text).join(' '), kind: phrase.kind, from, to: pos + phrase.length });
        honorific = null;
      } else org ||= phrase.kind === 'org';
      pos += phrase.length;
      if (tokens[pos - 1].possessive) break;
      continue;
    }
    const t = tokens[pos];
    if (STRIPPED_HONORIFICS.has(t.text) && pos + 1 < tokens.length) {
      honorific = t.text;
      pos++;
      continue;
    }
    // "Sitagu Sayadaw U …", "Tak Governor …": a word naming where the office is held, before the title; "Education Minister …": a portfolio, part of it.
    if (!t.possessive && isTitleAt(tokens, pos + 1)) {
      officeFrom = OFFICE_MODIFIERS.has(t.key) ? (officeFrom >= 0 ? officeFrom : pos) : -1;
      pos++;
      continue;
    }
    // "Foreign Minister AK Abdul Momen": initials without dots after a title begin the name.
    if (titles.length && INITIALS.test(t.text) && tokens[pos + 1] && isNamePart(tokens[pos + 1])) {
      forcedStart = true;
      break;
    }
    // "chaired by She Zhijiang": a pronoun is never capitalised inside a sentence, so there it is a name.
    if (PRONOUNS.has(t.key) && (pos > 0 || !atSentenceStart) && tokens[pos + 1] && isNamePart(tokens[pos + 1])) {
      forcedStart = true;
      break;
    }
    if (isNameStart(t)) break;
    // "National Security Adviser Ajit Doval": a role noun capitalised inside a sentence is an office, with the organisation words before it.
    if (ROLE_NOUNS.has(t.key) && !(pos === 0 && atSentenceStart) && tokens[pos + 1] && isNameStart(tokens[pos + 1])) {
      let from = pos;
      while (from > 0 && ORG_WORDS.has(tokens[from - 1].key) && !tokens[from - 1].possessive && titles.every((title) => title.to < from)) from--;
      titles.push({ text: tokens.slice(from, pos + 1).map((w) => w.text).join(' '), kind: 'office', from, to: pos + 1 });
      pos++;
      continue;
    }
    if (ROLE_NOUNS.has(t.key)) roleWord = t.text;
    else if (COMMON_WORDS.has(t.key) && (pos > 0 || !atSentenceStart)) oddPrefix = true;
    pos++;
    if (t.possessive) break;
  }
  const nameFrom = org ? tokens.length : pos;
  let nameTo = nameFrom;
  const prefixed = honorific !== null || tokens[nameFrom]?.keptPrefix === true;
  while (nameTo < tokens.length && (nameTo === nameFrom ? forcedStart || isNameStart(tokens[nameTo]) : isNamePart(tokens[nameTo]) || (prefixed && isPlaceSyllable(tokens, nameTo)))) {
    nameTo++;
    if (tokens[nameTo - 1].possessive) break;
  }
  // "Khin Thiri Thet Mon", "Nai Banya Mon": an ethnic word ending a Burmese name (it would begin a place: "Mon State").
  if (nameTo === tokens.length - 1 && nameTo - nameFrom >= 2 && PEOPLES.has(tokens[nameTo].key) && (honorific || tokens[nameFrom].keptPrefix || tokens.slice(nameFrom, nameTo).every((w) => w.syllable))) nameTo++;
  let trailingHead: NameRun['trailingHead'] = null;
  let trailingPlace = false;
  for (let k = nameTo; k < tokens.length && trailingHead !== 'head'; k++) {
    if (somePart(tokens[k].key, ORG_HEADS)) {
      trailingHead = 'head';
      trailingPlace = k === nameTo && PLACE_HEADS.has(tokens[k].key);
    } else if (isAcronym(tokens[k].text)) trailingHead = 'initials';
  }
  let formStart = titles.length ? titles[0].from : honorific ? nameFrom - 1 : nameFrom;
  if (formStart > 0 && titles.length && PEOPLES.has(tokens[formStart - 1].key)) formStart--;
  return { paragraph, first, last, tokens, titles, honorific, roleWord, nameFrom, nameTo, trailingHead, trailingPlace, formStart, oddPrefix };
}

/** First words of the phrases: most run words start none, and are passed over at once. */
const PHRASE_STARTS = new Set([...PHRASES.keys()].map((k) => k.split(' ')[0]));

/** The longest phrase at run position `pos`; a hyphen counts as a space ("Lt-Gen" is "lt gen"). */
function matchPhrase(tokens: RunToken[], pos: number): { kind: Kind; length: number } | null {
  const first = tokens[pos].key;
  const dash = first.indexOf('-');
  if (!PHRASE_STARTS.has(dash < 0 ? first : first.slice(0, dash))) return null;
  // A possessive may only end a phrase ("Myanmar’s", not "Prime’s Minister").
  let longest = Math.min(LONGEST_PHRASE, tokens.length - pos);
  for (let k = 0; k < longest - 1; k++) if (tokens[pos + k].possessive) longest = k + 1;
  // The key of each length, built once: "lt", "lt gen", …
  const keys: string[] = [];
  let key = '';
  for (let k = 0; k < longest; k++) keys.push((key += (k ? ' ' : '') + tokens[pos + k].key.replaceAll('-', ' ')));
  for (let len = longest; len >= 1; len--) {
    const kind = PHRASES.get(keys[len - 1]);
    if (kind) return { kind, length: len };
  }
  return null;
}

/**
 * A place word between name words of a name that begins with a prefix or an
 * honorific ("Ko Pauk Si": Pauk is also a township): the prefix says person.
 */
function isPlaceSyllable(tokens: RunToken[], pos: number): boolean {
  const t = tokens[pos];
  return !t.possessive && PLACES.has(t.key) && !PEOPLES.has(t.key) && pos + 1 < tokens.length && isNamePart(tokens[pos + 1]);
}

/** Whether a rank or office begins at run position pos. */
function isTitleAt(tokens: RunToken[], pos: number): boolean {
  if (pos >= tokens.length) return false;
  const phrase = matchPhrase(tokens, pos);
  return phrase !== null && (phrase.kind === 'rank' || phrase.kind === 'office') && pos + phrase.length < tokens.length;
}

/** A word that can begin a name: any part of one, or a prefix kept in names ("Ko", "Saw"). */
function isNameStart(t: RunToken): boolean {
  return t.keptPrefix || isNamePart(t);
}

/** A word that can go on with a name: a Burmese name syllable or a word no table claims. */
function isNamePart(t: RunToken): boolean {
  return t.syllable || isNameWord(t);
}

/** A capitalised word that no table claims: it can be part of a personal name. Acronyms have no lower case. */
function isNameWord(t: RunToken): boolean {
  if (t.initial) return true;
  return hasLowerCase(t.text) && !TABLE_WORDS.has(t.key) && !(t.key.includes('-') && somePart(t.key, TABLE_WORDS));
}

/** Whether a part of the hyphenated key (or the key itself, when it has no hyphen) is in the set. */
function somePart(key: string, set: ReadonlySet<string>): boolean {
  if (!key.includes('-')) return set.has(key);
  for (const part of key.split('-')) if (set.has(part)) return true;
  return false;
}

/** Every word some table claims: places, peoples, organisation words, common words, months, role nouns, one-word titles. */
const TABLE_WORDS = new Set<string>();
for (const table of [PLACES, PEOPLES, ORG_WORDS, ORG_HEADS, ORGANISATIONS, COMMON_WORDS, MONTHS, WEEKDAYS, ROLE_NOUNS, PHRASES.keys()]) {
  for (const word of table) TABLE_WORDS.add(word);
}
for (const acronym of PLACE_ACRONYMS) if (!COMMON_WORDS.has(acronym)) TABLE_WORDS.delete(acronym);
