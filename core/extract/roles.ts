import type { AnalysedParagraph } from './analyse';
import type { NameRun } from './name-runs';
import { PEOPLES } from './tables/peoples';
import { PLACES } from './tables/places';
import { STRIPPED_HONORIFICS } from './tables/honorifics';
import { ROLE_NOUNS, ROLE_PARTICIPLES, ROLE_STOPS } from './tables/roles';
import { OFFICES, RANKS } from './tables/titles';
import { isAcronym, isPossessive, wordKey, type Token } from './tokens';

/**
 * The role the body states for a person at one mention, and whether a role
 * stands next to the name (evidence that the name is a person's): an
 * appositive after the name ("…, deputy defense minister of Myanmar"), a
 * predicate ("… is the executive director of …"), or the description before
 * it ("Russian deputy defense minister …", "Soviet leader …"). A role always
 * holds a role noun; both directions read at most ROLE_WINDOW tokens.
 */

/** Longest role phrase, in tokens, read either way from the name. */
const ROLE_WINDOW = 14;
/** Capitalised one-word titles: an appositive ends where the next titled name begins. */
const TITLE_WORDS = new Set([...RANKS, ...OFFICES].filter((t) => !t.includes(' ')));
/** Punctuation that closes an appositive. */
const CLOSERS = new Set([',', '.', ';', ':', '—', '–', ')', '”', '"', '(', '“', '!', '?']);
const ARTICLES = new Set(['the', 'a', 'an']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'while', 'whereas']);

export interface MentionRole {
  /** The role phrase ("deputy defense minister of Myanmar"), or null. */
  text: string | null;
  /** A role word just before the name ("military expert …", "foreign minister, …", "Analyst …"). */
  before: boolean;
  /** A role phrase, or a "who" clause, just after the name. */
  after: boolean;
}

/** The role at a mention; `nearRole` is the role phrase of a title in the run before ("Ambassador to Myanmar …"). */
export function roleAt(p: AnalysedParagraph, run: NameRun, nearRole: string | null): MentionRole {
  const nameEndsRun = run.nameTo === run.tokens.length;
  const after = nameEndsRun ? roleAfter(p, run.last) : null;
  const before = roleBefore(p, run);
  return {
    text: after || nearRole || before.text,
    before: run.roleWord !== null || before.adjacent,
    after: nameEndsRun && (after !== null || (p.tokens[run.last + 1]?.text === ',' && p.tokens[run.last + 2]?.text === 'who')),
  };
}

/** A lower-case role noun ("minister", "expert"). */
function isRoleNoun(t: Token, key = t.key): boolean {
  return !t.cap && ROLE_NOUNS.has(key);
}

function roleAfter(p: AnalysedParagraph, last: number): string | null {
  const t = p.tokens;
  let i = last + 1;
  if (t[i]?.text === ',') i++;
  if (i > last + 1 && /^\d{1,3}$/.test(t[i]?.text ?? '') && t[i + 1]?.text === ',') i += 2; // an age: "Ko Zaw Lin, 34, a fighter"
  if (t[i]?.text === 'is' || t[i]?.text === 'was') i++;
  else if (i === last + 1) return null;
  if (t[i] && CONJUNCTIONS.has(t[i].text)) return null; // ", and the monk …" goes on to someone else
  const article = !!t[i] && ARTICLES.has(t[i].text);
  if (article) i++;
  let end = i;
  let hasRole = false;
  while (end < t.length && end - i < ROLE_WINDOW && !CLOSERS.has(t[end].text) && t[end].text !== 'who') {
    const capitalised = t[end].cap;
    if (STRIPPED_HONORIFICS.has(t[end].text) || (capitalised && TITLE_WORDS.has(t[end].key))) break; // the next person begins
    if (isRoleNoun(t[end])) hasRole = true;
    // "the NUG prime minister": after an article, an organisation's initials may open the role; so may "Myanmar’s".
    if (end === i && capitalised && !PEOPLES.has(t[end].key) && !(article && isAcronym(t[end].text)) && !isPlacePossessive(t[end].text)) return null;
    end++;
  }
  if (!hasRole || end === i || (t[end] && end - i >= ROLE_WINDOW)) return null;
  return p.text.slice(t[i].start, t[end - 1].end);
}

/** "Myanmar’s" (ambassador to the UN): a place's possessive may open a role. */
function isPlacePossessive(word: string): boolean {
  return isPossessive(word) && PLACES.has(wordKey(word.slice(0, -2)));
}

/** The description before the name, read backwards; `adjacent` when its nearest word is a role noun. */
function roleBefore(p: AnalysedParagraph, run: NameRun): { text: string | null; adjacent: boolean } {
  const t = p.tokens;
  let i = run.first - 1;
  if (t[i]?.text === ',') i--;
  const end = i;
  let start = i + 1;
  let firstRole = -1;
  let adjacent = false;
  for (; i >= 0 && end - i < ROLE_WINDOW && p.sentenceOf[i] === p.sentenceOf[run.first]; i--) {
    const word = t[i].text;
    const key = isPossessive(word) ? wordKey(word.slice(0, -2)) : t[i].key;
    if (t[i].cap) {
      if (!PEOPLES.has(key) && !PLACES.has(key) && !(key.includes('-') && key.split('-').some((k) => PLACES.has(k)))) break;
    } else {
      if (!t[i].letter || ROLE_STOPS.has(key)) break;
      if (key.endsWith('ed') && !ROLE_PARTICIPLES.has(key) && !ROLE_NOUNS.has(key)) break;
      if (key === 'of' && firstRole >= 0) break; // "son-in-law of [former dictator]"
      if (isRoleNoun(t[i], key)) {
        firstRole = i;
        adjacent ||= i === end;
      }
    }
    start = i;
  }
  if (run.roleWord && run.formStart <= run.tokens.findIndex((w) => w.text === run.roleWord)) return { text: run.roleWord.toLowerCase(), adjacent };
  if (firstRole < 0) return { text: null, adjacent };
  while (start < end && t[start].text === 'of') start++;
  return { text: p.text.slice(t[start].start, t[end].end), adjacent };
}
