import type { AnalysedParagraph } from '../analyse';
import { AND, CLAUSE_ENDINGS, PARTICLE_LIKE_NOUNS } from './particles';
import { count, isBurmeseToken, slice, SyllableTable, syllablesOf, words, type Syllables } from './syllables';

/**
 * The role of a person named in Burmese: Burmese puts the description
 * before the name ("ရှေ့နေ ဦးကျော်ဇောဦး", "PDF ပြောရေးဆိုခွင့်ရှိသူ
 * ကိုနေမျိုးအောင်"), so the role is the phrase that ends right before the
 * name (or its title), read back to where the clause before it ends. It
 * must end in a role noun, as an English role must hold one.
 * Source of the tables: Burmese grammar (clause-ending and case particles,
 * the agent noun -သူ) and the job words of Burmese news.
 */

/** Role nouns: occupations, positions and relations the news names people by. */
const ROLE_NOUNS = new SyllableTable(words(`
  ရှေ့နေ ဒေသခံ ပညာရှင် ဆရာဝန် ဆရာမ ဆရာ သူနာပြု ကုန်သည် လယ်သမား ဥက္ကဋ္ဌ အတွင်းရေးမှူး ခေါင်းဆောင် အမှုဆောင်
  ကိုယ်စားလှယ် ကိုယ်စားလှယ်လောင်း သတင်းထောက် စာရေးဆရာ ဇနီး ခင်ပွန်း သမီး သား မိခင် ဖခင် အမေ အဖေ ကျောင်းသား
  ကျောင်းသူ ကျောင်းထိုင် ဘုန်းကြီး ရဟန်း စစ်သား တပ်သား အရာရှိ ဝန်ထမ်း လက်ထောက် သံတမန် ဒါရိုက်တာ ဝန်ကြီး
  တရားသူကြီး ရဲအရာရှိ အယ်ဒီတာ ပါမောက္ခ ကထိက သမ္မတ ဝန်ကြီးချုပ် သံအမတ်ကြီး ကော်မရှင်နာ အုပ်ချုပ်ရေးမှူး
`));
/** Endings of role nouns: the agent -သူ ("one who", လေ့လာသူ an observer), -မှူး (head), -ရှင် (owner), -သမား (worker), -ဆောင် (leader). */
const ROLE_ENDINGS = new SyllableTable(words('သူ မှူး ရှင် သမား ဆောင် ဝန် ဆရာမ'));
/** "who is" and the indefinite "a" after a role noun ("ဒေသခံတစ်ဦးဖြစ်သူ", a local): cut from the role. */
const ROLE_TRIMMINGS = new SyllableTable(words('ဖြစ်သူ တစ်ဦး'));

/**
 * Case and focus particles of another noun where the phrase before a name
 * stops (subject, object, place, direction, instrument: က, ကို, တွင်, ၌,
 * မှာ, သို့, ဖြင့်; "among" အနက်); clause endings stop it too.
 */
const CASE_ENDS = new SyllableTable(words('က ကို ကမူ ကလည်း ကိုလည်း ကိုမူ တွင် ၌ မှာ သို့ ဖြင့် အနက် လည်း မူ'));
/** The object particle: a phrase goes on past it when an agent noun follows ("တပ်မတော်ကို တည်ထောင်ခဲ့သူ", who founded the army). */
const OBJECT = 'ကို';
/** Possessive particles: another person's name stays in the role before one ("မဖြူဖြူသင်း၏ မိခင်", her mother). */
const POSSESSIVES = new Set(['၏', 'ရဲ့']);
/** Punctuation that ends the phrase (brackets stay: "ပြည်သူ့ကာကွယ်ရေးတပ် (PDF) ပြောရေးဆိုခွင့်ရှိသူ"). */
const CLOSERS = new Set(['၊', '။', '“', '”', '"', ',', ';', ':', '–', '—']);
/** Possessive pronouns before a role, dropped as "his sister" is "sister": its/his, her, my, their. */
const POSSESSIVE_PRONOUNS = words('၎င်းတို့၏ ၎င်း၏ သူတို့၏ သူ၏ သူမ၏ သူ့ ကျွန်တော့် ကျွန်တော်၏ ကျွန်မ၏ ကျွန်ုပ်၏');
/** Longest role, in tokens. */
const ROLE_WINDOW = 8;

/** Whether the word ends in a role noun (or a title, which is one). */
export function endsInRoleNoun(s: Syllables, isTitle: (s: Syllables) => boolean): boolean {
  const n = count(s);
  return ROLE_NOUNS.endingAt(s, n) !== null || ROLE_ENDINGS.endingAt(s, n) !== null || isTitle(s);
}

/**
 * The phrase before token `before` (exclusive) back to where the clause
 * before it ends, as token indices [from, before); `taken` says which tokens
 * hold another person's name.
 */
export function phraseBefore(p: AnalysedParagraph, before: number, taken: (token: number) => boolean): number {
  const t = p.tokens;
  const sentence = p.sentenceOf[before];
  let from = before;
  for (let k = before - 1; k >= 0 && before - k <= ROLE_WINDOW && p.sentenceOf[k] === sentence; k--) {
    // "A၊ B နှင့် C": a comma of a list of nouns joined by "and" stays in the phrase.
    if (CLOSERS.has(t[k].text) && !(t[k].text === '၊' && from < before && endsWithAnd(p, from))) break;
    if (taken(k) && !POSSESSIVES.has(t[k + 1]?.text ?? '')) break;
    if (isBurmeseToken(t[k])) {
      const s = syllablesOf(p.text, t[k]);
      const n = count(s);
      if (!PARTICLE_LIKE_NOUNS.endingAt(s, n)) {
        if (CLAUSE_ENDINGS.endingAt(s, n)) break;
        const end = CASE_ENDS.endingAt(s, n);
        if (end && !(slice(s, end.start, n) === OBJECT && from < before && agentNoun(p, from))) break;
      }
    }
    from = k;
  }
  // A phrase opens with a noun, never with a particle left from the clause before.
  while (from < before && (POSSESSIVES.has(t[from].text) || t[from].text === ')')) from++;
  return from;
}

function endsWithAnd(p: AnalysedParagraph, k: number): boolean {
  if (!isBurmeseToken(p.tokens[k])) return false;
  const s = syllablesOf(p.text, p.tokens[k]);
  return AND.endingAt(s, count(s)) !== null;
}

function agentNoun(p: AnalysedParagraph, k: number): boolean {
  const s = syllablesOf(p.text, p.tokens[k]);
  return slice(s, count(s) - 1, count(s)) === 'သူ';
}

/** The role text of tokens [from, to): null unless its last word ends in a role noun; "who is a" trimmed. */
export function roleText(p: AnalysedParagraph, from: number, to: number, isTitle: (s: Syllables) => boolean): string | null {
  if (from >= to || !isBurmeseToken(p.tokens[to - 1])) return null;
  const last = syllablesOf(p.text, p.tokens[to - 1]);
  let n = count(last);
  for (let cut = ROLE_TRIMMINGS.endingAt(last, n); cut && cut.start > 0; cut = ROLE_TRIMMINGS.endingAt(last, n)) n = cut.start;
  const trimmed: Syllables = { text: last.text, bounds: last.bounds.slice(0, n + 1) };
  if (!endsInRoleNoun(trimmed, isTitle)) return null;
  const role = p.text.slice(p.tokens[from].start, trimmed.bounds[n]);
  const pronoun = POSSESSIVE_PRONOUNS.find((w) => role.startsWith(`${w} `));
  return pronoun ? role.slice(pronoun.length + 1) : role;
}
