import type { AnalysedParagraph } from './analyse';
import type { NameRun } from './name-runs';
import { STRIPPED_HONORIFICS } from './tables/honorifics';
import { ORG_HEADS, ORG_WORDS, ORGANISATIONS } from './tables/organisations';
import { PEOPLES } from './tables/peoples';
import { PLACES } from './tables/places';
import { AND_CLAUSE_STARTS, EVALUATIVE_ADJECTIVES, OCCUPATION_VERBS, PREDICATE_VERBS, ROLE_COMPLEMENT_LINKS, ROLE_NOUNS, ROLE_PARTICIPLES, ROLE_STOPS, SPEECH_VERBS } from './tables/roles';
import { COMMON_WORDS } from './tables/common-words';
import { OFFICE_MODIFIERS, OFFICES, RANKS } from './tables/titles';
import { isAcronym, isPossessive, wordKey, type Token } from './tokens';

/**
 * The role the body states for a person at one mention
 * (tests/fixtures/README.md, "Label conventions"): a description before the
 * name ("junta spokesman …", "ASEAN's special envoy on Myanmar, …"), an
 * appositive or a predicate after it ("…, a spokesman for the PDF", "… is a
 * former army captain", "…, who …, becomes chief of …"), else a relative
 * clause saying what the person does as work ("…, who runs a tea shop in
 * Lashio"). Also whether a role stands next to the name (evidence that the
 * name is a person's). A role holds a singular role noun (or, for a verb
 * role, an occupation verb); both directions read at most ROLE_WINDOW tokens.
 */

/** Longest role phrase, in tokens, read either way from the name. */
const ROLE_WINDOW = 16;
/** Capitalised one-word titles: an appositive ends where the next titled name begins. */
const TITLE_WORDS = new Set([...RANKS, ...OFFICES].filter((t) => !t.includes(' ')));
/** Punctuation that closes an appositive (a full stop only where the sentence ends: "No. 2" goes on). */
const CLOSERS = new Set([',', ';', ':', '—', '–', '”', '"', '“', '!', '?']);
const BRACKETS = new Set(['(', ')']);
/** Determiners dropped from the front of a role: articles and possessive pronouns ("his sister" → "sister"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'while', 'whereas']);
/** Words that begin a relative clause; "whose" clauses are about someone else. */
const RELATIVE = 'who';
const RELATIVE_OTHER = new Set(['whose', 'which', 'that']);
/** An age standing between a name and its role ("Ko Zaw Lin, 34, a fighter"; "a 19-year-old motorcycle taxi driver"). */
const AGE = /^\d{1,3}$/;
const AGE_WORD = /^\d{1,3}-years?-old$/;
/** Nouns for a name, after which "of" leads to the person it names ("the pen name of a … analyst"). */
const NAME_NOUNS = new Set(['name', 'nickname', 'pseudonym']);
/** Words that let a role read back past them to an appositive before the name ("Paetongtarn’s father, former Prime Minister …"). */
const FORM_QUALIFIERS = new Set(['former', 'then']);

export interface MentionRole {
  /** The role phrase ("deputy defense minister of Myanmar"), or null. */
  text: string | null;
  /** 'noun' for a description, appositive or predicate; 'verb' for a clause saying what the person does (weaker). */
  kind: 'noun' | 'verb' | null;
  /** A role word just before the name ("military expert …", "foreign minister, …", "Analyst …"). */
  before: boolean;
  /** A role phrase, or a "who" clause, just after the name. */
  after: boolean;
}

/** The role at a mention; `nearRole` is the role phrase of a title with its complement in the runs before ("Russian Ambassador to Myanmar …"). */
export function roleAt(p: AnalysedParagraph, run: NameRun, nearRole: string | null): MentionRole {
  const nameEndsRun = run.nameTo === run.tokens.length;
  const after = nameEndsRun ? roleAfter(p, run.last) : null;
  const before = roleBefore(p, run);
  const noun = before.text ?? nearRole ?? (after?.kind === 'noun' ? after.text : null);
  const text = noun ?? after?.text ?? null;
  return {
    text,
    kind: text === null ? null : noun !== null ? 'noun' : 'verb',
    before: run.roleWord !== null || before.adjacent,
    after: nameEndsRun && (after !== null || (p.tokens[run.last + 1]?.text === ',' && p.tokens[run.last + 2]?.text === RELATIVE)),
  };
}

/** A lower-case role noun ("minister", "ex-commander"), or with `singular`, one that is not a plural. */
function isRoleNoun(t: Token, singular = false): boolean {
  if (t.cap) return false;
  const key = t.key.replace(/^(?:ex|former)-/, '');
  return ROLE_NOUNS.has(key) && !(singular && isPluralRole(key));
}

/** A plural role noun ("members", "officers"): the role of a group, not of one person. */
function isPluralRole(key: string): boolean {
  return key.endsWith('s') && ROLE_NOUNS.has(key.slice(0, -1));
}

/**
 * After the name: an appositive or predicate noun phrase ("…, 29, a medic
 * from Monywa", "… is the director of …", "…, who …, becomes chief of …"),
 * else a relative clause or verb of occupation ("…, who runs a tea shop in
 * Lashio", "…, 41, runs a network of schools").
 */
function roleAfter(p: AnalysedParagraph, last: number): { text: string; kind: 'noun' | 'verb' } | null {
  const t = p.tokens;
  let i = last + 1;
  const comma = t[i]?.text === ',';
  if (comma) i++;
  if (comma && AGE.test(t[i]?.text ?? '') && t[i + 1]?.text === ',') i += 2; // an age: "Ko Zaw Lin, 34, a fighter"
  if (comma && t[i]?.key === RELATIVE) {
    const clause = clauseAt(p, i + 1);
    // "…, who headed Military Operations Command 21 in Bhamo, becomes Kachin State’s minister …": the predicate after the clause names the post.
    const next = skipClause(p, i + 1);
    if (next > 0 && t[next - 1]?.text === ',' && PREDICATE_VERBS.has(t[next]?.key ?? '')) {
      const noun = nounPhraseAt(p, next + 1);
      if (noun) return { text: noun, kind: 'noun' };
    }
    return clause ? { text: p.text.slice(t[clause.start].start, t[clause.end - 1].end), kind: 'verb' } : null;
  }
  if (PREDICATE_VERBS.has(t[i]?.key ?? '')) i++;
  else if (!comma) return null;
  else if (OCCUPATION_VERBS.has(t[i]?.key ?? '')) {
    // "Naw Eh Kaw Htoo, 41, runs a network of village schools …"
    const clause = clauseAt(p, i);
    return clause ? { text: p.text.slice(t[clause.start].start, t[clause.end - 1].end), kind: 'verb' } : null;
  }
  if (t[i] && CONJUNCTIONS.has(t[i].key)) return null; // ", and the monk …" goes on to someone else
  const noun = nounPhraseAt(p, i);
  return noun ? { text: noun, kind: 'noun' } : null;
}

/**
 * The noun phrase of a role from token i ("the NUG’s deputy foreign minister
 * of …"), without its determiner or an age, up to a closer, a relative
 * pronoun, a verb of saying or a second description ("… and a former
 * surgeon"); null unless it holds a singular role noun before any other.
 */
function nounPhraseAt(p: AnalysedParagraph, from: number): string | null {
  const t = p.tokens;
  let i = from;
  if (t[i] && DETERMINERS.has(t[i].key)) i++;
  // "… is the pen name of a Yangon-based political analyst": the role is what the name stands for.
  const named = NAME_NOUNS.has(t[i]?.key ?? '') ? i + 1 : t[i]?.key === 'pen' && t[i + 1]?.key === 'name' ? i + 2 : -1;
  if (named > 0 && t[named]?.key === 'of') i = DETERMINERS.has(t[named + 1]?.key ?? '') ? named + 2 : named + 1;
  if (t[i] && AGE_WORD.test(t[i].text)) i++; // "a 19-year-old motorcycle taxi driver"
  const start = i;
  let end = i;
  let role = false;
  for (; end < t.length && end - start < ROLE_WINDOW; end++) {
    const token = t[end];
    if (CLOSERS.has(token.text) || isSentenceEnd(p, end) || token.key === RELATIVE || RELATIVE_OTHER.has(token.key) || SPEECH_VERBS.has(token.key)) break;
    if (STRIPPED_HONORIFICS.has(token.text) || (token.cap && TITLE_WORDS.has(token.key) && end > start)) break; // the next person begins
    if (CONJUNCTIONS.has(token.key) && role && beginsAnotherClause(t, end + 1) && !joinsNameParts(t, end)) break; // "the clinic’s founder and a former surgeon"
    if (isRoleNoun(token)) {
      if (!role && isPluralRole(token.key.replace(/^(?:ex|former)-/, ''))) return null; // "NLD members said", "one of my former students"
      role = true;
    }
  }
  if (!role || end === start || (t[end] && end - start >= ROLE_WINDOW)) return null;
  while (end > start && (CONJUNCTIONS.has(t[end - 1].key) || BRACKETS.has(t[end - 1].text) && t[end - 1].text === '(')) end--;
  return p.text.slice(t[start].start, t[end - 1].end);
}

/**
 * The description a relative clause about a person hangs from, read from
 * its determiner up to the clause's "who" at token `who` ("A driver in
 * Ruili who gave his name only as …" → "driver in Ruili"), or null.
 */
export function roleOfClauseHead(p: AnalysedParagraph, who: number): string | null {
  const t = p.tokens;
  let i = who - 1;
  while (i > 0 && who - i < ROLE_WINDOW && p.sentenceOf[i - 1] === p.sentenceOf[who] && !DETERMINERS.has(t[i].key) && !CLOSERS.has(t[i - 1].text)) i--;
  return nounPhraseAt(p, i);
}

/** A clause saying what the person does, from its verb at token i ("runs a tea shop in Lashio"), or null unless the verb is one of occupation. */
function clauseAt(p: AnalysedParagraph, i: number): { start: number; end: number } | null {
  const t = p.tokens;
  if (!OCCUPATION_VERBS.has(t[i]?.key ?? '')) return null;
  let end = i + 1;
  while (end < t.length && end - i < ROLE_WINDOW * 2 && !CLOSERS.has(t[end].text) && !isSentenceEnd(p, end) && !SPEECH_VERBS.has(t[end].key)) {
    if (t[end].key === 'and' && beginsAnotherClause(t, end + 1) && !isAdjectivalParticiple(t, end + 1)) break; // "… and paid for her son", "… and was later sanctioned"
    end++;
  }
  return end > i + 1 ? { start: i, end } : null;
}

/** Token index after a relative clause that states no occupation (to its closing comma), or -1. */
function skipClause(p: AnalysedParagraph, i: number): number {
  const t = p.tokens;
  for (let end = i; end < t.length && end - i < ROLE_WINDOW * 2 && !isSentenceEnd(p, end); end++) if (t[end].text === ',') return end + 1;
  return -1;
}

/** Whether the words from token i begin a second description or clause after "and": an article, a pronoun, a capital, a verb ("and a former surgeon", "and Ne Win’s comrade", "and was later sanctioned"). */
function beginsAnotherClause(t: readonly Token[], i: number): boolean {
  const next = t[i];
  if (!next) return true;
  return DETERMINERS.has(next.key) || next.cap || AND_CLAUSE_STARTS.has(next.key) || next.key.endsWith('ed') || /^\d/.test(next.text);
}

/**
 * Whether "and" at token i joins two capitalised parts of one organisation's
 * name ("a member of the Peace and Reconciliation Committee", "the
 * Department of Roads and Bridges Administration"): the words after
 * it reach a head word before the capitals end.
 */
function joinsNameParts(t: readonly Token[], i: number): boolean {
  if (!t[i - 1]?.cap || !t[i + 1]?.cap || STRIPPED_HONORIFICS.has(t[i + 1].text)) return false;
  for (let k = i + 1; t[k]?.cap; k++) if (ORG_HEADS.has(t[k].key)) return true;
  return false;
}

/** Whether a word in -ed at token i describes the noun after it ("sells tea and dried fish", "and canned food") rather than acting ("and fled to …", "and married a …"). */
function isAdjectivalParticiple(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  return !!t[i] && t[i].key.endsWith('ed') && !AND_CLAUSE_STARTS.has(t[i].key) && !!next && next.letter && !next.cap && !ROLE_STOPS.has(next.key);
}

/** Whether token i is a full stop that ends its sentence ("No. 2" does not). */
function isSentenceEnd(p: AnalysedParagraph, i: number): boolean {
  const t = p.tokens;
  return t[i].text === '.' && (i + 1 >= t.length || p.sentenceOf[i + 1] !== p.sentenceOf[i]);
}

/**
 * The description before the name, read backwards; `adjacent` when its
 * nearest word is a role noun. Capitalised words may be part of it when a
 * table knows them or they are initials or a possessive ("KIA spokesman",
 * "Southwestern Command chief", "Thurein Htet Aung’s father"); "of/for/on"
 * only between the role noun and the name ("ASEAN’s special envoy on
 * Myanmar, …") or inside a capitalised name ("National League for
 * Democracy (NLD) lawmaker").
 */
function roleBefore(p: AnalysedParagraph, run: NameRun): { text: string | null; adjacent: boolean } {
  const t = p.tokens;
  let i = run.first - 1;
  if (t[i] && FORM_QUALIFIERS.has(t[i].key) && !t[i].cap) i--; // "…’s father, former Prime Minister …"
  // An appositive before the name ("ASEAN’s special envoy on Myanmar, Othman Hashim"): its complement may hold "of", "on", "the".
  const appositive = t[i]?.text === ',';
  if (appositive) i--;
  const end = i;
  let start = i + 1;
  let firstRole = -1;
  let adjacent = false;
  let possessor = false; // inside the possessor of "X’s father": any capitalised word goes
  for (; i >= 0 && end - i < ROLE_WINDOW && p.sentenceOf[i] === p.sentenceOf[run.first]; i--) {
    const token = t[i];
    const possessive = isPossessive(token.text);
    const key = possessive ? wordKey(token.text.slice(0, -2)) : token.key;
    if (BRACKETS.has(token.text) || (isAcronym(token.text) && t[i - 1]?.text === '(')) {
      start = i;
      continue;
    }
    const link =
      (ROLE_COMPLEMENT_LINKS.has(key) && !token.cap && ((appositive && firstRole < 0) || (t[i - 1]?.cap && t[i + 1]?.cap))) || // "National League for Democracy"
      (key === 'and' && OFFICE_MODIFIERS.has(t[i - 1]?.key ?? '') && OFFICE_MODIFIERS.has(t[i + 1]?.key ?? '')); // "religious and cultural affairs minister"
    if (ROLE_STOPS.has(key) && !(possessor && token.cap) && !link) break;
    if (EVALUATIVE_ADJECTIVES.has(key)) break;
    if (token.cap) {
      if (!possessor && !possessive && !isDescriptionWord(key, token.text)) break;
    } else {
      if (!token.letter) break;
      if (key.endsWith('ed') && !ROLE_PARTICIPLES.has(key) && !ROLE_NOUNS.has(key) && !key.includes('-')) break;
      if (key === 'of' && firstRole >= 0) break; // "son-in-law of [former dictator]"
      if (isRoleNoun(token)) {
        firstRole = i;
        adjacent ||= i === end;
      }
    }
    start = i;
    if (possessive) possessor = true;
  }
  if (run.roleWord) return { text: run.roleWord.toLowerCase(), adjacent }; // "Author Ludmila Lutz-Auras, …"
  if (firstRole < 0 || isPluralRole(t[end].key)) return { text: null, adjacent: false };
  while (start < end && (ROLE_COMPLEMENT_LINKS.has(t[start].key) || DETERMINERS.has(t[start].key) || t[start].text === ')')) start++;
  return { text: p.text.slice(t[start].start, t[end].end), adjacent };
}

/** A capitalised word that may stand in a description: a place, people, organisation word or initials ("KIA", "Junta", "Chiang Mai-based", "New Zealand"). */
function isDescriptionWord(key: string, text: string): boolean {
  if (isAcronym(text)) return true;
  for (const part of key.split('-')) {
    if (PLACES.has(part) || PEOPLES.has(part) || ORG_WORDS.has(part) || ORG_HEADS.has(part) || ORGANISATIONS.has(part) || COMMON_WORDS.has(part)) return true;
  }
  return false;
}
