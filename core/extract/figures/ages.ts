import type { AnalysedParagraph } from '../analyse';
import { wordSet } from '../tables/words';
import { unitAfter } from './exclusions';
import type { Found } from './found';
import { isDigits, lowerAt, type NumberRead } from './numbers';

/**
 * Ages: a number of years a person has lived, written with the words English
 * news uses for it ("aged 27", "Ko Zaw Lin, 34, a fighter", "who is 79",
 * "turns 70", "since he was 12", "children under 15", "70 years old"). An
 * age is a duration in years (facts-spec: ages are optional durations).
 */

/** The oldest age a person is given. */
const MAX_AGE = 120;
/** Words right before an age ("aged 27", "who turns 70", "now 92", "the age of 45"). */
const AGE_CUES = wordSet('aged turns turned turning');
/** Words before "is"/"was" that make the number after it an age ("who is 79", "since he was 12"). */
const AGE_SUBJECTS = wordSet('who he she');
/** People nouns and verbs of being before "under"/"over" that make the number an age ("children under 15", "every adult over 50", "most of them were under 30"). */
const AGE_GROUPS = wordSet('children people adults adult those anyone men women boys girls were are');
/** Words between "was" and an age ("she was only 21"). */
const ONLY = wordSet('only just barely');
/** Words that close an age written between commas after a name ("Zhao Jianguo, 41, and …"). */
const AFTER_AGE = new Set([',', '.', ')', ';']);

/** The age the number states, or null. */
export function ageAt(p: AnalysedParagraph, read: NumberRead): Found | null {
  const t = p.tokens;
  const { from, to, value } = read;
  if (read.multiplied || !Number.isInteger(value) || value < 1 || value > MAX_AGE) return null;
  const age = (end = to): Found => ({ kind: 'duration', value, unit: 'years', from, to: end });
  // "70 years old"
  if ((lowerAt(t, to + 1) === 'years' || lowerAt(t, to + 1) === 'year') && lowerAt(t, to + 2) === 'old') return age(to + 2);
  const only = ONLY.has(lowerAt(t, from - 1)) ? 1 : 0;
  const before = lowerAt(t, from - 1 - only);
  if (AGE_CUES.has(before) || (before === 'between' && AGE_CUES.has(lowerAt(t, from - 2)))) return age();
  if ((before === 'is' || before === 'was') && AGE_SUBJECTS.has(lowerAt(t, from - 2 - only))) return age(); // "she was only 21"
  if (before === 'of' && lowerAt(t, from - 2) === 'age') return age();
  // "children under 15", "every adult over 50 remembers", "60 percent of them were under 30": not "under 30 kyats".
  if ((before === 'under' || before === 'over') && AGE_GROUPS.has(lowerAt(t, from - 2)) && !unitAfter(t, to + 1)) return age();
  // The second number of "aged 18 to 35", "aged between 65 and 80".
  if ((before === 'to' || before === 'and') && isDigits(t[from - 2]?.text ?? '') && (AGE_CUES.has(lowerAt(t, from - 3)) || lowerAt(t, from - 3) === 'between')) return age();
  // "Ma Ngun Hlei Par, 27, a nurse": digits between commas after a capitalised word; "Than Shwe, now 92, is …".
  const now = before === 'now' ? 1 : 0;
  if (!read.spelled && t[from - 1 - now]?.text === ',' && t[from - 2 - now]?.cap && AFTER_AGE.has(t[to + 1]?.text ?? '.')) return age();
  return null;
}
