import { isHeadline, type AnalysedParagraph } from './analyse';
import { findRuns, type NameRun, type RunToken } from './name-runs';
import { roleAt } from './roles';
import { BURMESE_PLACE_SYLLABLES, BURMESE_SHORT_FORMS } from './tables/burmese-names';
import { PERSON_HEADS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, SPEECH_VERBS, THING_HEADS } from './tables/roles';
import { isCapitalised } from './tokens';
import type { Person, TextSpan } from './types';

/**
 * Named people of the body (facts-spec.md, "Named people"). Each capitalised
 * run is split by name-runs.ts into titles and a name; the name is a person
 * when the words around it say so, weighed in EVIDENCE. Forms of one person
 * are then merged: Western names by family name, Burmese names only when
 * written the same (they have no family name).
 */

/** Weights of the clues that a run names a person; a run scoring MIN_SCORE (or MIN_SCORE_SINGLE for one word) is one. */
export const EVIDENCE = {
  title: 3, // "Lt-Gen …", "Ambassador to Myanmar …", "Dr. …"
  honorific: 3, // "U …", "Daw …"
  keptPrefix: 3, // "Ko Ye", "Sai Khin Maung"
  roleBefore: 3, // "military expert …", "foreign minister, …"
  burmeseSyllables: 2, // "Min Aung Hlaing": every word a Burmese name syllable
  appositive: 2, // "…, the secretary of …", "… is the executive director of …"
  speechVerb: 1, // "… said", "… told"
  personHead: 1, // "the … government"
  unknownWords: 1, // two or more capitalised words no table claims
  afterThe: -1, // "the …" (organisations and places take the article)
  placePreposition: -2, // "in …", "near …"
  quoted: -2, // a quoted title: “…”
  placeOf: -2, // "residents of …", "the outskirts of …"
  placeSyllable: -4, // "… Kyun", "… Chaung": Burmese place-name syllables
  oddPrefix: -4, // a common word inside the run ("… Let Pan Hla")
  thingHead: -6, // "… village", "… militia", "… newspaper", "… PDF"
  namedAfter: -12, // "Bogyoke Aung San Market", "U Thant House": a place or body named after a person, whatever title it carries
} as const;
const MIN_SCORE = 1;
const MIN_SCORE_SINGLE = 3;
/** A form scoring below this is not even a mention of a known person (e.g. "… Road"). */
const MIN_MENTION_SCORE = -3;
/** Words between a title and its name ("Ambassador to Myanmar …", "Minister of Foreign Affairs …"). */
const TITLE_COMPLEMENT_LINKS = new Set(['of', 'for', 'to', 'on', 'the', 'and', 'in']);
/** A link word left at the end of a title phrase, to trim. */
const TRAILING_LINK = new RegExp(`\\s+(?:${[...TITLE_COMPLEMENT_LINKS].join('|')})$`);
/** Names listed before a shared head noun ("Min Hla, Natogyi and Kyaukse townships"): how many, and what links them. */
const MAX_LISTED_NAMES = 4;
const LIST_LINKS = new Set([',', 'and', 'or']);
const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);

interface Mention {
  /** The name as written, initials included ("Sergey K. Shoygu"). */
  name: string;
  /** Its words without initials. */
  words: RunToken[];
  /** How many words the name has, initials included. */
  length: number;
  key: string;
  burmese: boolean;
  score: number;
  title: string | null;
  form: string;
  span: TextSpan;
  role: string | null;
}

interface Group {
  mentions: Mention[];
  burmese: boolean;
}

export function findPeople(paragraphs: readonly AnalysedParagraph[]): Person[] {
  const mentions: Mention[] = [];
  for (const p of paragraphs) {
    const runs = findRuns(p);
    const headline = isHeadline(p);
    for (let r = 0; r < runs.length; r++) {
      if (runs[r].nameTo > runs[r].nameFrom) mentions.push(mentionOf(p, runs[r], runs[r - 1], headline));
    }
  }
  return merge(mentions).map(toPerson);
}

function mentionOf(p: AnalysedParagraph, run: NameRun, prev: NameRun | undefined, headline: boolean): Mention {
  // The name's words (initials left out), and whether they are Burmese name or place syllables. One pass, no closures: this runs cold.
  const length = run.nameTo - run.nameFrom;
  const words: RunToken[] = [];
  let nameSyllables = true;
  let placeSyllable = false;
  for (let k = run.nameFrom; k < run.nameTo; k++) {
    const t = run.tokens[k];
    if (!t.initial) words.push(t);
    nameSyllables &&= t.syllable;
    placeSyllable ||= BURMESE_PLACE_SYLLABLES.has(t.key);
  }
  const keptPrefix = run.tokens[run.nameFrom].keptPrefix && length >= 2;
  const burmese = keptPrefix || run.honorific !== null || (length >= 2 && nameSyllables);
  const near = nearTitle(p, run, prev);
  let ownTitle = run.titles[0]; // the first rank, else the first title
  for (const t of run.titles) {
    if (t.kind === 'rank') {
      ownTitle = t;
      break;
    }
  }
  const title = ownTitle ? cleanTitle(ownTitle.text) : (near?.title ?? null);

  const tok = p.tokens;
  const before = tok[run.first - 1];
  const beforeKey = before?.key ?? '';
  const after = tok[run.last + 1];
  const lastToken = run.tokens[run.nameTo - 1];
  const nameEndsRun = run.nameTo === run.tokens.length;
  const role = roleAt(p, run, near?.role ?? null);

  let strong = 0;
  if (title) strong += EVIDENCE.title;
  if (run.honorific) strong += EVIDENCE.honorific;
  if (keptPrefix) strong += EVIDENCE.keptPrefix;
  if (role.before) strong += EVIDENCE.roleBefore;
  let weak = 0;
  if (burmese && !run.honorific && !keptPrefix) weak += EVIDENCE.burmeseSyllables;
  if (nameEndsRun && !lastToken.possessive && after) {
    if (SPEECH_VERBS.has(after.key)) weak += EVIDENCE.speechVerb;
    else if (PERSON_HEADS.has(after.key)) weak += EVIDENCE.personHead;
    if (thingFollows(p, run.last + 1)) weak += EVIDENCE.thingHead;
  }
  if (role.after) weak += EVIDENCE.appositive;
  if (length >= 2 && !burmese && words.length > 0) weak += EVIDENCE.unknownWords;
  if (run.nameFrom === 0 && !lastToken.possessive && PLACE_PREPOSITIONS.has(beforeKey) && !before.cap) weak += EVIDENCE.placePreposition;
  if (run.nameFrom === 0 ? beforeKey === 'the' : run.tokens[run.nameFrom - 1].key === 'the') weak += EVIDENCE.afterThe;
  if (before && OPENING_QUOTES.has(before.text) && after && CLOSING_QUOTES.has(after.text)) weak += EVIDENCE.quoted;
  if (run.trailingHead === 'head') weak += EVIDENCE.namedAfter;
  else if (run.trailingHead === 'initials') weak += EVIDENCE.thingHead;
  if (beforeKey === 'of' && PLACE_OF_NOUNS.has(tok[run.first - 2]?.key ?? '')) weak += EVIDENCE.placeOf;
  if (!strong && placeSyllable) weak += EVIDENCE.placeSyllable;
  if (!strong && run.oddPrefix) weak += EVIDENCE.oddPrefix;
  if (headline) weak = Math.min(weak, 0);

  const start = run.tokens[run.formStart].start;
  const end = lastToken.end;
  return {
    words,
    name: p.text.slice(run.tokens[run.nameFrom].start, end),
    length,
    key: words.map((w) => w.key).join(' '),
    burmese,
    score: strong + weak,
    title,
    form: p.text.slice(start, end),
    span: { paragraph: p.index, start, end },
    role: role.text,
  };
}

function accepted(m: Mention): boolean {
  return m.words.length > 0 && m.score >= (m.length >= 2 ? MIN_SCORE : MIN_SCORE_SINGLE);
}

/**
 * A title in the run before, joined to this one by "of/for/to" words
 * ("Ambassador to Myanmar …"); the role is the whole phrase with its nationality.
 */
function nearTitle(p: AnalysedParagraph, run: NameRun, prev: NameRun | undefined): { title: string; role: string } | null {
  if (!prev || prev.nameTo > prev.nameFrom || prev.titles.length === 0) return null;
  const lastTitle = prev.titles[prev.titles.length - 1];
  if (lastTitle.to !== prev.tokens.length || prev.tokens[prev.tokens.length - 1].possessive) return null;
  for (let i = prev.last + 1; i < run.first; i++) {
    if (!TITLE_COMPLEMENT_LINKS.has(p.tokens[i].text)) return null;
  }
  if (run.first - prev.last > 3 || p.sentenceOf[prev.last] !== p.sentenceOf[run.first]) return null;
  const before = run.titles.length ? run.titles[0].from : run.nameFrom;
  const end = before > 0 ? run.tokens[before - 1].end : p.tokens[run.first - 1].end;
  const phrase = (from: number) => p.text.slice(from, end).replace(TRAILING_LINK, '');
  // "Ambassador to Myanmar": the place is where the office is held, not part of the title.
  const title = phrase(prev.tokens[lastTitle.from].start).replace(/\s+to\s.*$/, '');
  return { title: cleanTitle(title), role: phrase(prev.tokens[prev.formStart].start) };
}

/** "Dr." → "Dr", "Lt. Gen." → "Lt-Gen": titles are reported without dots. */
function cleanTitle(title: string): string {
  const words = title.replace(/\./g, '').trim().split(/\s+/);
  return words.length > 1 && words.every((w) => w.length <= 4 && isCapitalised(w)) ? words.join('-') : words.join(' ');
}

/**
 * A lower-case place or group word right after the run, maybe past one
 * hyphenated adjective ("… pro-regime militia") or past the other names it
 * is listed with ("Min Hla and Kyaukse townships").
 */
function thingFollows(p: AnalysedParagraph, i: number): boolean {
  const t = p.tokens;
  const isThing = (k: number) => t[k] && !t[k].cap && THING_HEADS.has(t[k].key);
  let k = i;
  for (let listed = 0; listed < MAX_LISTED_NAMES && LIST_LINKS.has(t[k]?.key ?? '') && t[k + 1]?.cap; listed++) {
    k++;
    while (t[k]?.cap) k++;
  }
  return isThing(k) || (t[k] !== undefined && t[k].text.includes('-') && !t[k].cap && isThing(k + 1));
}

/** Groups mentions into people: same form, then Western family names, known short forms and bare surnames. */
function merge(mentions: Mention[]): Group[] {
  const byKey = new Map<string, Group>();
  const people: Group[] = [];
  for (const m of mentions) {
    if (!accepted(m)) continue;
    const group = byKey.get(m.key);
    if (group) continue;
    const g: Group = { mentions: [], burmese: m.burmese };
    byKey.set(m.key, g);
    people.push(g);
  }
  // Every mention of an accepted form counts, even one that alone would not have passed.
  for (const m of mentions) {
    const g = byKey.get(m.key);
    if (g && m.score >= MIN_MENTION_SCORE) {
      g.mentions.push(m);
      g.burmese ||= m.burmese;
    }
  }
  let groups = people.filter((g) => g.mentions.length > 0);
  groups = mergeWestern(groups);
  groups = mergeShortForms(groups);
  groups = mergeKeptPrefixes(groups);
  attachSurnames(groups, mentions);
  for (const g of groups) g.mentions.sort(byPosition);
  return groups.sort((a, b) => byPosition(a.mentions[0], b.mentions[0]));
}

/** "Sergey K. Shoygu" = "Sergey Shoygu": non-Burmese names with the same first and last word. */
function mergeWestern(groups: Group[]): Group[] {
  const out: Group[] = [];
  const byEnds = new Map<string, Group>();
  for (const g of groups) {
    const words = fullest(g).words;
    if (g.burmese || words.length < 2) {
      out.push(g);
      continue;
    }
    const ends = `${looseKey(words[0])} ${looseKey(words[words.length - 1])}`;
    const into = byEnds.get(ends);
    if (into) into.mentions.push(...g.mentions);
    else {
      byEnds.set(ends, g);
      out.push(g);
    }
  }
  return out;
}

/** "Suu Kyi" is "Aung San Suu Kyi" when both appear (BURMESE_SHORT_FORMS). */
function mergeShortForms(groups: Group[]): Group[] {
  const byKey = new Map(groups.map((g) => [fullest(g).key, g]));
  return groups.filter((g) => {
    const full = BURMESE_SHORT_FORMS[fullest(g).key];
    const into = full ? byKey.get(full) : undefined;
    if (!into) return true;
    into.mentions.push(...g.mentions);
    return false;
  });
}

/** "Ko Min Min" and a later bare "Min Min" are one person: the kept prefix is a form of address. */
function mergeKeptPrefixes(groups: Group[]): Group[] {
  const prefixed = new Map<string, Group>();
  for (const g of groups) {
    const words = fullest(g).words;
    if (words.length >= 3 && words[0].keptPrefix) prefixed.set(words.slice(1).map((w) => w.key).join(' '), g);
  }
  return groups.filter((g) => {
    const into = prefixed.get(fullest(g).key);
    if (!into || into === g) return true;
    into.mentions.push(...g.mentions);
    return false;
  });
}

/**
 * A single word that is the first or last word of exactly one non-Burmese
 * person ("Fomin", "President Biden", "Chen", "Prayuth" for "Prayut …") is
 * that person: merged if it was a person of its own, added as a mention if not.
 */
function attachSurnames(groups: Group[], mentions: Mention[]): void {
  const counted = new Set(groups.flatMap((g) => g.mentions));
  const owners = new Map<string, Group | null>();
  for (const g of groups) {
    const words = fullest(g).words;
    if (g.burmese || words.length < 2) continue;
    for (const w of new Set([words[0], words[words.length - 1]].map(looseKey))) {
      owners.set(w, owners.has(w) && owners.get(w) !== g ? null : g);
    }
  }
  const merged = new Set<Group>();
  for (const g of groups) {
    const words = fullest(g).words;
    if (words.length !== 1 || g.burmese) continue;
    const owner = owners.get(looseKey(words[0]));
    if (owner && owner !== g) {
      owner.mentions.push(...g.mentions);
      merged.add(g);
    }
  }
  for (const m of mentions) {
    if (m.words.length !== 1 || m.score < MIN_MENTION_SCORE || counted.has(m)) continue;
    const owner = owners.get(looseKey(m.words[0]));
    if (owner) owner.mentions.push(m);
  }
  for (let i = groups.length - 1; i >= 0; i--) if (merged.has(groups[i])) groups.splice(i, 1);
}

/** Romanisation-tolerant key for single names: "Prayuth" and "Prayut" agree. */
function looseKey(word: RunToken): string {
  const k = word.key;
  return k.length >= 4 ? k.replace(/([tpkcdg])h/g, '$1') : k;
}

/** The mention with the most words (the first of them). */
function fullest(g: Group): Mention {
  let best = g.mentions[0];
  for (const m of g.mentions) if (m.words.length > best.words.length) best = m;
  return best;
}

function byPosition(a: Mention, b: Mention): number {
  return a.span.paragraph - b.span.paragraph || a.span.start - b.span.start;
}

function toPerson(g: Group): Person {
  const name = fullest(g).name;
  const aliases: string[] = [];
  for (const m of g.mentions) {
    if (m.form !== name && !aliases.includes(m.form)) aliases.push(m.form);
  }
  const titled = g.mentions.find((m) => m.title);
  return {
    name,
    title: titled?.title ?? null,
    aliases,
    mentions: g.mentions.length,
    role: g.mentions.find((m) => m.role)?.role ?? null,
    spans: g.mentions.map((m) => m.span),
  };
}
