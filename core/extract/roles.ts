import type { AnalysedParagraph } from './analyse';
import type { NameRun } from './name-runs';
import { PEOPLES } from './tables/peoples';
import { PLACES } from './tables/places';
import { STRIPPED_HONORIFICS } from './tables/honorifics';
import { ROLE_NOUNS, ROLE_PARTICIPLES, ROLE_STOPS } from './tables/roles';
import { OFFICES, RANKS } from './tables/titles';
import { isCapitalised, stripPossessive, wordKey } from './tokens';

/**
 * The role the body states for a person: an appositive after the name
 * ("…, deputy defense minister of Myanmar"), a predicate ("… is the executive
 * director of …"), or the description before it ("Russian deputy defense
 * minister …", "Soviet leader …"). A role always holds a role noun.
 */

/** Longest role phrase, in tokens. */
const MAX_ROLE_TOKENS = 14;
/** Capitalised one-word titles: an appositive ends where the next titled name begins. */
const TITLE_WORDS = new Set([...RANKS, ...OFFICES].filter((t) => !t.includes(' ')));
/** Punctuation that closes an appositive. */
const CLOSERS = new Set([',', '.', ';', ':', '—', '–', ')', '”', '"', '(', '“', '!', '?']);

export function roleAround(p: AnalysedParagraph, run: NameRun, nearRole: string | null): string | null {
  const nameEndsRun = run.nameTo === run.tokens.length;
  return (nameEndsRun && roleAfter(p, run.last)) || nearRole || roleBefore(p, run) || null;
}

function roleAfter(p: AnalysedParagraph, last: number): string | null {
  const t = p.tokens;
  let i = last + 1;
  if (t[i]?.text === ',') i++;
  if (t[i]?.text === 'is' || t[i]?.text === 'was') i++;
  else if (i === last + 1) return null;
  if (t[i] && /^(?:the|a|an)$/.test(t[i].text)) i++;
  let end = i;
  let hasRole = false;
  while (end < t.length && end - i < MAX_ROLE_TOKENS && !CLOSERS.has(t[end].text) && t[end].text !== 'who') {
    if (STRIPPED_HONORIFICS.has(t[end].text) || (isCapitalised(t[end].text) && TITLE_WORDS.has(wordKey(t[end].text)))) break; // the next person begins
    if (!isCapitalised(t[end].text) && ROLE_NOUNS.has(wordKey(t[end].text))) hasRole = true;
    if (end === i && isCapitalised(t[end].text) && !PEOPLES.has(wordKey(t[end].text))) return null;
    end++;
  }
  if (!hasRole || end === i || (t[end] && end - i >= MAX_ROLE_TOKENS)) return null;
  return p.text.slice(t[i].start, t[end - 1].end);
}

function roleBefore(p: AnalysedParagraph, run: NameRun): string | null {
  if (run.roleWord && run.formStart <= run.tokens.findIndex((t) => t.text === run.roleWord)) return run.roleWord.toLowerCase();
  const t = p.tokens;
  let i = run.first - 1;
  if (t[i]?.text === ',') i--;
  const end = i;
  let start = i + 1;
  let firstRole = -1;
  for (; i >= 0 && end - i < MAX_ROLE_TOKENS && p.sentenceOf[i] === p.sentenceOf[run.first]; i--) {
    const word = t[i].text;
    const key = wordKey(stripPossessive(word).base);
    if (isCapitalised(word)) {
      if (!PEOPLES.has(key) && !PLACES.has(key) && !key.split('-').some((k) => PLACES.has(k))) break;
    } else {
      if (!/^\p{L}/u.test(word) || ROLE_STOPS.has(key)) break;
      if (/ed$/.test(key) && !ROLE_PARTICIPLES.has(key) && !ROLE_NOUNS.has(key)) break;
      if (key === 'of' && firstRole >= 0) break; // "son-in-law of [former dictator]"
      if (ROLE_NOUNS.has(key)) firstRole = i;
    }
    start = i;
  }
  if (firstRole < 0) return null;
  while (start < end && t[start].text === 'of') start++;
  return p.text.slice(t[start].start, t[end].end);
}
