import { isHeadline, type AnalysedParagraph } from './analyse';
import { nameCueBefore, namesAnotherName, type NameCue } from './name-cues';
import { findRuns, type NameRun, type RunToken } from './name-runs';
import { NAME_PARTICLES } from './tables/honorifics';
import { FOREIGN_PEOPLES } from './tables/peoples';
import { ALIAS_OFFICE_ENDS } from './tables/titles';
import { roleAt, roleOfClauseHead } from './roles';
import { BURMESE_PLACE_SYLLABLES, BURMESE_SHORT_FORMS } from './tables/burmese-names';
import { continuesOrganisation, isKnownPlace, listsOf, placeContext, thingFollows } from './place-context';
import { GOODS_HEADS, PERSON_HEADS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, SPEECH_VERBS } from './tables/roles';
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
  nameCue: 3, // "who gave his name only as …", "under his lay name, …", "call her …"
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
  thingHead: -6, // "… village", "… militia", "… newspaper", "… PDF", and without a marker of a person "… rice" (a variety)
  organisationPart: -6, // "Ministry of Natural Resources and …": the rest of an organisation's name
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
  /** A described role ('noun') wins over what the person does ('verb') whichever comes first. */
  roleKind: 'noun' | 'verb' | null;
  /** The words around it say place or thing (place-context.ts). */
  place: boolean;
  /** Strong evidence of a person: a title, an honorific, a kept prefix or a role word before it. */
  strong: boolean;
  /** The list of names it stands in (place-context.ts, listsOf), unique per paragraph and run. */
  list: number;
  /** Another name of the person just named ("…, also known as Ma Shwe Yi"): the mention of that person. */
  aliasOf: Mention | null;
  /** Whether the form may be listed as an alias (no title, or one the spec strips). */
  aliasForm: boolean;
}

interface Group {
  mentions: Mention[];
  burmese: boolean;
  /** Keys of other names ("Ma Shwe Yi"): never the person's name while a form of their own is at hand. */
  otherNames?: ReadonlySet<string>;
}

export function findPeople(paragraphs: readonly AnalysedParagraph[]): Person[] {
  const mentions: Mention[] = [];
  /** Lists that hold a place (by their number, offset per paragraph). */
  const placeLists = new Set<number>();
  let listBase = 0;
  /** The latest mention that names a person by its own evidence, in any paragraph before. */
  let lastNamed: Mention | null = null;
  for (const p of paragraphs) {
    const runs = findRuns(p);
    const lists = listsOf(p, runs);
    const headline = isHeadline(p);
    let previous: Mention | null = null;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r];
      const list = listBase + lists[r];
      if (run.nameTo > run.nameFrom && !isComplementBefore(run, runs[r + 1])) {
        const cue = headline ? null : nameCueBefore(p, run);
        const m = mentionOf(p, runs, r, headline, list, cue);
        // "…, also known as …" names the person just before; "his lay name, …", "call her …" the person last named (the one who calls is another).
        m.aliasOf = previous && namesAnotherName(p, runs[r - 1], run) ? previous : namesLastNamed(cue, lastNamed, p, run) ? lastNamed : null;
        mentions.push(m);
        previous = m;
        if (accepted(m)) lastNamed = m;
        if (m.place) placeLists.add(list);
      } else if (isKnownPlace(p, run)) placeLists.add(list);
    }
    listBase += runs.length + 1;
  }
  return merge(withoutPlaces(mentions, placeLists)).map(toPerson);
}

/** Whether a name cue makes the run another name of the person last named: by a possessive always, by an object pronoun unless that person calls from the same sentence. */
function namesLastNamed(cue: NameCue | null, last: Mention | null, p: AnalysedParagraph, run: NameRun): boolean {
  if (!cue || !last || cue.kind === 'own') return false;
  const sentenceStart = p.sentences[p.sentenceOf[run.first]]?.start ?? 0;
  return cue.kind === 'another' || last.span.paragraph !== p.index || last.span.start < sentenceStart;
}

/**
 * The mentions of people: a name whose context says place anywhere in the
 * body ("Hmun Lui village" … "to reach Hmun Lui") is a place in every
 * mention, and so is a name listed with places ("Lay Kay Kaw, Mae Htaw
 * Thalay and Kyaik Don"); only a title says otherwise ("Tak Governor …" is
 * no place name). Context wins over the shape of a name.
 */
function withoutPlaces(mentions: Mention[], placeLists: ReadonlySet<number>): Mention[] {
  const places = new Set<string>();
  for (const m of mentions) if (!m.title && (m.place || (!m.strong && placeLists.has(m.list)))) places.add(m.key);
  return mentions.filter((m) => m.title || !places.has(m.key));
}

function mentionOf(p: AnalysedParagraph, runs: readonly NameRun[], r: number, headline: boolean, list: number, cue: NameCue | null): Mention {
  const run = runs[r];
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
  // "Chinese Ambassador Ma Jia": a foreign nationality before the name makes it no Burmese name, whatever its syllables.
  let foreign = false;
  for (let k = 0; k < run.nameFrom; k++) foreign ||= FOREIGN_PEOPLES.has(run.tokens[k].key);
  const burmese = !foreign && (keptPrefix || run.honorific !== null || (length >= 2 && nameSyllables));
  const near = nearTitle(p, runs, r);
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
  const role = roleAt(p, run, near?.role ?? (cue && cue.who >= 0 ? roleOfClauseHead(p, cue.who) : null));

  let strong = 0;
  if (title) strong += EVIDENCE.title;
  if (run.honorific) strong += EVIDENCE.honorific;
  if (cue) strong += EVIDENCE.nameCue;
  if (keptPrefix) strong += EVIDENCE.keptPrefix;
  if (role.before) strong += EVIDENCE.roleBefore;
  let weak = 0;
  if (burmese && !run.honorific && !keptPrefix) weak += EVIDENCE.burmeseSyllables;
  if (nameEndsRun && !lastToken.possessive && after) {
    if (SPEECH_VERBS.has(after.key)) weak += EVIDENCE.speechVerb;
    else if (PERSON_HEADS.has(after.key)) weak += EVIDENCE.personHead;
    if (thingFollows(p, run.last + 1) || (!strong && GOODS_HEADS.has(after.key))) weak += EVIDENCE.thingHead;
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
  if (!strong && !burmese && continuesOrganisation(p, runs, r)) weak += EVIDENCE.organisationPart;
  // A title-case headline names no one: its forms count only as mentions of people named elsewhere.
  const score = headline ? Math.min(strong + weak, MIN_SCORE - 1) : strong + weak;
  const place = !title && (placeContext(p, run) || isKnownPlace(p, run));

  const start = near ? near.formStart : formStart(p, run);
  const end = lastToken.end;
  // A form is an alias when its title is one the spec strips from names (or a rank): "Judge U …", "Sayadaw U …" are not.
  const aliasForm = !near?.place && (!(ownTitle ?? near) || (ownTitle ? makesAlias(ownTitle.kind, ownTitle.text) : makesAlias('office', near!.title)));
  return {
    words,
    name: p.text.slice(run.tokens[run.nameFrom].start, end),
    length,
    key: words.map((w) => w.key).join(' '),
    burmese,
    score,
    title,
    form: p.text.slice(start, end),
    span: { paragraph: p.index, start, end },
    role: role.text,
    roleKind: role.kind,
    place,
    strong: strong > 0,
    list,
    aliasOf: null,
    aliasForm,
  };
}

/** Where the written form of a run's name begins: its first title, with "then-" or a "former" before it ("former Lt-Gen Aung Kyaw Hein"). */
function formStart(p: AnalysedParagraph, run: NameRun): number {
  const first = run.tokens[run.formStart];
  const former = p.tokens[run.first - 1];
  if (run.formStart === 0 && run.titles.length > 0 && former?.key === 'former' && !former.cap) return former.start;
  return first.written;
}

/** Whether a form with this title is an alias: a rank, or an office whose head word the spec strips (tables/titles.ts, ALIAS_OFFICE_ENDS). */
function makesAlias(kind: 'rank' | 'office', title: string): boolean {
  if (kind === 'rank') return true;
  const head = title.split(/\s+(?:of|for|to|on)\s+/)[0].split(/\s+/).pop() ?? '';
  return ALIAS_OFFICE_ENDS.has(head.toLowerCase().replace(/\./g, ''));
}

function accepted(m: Mention): boolean {
  return m.words.length > 0 && m.score >= (m.length >= 2 ? MIN_SCORE : MIN_SCORE_SINGLE);
}

/** Most tokens between a title and the name its office complement leads to ("Deputy Minister for Immigration and Population U …"). */
const MAX_COMPLEMENT_TOKENS = 8;

/**
 * A title in a run before, joined to this one by "of/for/to" words and the
 * capitalised words of its complement ("Ambassador to Myanmar …", "Deputy
 * Minister for Immigration and Population U …"): its title, the role (the
 * whole phrase with its nationality) and where the written form begins.
 */
function nearTitle(p: AnalysedParagraph, runs: readonly NameRun[], r: number): { title: string; role: string; formStart: number; place: boolean } | null {
  const run = runs[r];
  let k = r - 1;
  // Runs of the complement between: no name, no title ("for Commerce U …", "for Immigration and Population U …").
  while (k >= 0 && runs[k].titles.length === 0 && (runs[k].nameTo === runs[k].nameFrom || isComplementBefore(runs[k], runs[k + 1])) && run.first - runs[k].last <= MAX_COMPLEMENT_TOKENS) k--;
  const prev = runs[k];
  if (!prev || prev.nameTo > prev.nameFrom || prev.titles.length === 0) return null;
  const lastTitle = prev.titles[prev.titles.length - 1];
  if (lastTitle.to !== prev.tokens.length || prev.tokens[prev.tokens.length - 1].possessive) return null;
  if (run.first - prev.last > MAX_COMPLEMENT_TOKENS || p.sentenceOf[prev.last] !== p.sentenceOf[run.first]) return null;
  for (let j = k; j < r; j++) {
    const next = runs[j + 1];
    if (next.first === runs[j].last + 1) continue; // an honorific began a new run: "Commerce | U Min Min Oo"
    for (let i = runs[j].last + 1; i < next.first; i++) if (!TITLE_COMPLEMENT_LINKS.has(p.tokens[i].text)) return null;
  }
  if (k < r - 1 && prev.last + 1 === runs[k + 1].first) return null; // the complement must be linked to the title by a word
  const before = run.titles.length ? run.titles[0].from : run.honorific ? run.nameFrom - 1 : run.nameFrom;
  const end = before > 0 ? run.tokens[before - 1].end : p.tokens[run.first - 1].end;
  const phrase = (from: number) => p.text.slice(from, end).replace(TRAILING_LINK, '');
  // "Ambassador to Myanmar": the place is where the office is held, not part of the title, and the form with it no alias.
  const office = phrase(prev.tokens[lastTitle.from].start);
  const title = office.replace(/\s+to\s.*$/, '');
  const formStart = prev.tokens[prev.formStart].written;
  return { title: cleanTitle(title), role: phrase(formStart), formStart, place: title !== office };
}

/**
 * A one-word run right before a run that an honorific begins, with no title
 * or honorific of its own: the last word of an office's complement
 * ("Deputy Minister for Immigration and Population U Kyaw Soe Moe"), never
 * a name of its own.
 */
function isComplementBefore(run: NameRun, next: NameRun | undefined): boolean {
  return !!next && next.honorific !== null && next.first === run.last + 1 && run.tokens.length === 1 && run.titles.length === 0 && run.honorific === null;
}

/** "Dr." → "Dr", "Lt. Gen." → "Lt-Gen": titles are reported without dots. */
function cleanTitle(title: string): string {
  const words = title.replace(/\./g, '').trim().split(/\s+/);
  return words.length > 1 && words.every((w) => w.length <= 4 && isCapitalised(w)) ? words.join('-') : words.join(' ');
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
  // "…, also known as Ma Shwe Yi": the other name's mentions are the person's.
  const otherNames = new Set<string>();
  for (const m of mentions) {
    const into = m.aliasOf ? byKey.get(m.aliasOf.key) : undefined;
    if (!into || byKey.get(m.key) === into) continue;
    const own = byKey.get(m.key);
    if (own) people.splice(people.indexOf(own), 1);
    byKey.set(m.key, into);
    otherNames.add(m.key);
  }
  // Every mention of an accepted form counts, even one that alone would not have passed.
  for (const m of mentions) {
    const g = byKey.get(m.key);
    if (g && m.score >= MIN_MENTION_SCORE) {
      g.mentions.push(m);
      g.burmese ||= m.burmese;
    }
  }
  for (const g of people) g.otherNames = otherNames;
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
 * A short form of a non-Burmese person's name is that person: the first or
 * last word ("Fomin", "President Biden", "Chen", "Prayuth" for "Prayut …"),
 * or a family name with its particle ("De Vries" for "Marieke de Vries").
 * Each mention of it is merged into its owner, or added as a mention if it
 * was no person of its own. When two people share the short form (a
 * defendant and his sister, "Carter"), it is the one named in full most
 * recently before it: the press writes the other one in full again.
 */
function attachSurnames(groups: Group[], mentions: Mention[]): void {
  const owners = new Map<string, Group[]>();
  for (const g of groups) {
    const words = fullest(g).words;
    if (g.burmese || words.length < 2) continue;
    for (const key of shortForms(words)) {
      const list = owners.get(key) ?? [];
      if (!list.includes(g)) list.push(g);
      owners.set(key, list);
    }
  }
  if (owners.size === 0) return;
  const counted = new Set(groups.flatMap((g) => g.mentions));
  for (const g of groups) {
    if (g.burmese) continue;
    const length = fullest(g).words.length;
    const kept: Mention[] = [];
    for (const m of g.mentions) {
      const owner = m.words.length >= length ? ownerOf(owners, m) : null;
      if (owner && owner !== g) owner.mentions.push(m);
      else kept.push(m);
    }
    g.mentions = kept;
  }
  for (const m of mentions) {
    if (m.score < MIN_MENTION_SCORE || counted.has(m)) continue;
    ownerOf(owners, m)?.mentions.push(m);
  }
  for (let i = groups.length - 1; i >= 0; i--) if (groups[i].mentions.length === 0) groups.splice(i, 1);
}

/** The keys of a name's short forms: its first and last word, and its family name from a particle on ("de vries"). */
function shortForms(words: RunToken[]): string[] {
  const keys = [looseKey(words[0]), looseKey(words[words.length - 1])];
  for (let k = 1; k < words.length - 1; k++) if (NAME_PARTICLES.has(words[k].key)) keys.push(words.slice(k).map((w) => w.key).join(' '));
  return keys;
}

/** The person a short-form mention stands for, or null. */
function ownerOf(owners: ReadonlyMap<string, Group[]>, m: Mention): Group | null {
  const candidates = groupsOwning(owners, m);
  if (candidates.length <= 1) return candidates[0] ?? null;
  let owner: Group | null = null;
  let latest: Mention | null = null;
  for (const g of candidates) {
    for (const full of g.mentions) {
      if (full.words.length >= 2 && byPosition(full, m) < 0 && (!latest || byPosition(full, latest) > 0)) {
        owner = g;
        latest = full;
      }
    }
  }
  return owner;
}

function groupsOwning(owners: ReadonlyMap<string, Group[]>, m: Mention): Group[] {
  if (m.words.length === 0) return [];
  const key = m.words.length === 1 ? looseKey(m.words[0]) : m.words.map((w) => w.key).join(' ');
  return owners.get(key) ?? [];
}

/** Romanisation-tolerant key for single names: "Prayuth" and "Prayut" agree. */
function looseKey(word: RunToken): string {
  const k = word.key;
  return k.length >= 4 ? k.replace(/([tpkcdg])h/g, '$1') : k;
}

/** The mention with the most words (the first of them). */
function fullest(g: Group): Mention {
  const own = g.otherNames ? g.mentions.filter((m) => !g.otherNames!.has(m.key)) : g.mentions;
  const forms = own.length ? own : g.mentions;
  let best = forms[0];
  for (const m of forms) if (m.words.length > best.words.length) best = m;
  return best;
}

function byPosition(a: Mention, b: Mention): number {
  return a.span.paragraph - b.span.paragraph || a.span.start - b.span.start;
}

function toPerson(g: Group): Person {
  const name = fullest(g).name;
  const aliases: string[] = [];
  for (const m of g.mentions) {
    if (m.form !== name && m.aliasForm && !aliases.includes(m.form)) aliases.push(m.form);
  }
  const titled = g.mentions.find((m) => m.title);
  return {
    name,
    title: titled?.title ?? null,
    aliases,
    mentions: g.mentions.length,
    role: (g.mentions.find((m) => m.roleKind === 'noun') ?? g.mentions.find((m) => m.role))?.role ?? null,
    spans: g.mentions.map((m) => m.span),
  };
}
