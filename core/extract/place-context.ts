import type { AnalysedParagraph } from './analyse';
import { findPlaces } from './gazetteer';
import type { NameRun } from './name-runs';
import { ORG_HEADS } from './tables/organisations';
import { PEOPLES } from './tables/peoples';
import { PLACES } from './tables/places';
import { PLACE_OF_NOUNS, ROLE_STOPS, SPEECH_VERBS, THING_HEADS } from './tables/roles';
import { wordSet } from './tables/words';
import { isAcronym } from './tokens';

/**
 * Whether the words around a capitalised run make it a place or a thing
 * rather than a person: a place noun after it ("Kyaung Lae Village",
 * "Hmun Lui village", "the Chin Shwe Haw and Kyin San Kyawt gates"), "of"
 * after a place noun ("residents of …", "the border trade town of …"), an
 * organisation's initials after it ("… Drug Abuse Control (CCDAC)"), the
 * place gazetteer (gazetteer/), and the other names it is listed with
 * ("bombed Lay Kay Kaw, Mae Htaw Thalay and Kyaik Don"). Context wins over
 * the shape of a name; people.ts weighs these against the evidence for a
 * person, and a name seen once as a place is a place everywhere in the body.
 */

/** Names listed before a shared head noun ("Min Hla, Natogyi and Kyaukse townships"): how many, and what links them. */
const MAX_LISTED_NAMES = 4;
const LIST_LINKS = wordSet(', and or');
/** Words that make a list of names ("A, B and C"); a comma alone may be an apposition ("In Lashio, Ko Aung said"). */
const LIST_ENDS = wordSet('and or');
/** Lower-case words that may stand between a name and its head noun ("… industrial zones", "… border trade gate"). */
const MAX_HEAD_MODIFIERS = 2;

/**
 * A lower-case place or group word right after token i, maybe past one or
 * two modifiers ("… pro-regime militia", "… industrial zones") or past the
 * other names it is listed with ("Min Hla and Kyaukse townships").
 */
export function thingFollows(p: AnalysedParagraph, i: number): boolean {
  const t = p.tokens;
  let k = i;
  for (let listed = 0; listed < MAX_LISTED_NAMES && LIST_LINKS.has(t[k]?.key ?? '') && t[k + 1]?.cap; listed++) {
    k++;
    while (t[k]?.cap) k++;
  }
  for (let m = 0; m <= MAX_HEAD_MODIFIERS && t[k + m] && !t[k + m].cap && t[k + m].letter && p.sentenceOf[k + m] === p.sentenceOf[i]; m++) {
    const key = t[k + m].key;
    if (THING_HEADS.has(key)) return true;
    if (!isModifier(key)) return false; // "… ordered the army": a verb and an article are no modifiers
  }
  return false;
}

/** A lower-case word that may stand between a name and its head noun: no function word, no verb in -ed ("industrial", "pro-regime", "border"). */
function isModifier(key: string): boolean {
  return !ROLE_STOPS.has(key) && !SPEECH_VERBS.has(key) && (key.includes('-') || !key.endsWith('ed'));
}

/** Whether the run's context says place or thing, whatever its words: a head noun or initials after it, or "of" after a place noun. */
export function placeContext(p: AnalysedParagraph, run: NameRun): boolean {
  const t = p.tokens;
  if (run.trailingPlace) return true;
  const last = run.tokens[run.tokens.length - 1];
  if (!last.possessive && thingFollows(p, run.last + 1)) return true;
  if (t[run.last + 1]?.text === '(' && isAcronym(t[run.last + 2]?.text ?? '') && t[run.last + 3]?.text === ')') return true;
  return run.nameFrom === 0 && t[run.first - 1]?.key === 'of' && PLACE_OF_NOUNS.has(t[run.first - 2]?.key ?? '');
}

/**
 * Whether the gazetteer knows the run's name as a place, with the people or
 * place words just before it that the run strips ("Chin Shwe Haw",
 * "Prachuap Khiri Khan", "Laiza"), or the run names a place and no one.
 */
export function isKnownPlace(p: AnalysedParagraph, run: NameRun): boolean {
  const end = run.tokens[(run.nameTo > run.nameFrom ? run.nameTo : run.tokens.length) - 1].end;
  let from = run.nameTo > run.nameFrom ? run.nameFrom : run.tokens.length;
  while (from > 0 && run.titles.every((title) => title.to < from) && isPlaceWord(run.tokens[from - 1].key)) from--;
  for (let k = from; k <= Math.min(run.nameFrom, run.tokens.length - 1); k++) {
    if (findPlaces(p.text.slice(run.tokens[k].start, end)).length > 0) return true;
  }
  // "Mae Hong Son": a place's last word may be a word the name stops at (a table's "son"); the whole run names it.
  const last = run.tokens[run.tokens.length - 1];
  if (run.nameTo > run.nameFrom && run.nameTo < run.tokens.length && findPlaces(p.text.slice(run.tokens[run.nameFrom].start, last.end)).length > 0) return true;
  // A run with no name made of place words only ("Mae Sot", "Ranong"; not a people: "Kachin").
  return run.nameTo === run.nameFrom && run.tokens.length > 0 && run.tokens.every((w) => PLACES.has(w.key) && !PEOPLES.has(w.key));
}

/** Words that join the capitalised parts of an organisation's name ("Ministry of Natural Resources and Environmental Conservation"). */
const ORGANISATION_NAME_LINKS = new Set(['of', 'and', '&']);

/**
 * Whether run r goes on the name of an organisation: it is joined by "of"
 * and "and" to runs before it in its sentence, back to a head word and its
 * "of" ("Ministry of Natural Resources and Environmental Conservation",
 * "Department of Rural Roads and Bridges").
 */
export function continuesOrganisation(p: AnalysedParagraph, runs: readonly NameRun[], r: number): boolean {
  for (let k = r; k > 0; k--) {
    const prev = runs[k - 1];
    const link = p.tokens[runs[k].first - 1];
    if (prev.last !== runs[k].first - 2 || !ORGANISATION_NAME_LINKS.has(link.text) || p.sentenceOf[prev.last] !== p.sentenceOf[runs[k].first]) return false;
    const head = prev.tokens[prev.tokens.length - 1];
    if (link.text === 'of' && !head.possessive && ORG_HEADS.has(head.key)) return true;
  }
  return false;
}

function isPlaceWord(key: string): boolean {
  return PLACES.has(key) || PEOPLES.has(key);
}

/**
 * The list each run of a paragraph belongs to: runs joined by commas and a
 * final "and"/"or" in one sentence ("Lay Kay Kaw, Mae Htaw Thalay and Kyaik
 * Don") share a number; every other run has its own.
 */
export function listsOf(p: AnalysedParagraph, runs: readonly NameRun[]): Int32Array {
  const lists = new Int32Array(runs.length);
  let id = 0;
  let open = -1; // first run of the list being read
  for (let r = 0; r < runs.length; r++) {
    const linked = r > 0 && linkedRuns(p, runs[r - 1], runs[r]);
    if (!linked) {
      if (open >= 0 && !endsWithAnd(p, runs, open, r)) for (let k = open + 1; k < r; k++) lists[k] = ++id; // commas only: no list
      open = r;
      lists[r] = ++id;
    } else lists[r] = lists[r - 1];
  }
  if (open >= 0 && !endsWithAnd(p, runs, open, runs.length)) for (let k = open + 1; k < runs.length; k++) lists[k] = ++id;
  return lists;
}

/** Whether only a list link stands between two runs of one sentence. */
function linkedRuns(p: AnalysedParagraph, a: NameRun, b: NameRun): boolean {
  if (b.first - a.last !== 2 || p.sentenceOf[a.last] !== p.sentenceOf[b.first]) return false;
  return LIST_LINKS.has(p.tokens[a.last + 1].key);
}

/** Whether the runs from..to-1 end with "and"/"or" before their last run. */
function endsWithAnd(p: AnalysedParagraph, runs: readonly NameRun[], from: number, to: number): boolean {
  return to - from >= 2 && LIST_ENDS.has(p.tokens[runs[to - 1].first - 1].key);
}
