import type { AnalysedParagraph } from './analyse';
import type { NameRun } from './name-runs';

/**
 * Words that say a capitalised run is a person's name, whatever its shape:
 * the body gives a name ("a driver who gave his name only as Wang"), or
 * another name of someone it has named ("…, also known as Ma Shwe Yi",
 * "under his lay name, U Aung Thein", "Her friends call her “Wut Yi”").
 * English usage of the press.
 */

/** Words between a person's name and another of their names in one sentence ("Ma Hnin Ei Phyu, 22, also known as Ma Shwe Yi"). */
const OTHER_NAME_CUES = ['also known as', 'known as', 'alias', 'aka', 'a.k.a.', 'stage name', 'nom de guerre', 'pen name', 'nicknamed'];
/** Most tokens between the two names. */
const MAX_ALIAS_GAP = 12;

/**
 * Words just before a name that another name of someone already named
 * follows, by a pronoun: "his lay name", "her real name is", "their
 * nickname" ("in her name" is on her behalf).
 */
const POSSESSIVE_NAME_CUE = /(?<!\bin\s)\b(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:name|nickname)(?:\s+(?:is|was))?$/i;
/** The same by an object pronoun: "call her", "called him"; whoever calls is someone else ("Min Tun called him …" names no other name of Min Tun). */
const OBJECT_NAME_CUE = /\bcall(?:s|ed)?\s+(?:him|her)$/i;

/**
 * Words just before a name that the person gives or is given as the only
 * one the body knows ("who gave his name only as Wang", "identified only
 * as Ko Thet", "asked to be identified as Mya"): the name is a person's.
 */
const OWN_NAME_CUE = /(?:\bgave\s+(?:his|her|their)\s+(?:first\s+|family\s+)?name\s+(?:only\s+)?as|\bidentified\s+(?:only\s+|himself\s+|herself\s+)?as|\bknown\s+only\s+as|\bgoes\s+by)$/i;

/** Punctuation between a cue and the name ("his lay name, U Aung Thein", "call her “Wut Yi”"). */
const CUE_PUNCTUATION = /[\s,:“"‘]+$/;

/** Longest stretch of text before a run that a cue is looked for in. */
const CUE_REACH = 60;

export interface NameCue {
  /** 'another': another name of the person named before it (not in its own sentence, with 'another-object'); 'own': the person's own name. */
  kind: 'another' | 'another-object' | 'own';
  /** For an own name given in a relative clause, the token index of its "who" ("A driver in Ruili who gave …"), else -1. */
  who: number;
}

/** Whether run b is another name of the person named by run a, in the same sentence ("…, also known as …"). */
export function namesAnotherName(p: AnalysedParagraph, a: NameRun | undefined, b: NameRun): boolean {
  if (!a || a.nameTo === a.nameFrom || b.first - a.last > MAX_ALIAS_GAP || p.sentenceOf[a.last] !== p.sentenceOf[b.first]) return false;
  const between = p.text.slice(p.tokens[a.last].end, p.tokens[b.first].start).toLowerCase().replace(/[\s,]+$/, '');
  return OTHER_NAME_CUES.some((cue) => between.endsWith(cue));
}

/** The cue in the words of its sentence just before the run, if any. */
export function nameCueBefore(p: AnalysedParagraph, run: NameRun): NameCue | null {
  const t = p.tokens;
  const start = t[run.first].start;
  const from = Math.max(p.sentences[p.sentenceOf[run.first]]?.start ?? 0, start - CUE_REACH);
  const before = p.text.slice(from, start).replace(CUE_PUNCTUATION, '');
  if (POSSESSIVE_NAME_CUE.test(before)) return { kind: 'another', who: -1 };
  if (OBJECT_NAME_CUE.test(before)) return { kind: 'another-object', who: -1 };
  const own = OWN_NAME_CUE.exec(before);
  if (!own) return null;
  // "A driver in Ruili who gave his name only as Wang": the clause hangs from the description before "who".
  const cueStart = from + own.index;
  let who = run.first - 1;
  while (who >= 0 && t[who].start >= cueStart) who--;
  return { kind: 'own', who: t[who]?.key === 'who' && p.sentenceOf[who] === p.sentenceOf[run.first] ? who : -1 };
}
