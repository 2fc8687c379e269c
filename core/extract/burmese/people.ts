import type { AnalysedParagraph } from '../analyse';
import { hasMyanmar, isDigit } from '../tokens';
import type { Person, TextSpan } from '../types';
import { AND, NAME_ENDINGS } from './particles';
import { phraseBefore, roleText } from './roles';
import { count, isBurmeseToken, slice, syllableBounds, SyllableTable, syllablesOf, words, type Syllables } from './syllables';

/**
 * Named people in Burmese script (facts-spec.md, "Named people", transposed
 * as tests/fixtures/README.md says). Burmese has no capitals and no spaces
 * between words, so a name is found by what stands before it: a rank or an
 * office (ဗိုလ်ချုပ်မှူးကြီး, ဝန်ကြီး), the honorific ဦး or ဒေါ်, or a prefix
 * that stays in the name (ကို, မ, မောင်, and the Karen, Shan, Mon and Pa-O
 * စော, နော်, စိုင်း, နန်း, မန်း, နိုင်, ခွန် …). The name runs, syllable by
 * syllable (./syllables.ts), up to a particle (./particles.ts), a verb, a
 * space or punctuation; a name holding a number word or a currency
 * (သိန်းစိုး, ဆွမ်ကျပ်) is still a name, since figures are read apart. The
 * evidence is weighed as in ../people.ts: a title or an honorific is enough,
 * a prefix needs name syllables after it (ကိုဗစ် is COVID), and the negation
 * မ needs more. A name found once is then found wherever it stands bare
 * ("ဇော်မင်းထွန်း၏"), and one person is one name with or without title and
 * honorific. ဦး after a number is a classifier ("၁၂ ဦး", twelve people).
 *
 * Sources of the tables: the ranks of the Tatmadaw and police, the offices
 * and forms of address of Burmese news (the transposition of
 * ../tables/titles.ts), the honorifics and ethnic prefixes of Burmese naming
 * (../tables/honorifics.ts), and the common syllables of Burmese personal
 * names (../tables/burmese-names.ts in Burmese script).
 */

type TitleKind = 'rank' | 'office' | 'address';

/** Ranks, offices and forms of address before a name, written as the news writes them (a rank wins over an office for the title). */
const TITLES = new SyllableTable<TitleKind>({
  ...titles('rank', `
    ဗိုလ်ချုပ်မှူးကြီး ဒုတိယဗိုလ်ချုပ်မှူးကြီး ဗိုလ်ချုပ်ကြီး ဒုတိယဗိုလ်ချုပ်ကြီး ဗိုလ်ချုပ် ဗိုလ်မှူးချုပ် ဗိုလ်မှူးကြီး
    ဒုဗိုလ်မှူးကြီး ဗိုလ်မှူး ဗိုလ်ကြီး ဒုဗိုလ် တပ်ကြပ်ကြီး တပ်ကြပ် ဒုတပ်ကြပ် ရဲဗိုလ်ချုပ် ရဲဗိုလ်မှူးကြီး ရဲမှူး ရဲအုပ်
    ရေတပ်ဗိုလ်ချုပ် လေတပ်ဗိုလ်ချုပ်
  `),
  ...titles('office', `
    သမ္မတ ဒုသမ္မတ ဒုတိယသမ္မတ ဝန်ကြီးချုပ် ဒုဝန်ကြီးချုပ် ဒုတိယဝန်ကြီးချုပ် ဝန်ကြီး ဒုဝန်ကြီး ဒုတိယဝန်ကြီး
    ပြည်ထောင်စုဝန်ကြီး နိုင်ငံခြားရေးဝန်ကြီး ကာကွယ်ရေးဝန်ကြီး ပြည်ထဲရေးဝန်ကြီး ဥက္ကဋ္ဌ ဒုဥက္ကဋ္ဌ သံအမတ်ကြီး သံအမတ်
    နိုင်ငံတော်အတိုင်ပင်ခံပုဂ္ဂိုလ် စစ်ကောင်စီခေါင်းဆောင် ကာကွယ်ရေးဦးစီးချုပ် တိုင်းဝန်ကြီးချုပ်
  `),
  ...titles('address', 'ဒေါက်တာ ပါမောက္ခ ဆရာတော် မစ္စတာ'),
});

function titles(kind: TitleKind, list: string): Record<string, TitleKind> {
  return Object.fromEntries(words(list).map((w) => [w, kind]));
}

/** Nationalities joined to an office ("ထိုင်းဝန်ကြီးချုပ်", the Thai prime minister): a nationality alone is not a role. */
const NATIONALITIES = new SyllableTable(words(`
  မြန်မာ ထိုင်း တရုတ် အမေရိကန် ဂျပန် အိန္ဒိယ ရုရှား ဘင်္ဂလားဒေ့ရှ် လာအို ကိုရီးယား မလေးရှား စင်္ကာပူ ဗြိတိန် ပြင်သစ်
  ဂျာမနီ ဩစတြေးလျ ကနေဒါ အင်ဒိုနီးရှား ဗီယက်နမ် ကမ္ဘောဒီးယား ဖိလစ်ပိုင်
`));

/** The honorifics left out of the name (as U and Daw are in English). */
const HONORIFICS = new SyllableTable(words('ဦး ဒေါ်'));
/** Words that begin with an honorific's syllable and are none: to lead, to head, population, brain, first, the dollar. */
const HONORIFIC_WORDS = new SyllableTable(words('ဦးဆောင် ဦးစီး ဦးတည် ဦးစား ဦးရေ ဦးနှောက် ဦးခေါင်း ဦးထုပ် ဦးစွာ ဦးဆုံး ဒေါ်လာ'));

/**
 * Prefixes that stay in the name (Ko, Ma, Maung; Karen Saw, Naw; Shan Sai,
 * Nang; Mon Mahn, Nai, Mi; Pa-O Khun; Chin Salai; Kachin Duwa; Shan Sao).
 * Strong ones are seldom anything else at the start of a word; မ (also the
 * negation) and မိ (also "mother") are weak.
 */
const KEPT_PREFIXES = new SyllableTable<'strong' | 'weak'>({
  ...Object.fromEntries(words('ကို မောင် စော နော် စိုင်း နန်း မန်း နိုင် ခွန် ဆလိုင်း ဒူဝ စဝ် နန့်').map((w) => [w, 'strong'])),
  'မ': 'weak',
  'မိ': 'weak',
});

/** Words that begin with a prefix's syllable and are no name: country, Mandalay, siblings, early, strength, palace, colony. */
const PREFIX_WORDS = new SyllableTable(words('နိုင်ငံ နိုင်ငံ့ မန်းလေး မောင်နှမ စောစော ခွန်အား နန်းတော် ကိုလိုနီ'));

/** Common syllables of Burmese personal names (../tables/burmese-names.ts in Burmese script), and of Karen (Eh, Doh, Moo, Paw) and Shan (Kham) ones. */
const NAME_SYLLABLES = new Set(words(`
  အောင် အေး ဘ ဘို ချို ချမ်း ချစ် အိ ဟန် မွှေး နှင်း ဘုန်း ဆန်း ဆက် ဆု ဌေး ထား ထိန် ထက် ထိုက် ထင် ထူး ထွန်း ထွဋ်
  ထွေး ကံ ကောင်း ခိုင် ခန့် ခင် ကြယ် ကြာ ကျော် ကြည် ကြီး လတ် လေး လဲ လင်း လွင် လွန်း မာ မော် မင်း မိုး မြ မြိုင်
  မြတ် မြင့် မျိုး နန္ဒာ နိုင် နေ ငယ် ငွေ နီ နီလာ နု နွယ် နွဲ့ ဉာဏ် ငြိမ်း ညီ ညို ညွန့် အုန်း ဦး ပိုင် ပို ပိုး
  ဖြိုး ဖြူ ပွင့် ပြည့် ပြုံး စန်း စိန် ရွှေ စည် စိုး စု ဆွေ တာ သန့် သန်း သာ သော် သိန်း သက် သီ သီဟ သင်း ရိ သစ် သူ
  သူရ ဇာ တင် တိုး ဝေ ဝင်း ဝင့် ရတနာ ယမင်း ရဲ ရီ ယဉ် ယု ဇော် ဇေ ဇင် ဇွန် မွန် ဟိန်း ကို မောင် ဆိုင်း မေ ဖုန်း လှ
  လှိုင် စိုင်း ခွန် ပြည် ဝါ ဖူး သဇင် ဟုတ် ဒွေး အာ
  အယ် ဒိုး မူ ပေါ ဖော ကူ ဝါး ခမ်း
`));

/**
 * Syllables that end common nouns and never stand in a personal name:
 * affairs (-ရေး), event (ပွဲ), the nominalisers မှု and ခြင်း, the plural
 * များ, office, department, country (နိုင်ငံ's ငံ), degree, royal or holy
 * တော်, shop.
 */
const NOT_NAME_WORDS = new SyllableTable(words('ရေး ပွဲ မှု ခြင်း များ ရုံး ဌာန ငံ ငံ့ ဘွဲ့ တော် ဆိုင်'));
/** The nominal prefix အ: a word opening with it is a noun ("အဖြစ်", as), not a name (အောင်, အေး are other syllables). */
const NOMINAL_PREFIX = 'အ';
/** Verbs that may follow a name with no particle in between (spoken Burmese): say, tell, be. */
const VERBS = new SyllableTable(words('ပြော ဆို ပြောကြား ဖြစ်'));
/** Particles after a name as a subject or a topic (သည်, က, မှာ): "X သည် … ဖြစ်သည်" states who X is. */
const SUBJECT_PARTICLES = new SyllableTable(words('သည် က မှာ'));
/** The copula opening the predicate of such a sentence. */
const COPULA = new SyllableTable(words('ဖြစ်'));

/** Weights of the clues that a candidate is a person's name; a candidate scoring MIN_SCORE is one. */
const EVIDENCE = {
  title: 3, // "ဗိုလ်မှူးကြီး …", "ဝန်ကြီး …", "ဒေါက်တာ …"
  honorific: 3, // "ဦး …", "ဒေါ် …"
  strongPrefix: 2, // "ကို …", "စော …"
  nameSyllables: 2, // two or more syllables, every one a name syllable
  someNameSyllables: 1, // at least one name syllable
  roleBefore: 2, // "ရှေ့နေ …", "လေ့လာသူ …"
  particleAfter: 1, // after a weak prefix, "…က", "…ကို": a noun, not a negated verb
} as const;
const MIN_SCORE = 3;
/** Longest name in syllables: Burmese names have up to five or six; a foreign one written with a space may have more. */
const MAX_NAME_SYLLABLES = 6;
const MAX_FOREIGN_SYLLABLES = 9;

interface Title {
  kind: TitleKind;
  text: string;
  /** The token holding it; the form of a title in a word of its own starts at the word ("တရုတ်သံအမတ်ကြီး ချန်ဟောင်မင်"). */
  token: number;
  start: number;
}

interface Mention {
  paragraph: AnalysedParagraph;
  /** The name as written, kept prefix included, without title or honorific. */
  name: string;
  /** The person it names (a short form names its owner). */
  owner: string;
  form: string;
  span: TextSpan;
  /** First and last token of the form, and the token where the name starts. */
  first: number;
  last: number;
  nameToken: number;
  titles: Title[];
  /** The form with the honorific but not the title, when both are written ("ဦးကုသလ" of "ဆရာတော် ဦးကုသလ"). */
  honorificForm: string | null;
  /** The role a predicate states ("X သည် … သုံးသပ်သူတစ်ဦး ဖြစ်သည်"), found with the name. */
  predicateRole: string | null;
}

export function findBurmesePeople(paragraphs: readonly AnalysedParagraph[]): Person[] {
  const burmese = paragraphs.filter((p) => hasMyanmar(p.text));
  if (burmese.length === 0) return [];
  const found = burmese.flatMap(candidates);
  const owners = shortForms(found);
  const mentions = [...found, ...burmese.flatMap((p) => bareMentions(p, owners, found))];
  mentions.sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start);
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) groups.set(m.owner, [...(groups.get(m.owner) ?? []), m]);
  const taken = takenTokens(mentions);
  return [...groups].map(([name, group]) => toPerson(name, group, taken));
}

/** Names after titles, honorifics and prefixes in one paragraph, weighed by EVIDENCE. */
function candidates(p: AnalysedParagraph): Mention[] {
  const t = p.tokens;
  const out: Mention[] = [];
  let carried: Title[] = [];
  for (let j = 0; j < t.length; j++) {
    if (!isBurmeseToken(t[j])) {
      carried = [];
      continue;
    }
    const chain = carried.length > 0 && carried[carried.length - 1].token === j - 1 && p.sentenceOf[j - 1] === p.sentenceOf[j] ? carried : [];
    carried = [];
    const s = syllablesOf(p.text, t[j]);
    const n = count(s);
    const found: Title[] = [...chain];
    let k = 0;
    for (let m = TITLES.startingAt(s, k); m; m = TITLES.startingAt(s, k)) {
      found.push({ kind: m.value, text: slice(s, k, m.end), token: j, start: s.bounds[k] });
      k = m.end;
    }
    let honorific = -1;
    const h = HONORIFICS.startingAt(s, k);
    if (h && !HONORIFIC_WORDS.startingAt(s, k) && !(k === 0 && isDigit(t[j - 1]?.text.charCodeAt(0) ?? 0))) {
      honorific = s.bounds[k];
      k = h.end;
    }
    if (k === n) {
      if (honorific < 0) carried = found; // a word of titles: the name is in the next word
      continue;
    }
    // A title at the end of a word ("ဘဏ္ဍာရေးဝန်ကြီး", "ထိုင်းဝန်ကြီးချုပ်"): the name is in the next word.
    const last = k === 0 ? TITLES.endingAt(s, n) : null;
    if (last) {
      carried = [...chain, { kind: last.value, text: slice(s, last.start, n), token: j, start: portfolioStart(p, j, s, last.start) }];
      continue;
    }
    const m = nameAt(p, j, s, k, found, honorific);
    if (m) out.push(m);
  }
  return out;
}

/**
 * Where the form of a title at the end of word j starts: the word, or the
 * word before it when that one is a first portfolio joined by "and"
 * ("စီမံကိန်းနှင့် ဘဏ္ဍာရေးဝန်ကြီး", minister of planning and finance).
 */
function portfolioStart(p: AnalysedParagraph, j: number, s: Syllables, titleStart: number): number {
  const t = p.tokens;
  const before = t[j - 1];
  if (titleStart === 0 || NATIONALITIES.get(slice(s, 0, titleStart)) || !isBurmeseToken(before) || p.sentenceOf[j - 1] !== p.sentenceOf[j]) return t[j].start;
  const b = syllablesOf(p.text, before);
  const and = AND.endingAt(b, count(b));
  return and && !TITLES.endingAt(b, and.start) ? before.start : t[j].start;
}

/** Whether syllable e of a name's word is where the name stops: a particle (unless doubled, as in ဝင်းကိုကို) or a verb. */
function stopsAt(s: Syllables, e: number): boolean {
  if (VERBS.startingAt(s, e)) return true;
  const particle = NAME_ENDINGS.startingAt(s, e);
  if (!particle) return false;
  const syllable = slice(s, e, e + 1);
  const doubled = (e > 0 && slice(s, e - 1, e) === syllable) || slice(s, e + 1, e + 2) === syllable;
  return !(particle.end === e + 1 && doubled);
}

/** Syllable index where the name starting at syllable k stops. */
function nameEnd(s: Syllables, k: number): number {
  let e = k;
  while (e < count(s) && !stopsAt(s, e)) e++;
  return e;
}

/** The candidate at syllable k of token j (after the titles and honorific found), or null. */
function nameAt(p: AnalysedParagraph, j: number, s: Syllables, k: number, found: Title[], honorific: number): Mention | null {
  const t = p.tokens;
  const prefix = PREFIX_WORDS.startingAt(s, k) ? null : KEPT_PREFIXES.startingAt(s, k);
  if (found.length === 0 && honorific < 0 && !prefix) return predicateName(p, j, s);
  const core = prefix ? prefix.end : k;
  const e = nameEnd(s, core);
  if (e <= core) return null;
  const syllables: string[] = [];
  for (let i = core; i < e; i++) syllables.push(slice(s, i, i + 1));
  let end = s.bounds[e];
  let last = j;
  // A foreign name written in two words ("ပရာချာ ဝုန်ဆကူး"): the second ends at a particle.
  const next = t[j + 1];
  if (e === count(s) && honorific < 0 && !syllables.every((x) => NAME_SYLLABLES.has(x)) && isBurmeseToken(next) && next.start === t[j].end + 1 && p.sentenceOf[j + 1] === p.sentenceOf[j]) {
    const s2 = syllablesOf(p.text, next);
    const e2 = nameEnd(s2, 0);
    if (e2 > 0 && e2 < count(s2) && NAME_ENDINGS.startingAt(s2, e2) && slice(s2, 0, 1) !== NOMINAL_PREFIX) {
      for (let i = 0; i < e2; i++) syllables.push(slice(s2, i, i + 1));
      end = s2.bounds[e2];
      last = j + 1;
    }
  }
  if (syllables[0] === NOMINAL_PREFIX || hasNotNameWord(syllables.join(''))) return null;
  if (syllables.length > (last > j ? MAX_FOREIGN_SYLLABLES : MAX_NAME_SYLLABLES)) return null;

  const named = syllables.filter((x) => NAME_SYLLABLES.has(x)).length;
  const formToken = found.length > 0 ? found[found.length - 1].token : j;
  let score = 0;
  if (found.length > 0) score += EVIDENCE.title;
  if (honorific >= 0) score += EVIDENCE.honorific;
  if (prefix?.value === 'strong') score += EVIDENCE.strongPrefix;
  if (named === syllables.length && named >= 2) score += EVIDENCE.nameSyllables;
  else if (named > 0) score += EVIDENCE.someNameSyllables;
  if (roleNounBefore(p, found.length > 0 ? found[0].token : j)) score += EVIDENCE.roleBefore;
  if (prefix?.value === 'weak' && last === j && e < count(s)) score += EVIDENCE.particleAfter;
  if (score < MIN_SCORE) return null;

  const nameStart = s.bounds[k];
  const nearest = found[found.length - 1];
  const formStart = nearest ? nearest.start : honorific >= 0 ? honorific : nameStart;
  const name = p.text.slice(nameStart, end);
  return {
    paragraph: p,
    name,
    owner: name,
    form: p.text.slice(formStart, end),
    span: { paragraph: p.index, start: formStart, end },
    first: formToken,
    last,
    nameToken: j,
    titles: found,
    honorificForm: nearest && honorific >= 0 ? p.text.slice(honorific, end) : null,
    predicateRole: null,
  };
}

/** Whether a name's text holds a word no name holds (ဌာန in ဝန်ကြီးဌာန, the ministry). */
function hasNotNameWord(text: string): boolean {
  const s: Syllables = { text, bounds: syllableBounds(text) };
  for (let k = 0; k < count(s); k++) if (NOT_NAME_WORDS.startingAt(s, k)) return true;
  return false;
}

/** Whether the word before token j (in its sentence, one space away) ends in a role noun ("ရှေ့နေ", "လေ့လာသူ"). */
function roleNounBefore(p: AnalysedParagraph, j: number): boolean {
  const before = p.tokens[j - 1];
  if (!isBurmeseToken(before) || p.sentenceOf[j - 1] !== p.sentenceOf[j]) return false;
  return roleText(p, j - 1, j, isTitle) !== null;
}

const isTitle = (s: Syllables): boolean => TITLES.endingAt(s, count(s)) !== null;

/**
 * A name with no title or prefix, as the subject of a sentence that says
 * what the person is: "(X သည် ရန်ကုန်အခြေစိုက် … သုံးသပ်သူတစ်ဦး ဖြစ်သည်။)",
 * an author's note. Every syllable must be a name syllable.
 */
function predicateName(p: AnalysedParagraph, j: number, s: Syllables): Mention | null {
  const t = p.tokens;
  const opens = j === 0 || p.sentenceOf[j - 1] !== p.sentenceOf[j] || (t[j - 1].text === '(' && (j === 1 || p.sentenceOf[j - 2] !== p.sentenceOf[j]));
  if (!opens) return null;
  const e = nameEnd(s, 0);
  const subject = SUBJECT_PARTICLES.startingAt(s, e);
  if (e < 2 || !subject || subject.end !== count(s)) return null;
  for (let i = 0; i < e; i++) if (!NAME_SYLLABLES.has(slice(s, i, i + 1))) return null;
  let copula = j + 1;
  while (copula < t.length && p.sentenceOf[copula] === p.sentenceOf[j] && !(isBurmeseToken(t[copula]) && COPULA.startingAt(syllablesOf(p.text, t[copula]), 0))) copula++;
  const role = copula < t.length && p.sentenceOf[copula] === p.sentenceOf[j] ? roleText(p, j + 1, copula, isTitle) : null;
  if (!role) return null;
  const end = s.bounds[e];
  const name = p.text.slice(t[j].start, end);
  return { paragraph: p, name, owner: name, form: name, span: { paragraph: p.index, start: t[j].start, end }, first: j, last: j, nameToken: j, titles: [], honorificForm: null, predicateRole: role };
}

/**
 * The forms a person may also go by alone, each with its owner: the name
 * without its kept prefix (ကိုနေမျိုးအောင် → နေမျိုးအောင်), and the first
 * and last word of a foreign name written in two ("ပရာချာ ဝုန်ဆကူး" →
 * ပရာချာ). A form two people could go by names neither.
 */
function shortForms(found: Mention[]): Map<string, string> {
  const owners = new Map<string, string | null>();
  const names = new Set(found.map((m) => m.name));
  for (const name of names) owners.set(name, name);
  const offer = (form: string, owner: string) => {
    if (!names.has(form)) owners.set(form, owners.has(form) && owners.get(form) !== owner ? null : owner);
  };
  for (const name of names) {
    const space = name.indexOf(' ');
    if (space > 0) {
      offer(name.slice(0, space), name);
      offer(name.slice(name.lastIndexOf(' ') + 1), name);
    }
    // A Burmese name is never shortened to one syllable (facts-spec.md): ကိုရဲ is not ရဲ.
    const s: Syllables = { text: name, bounds: syllableBounds(name) };
    const prefix = KEPT_PREFIXES.startingAt(s, 0);
    if (prefix && count(s) - prefix.end >= 2) offer(slice(s, prefix.end, count(s)), name);
  }
  const known = new Map<string, string>();
  for (const [form, owner] of owners) if (owner) known.set(form, owner);
  return known;
}

const syllableCount = (text: string): number => syllableBounds(text).length - 1;

/** Known names (and short forms) standing bare at the start of a word, followed by a particle, a verb, a space or punctuation. */
function bareMentions(p: AnalysedParagraph, owners: Map<string, string>, found: Mention[]): Mention[] {
  const t = p.tokens;
  const forms = [...owners.keys()].sort((a, b) => b.length - a.length);
  const covered = found.filter((m) => m.span.paragraph === p.index);
  const out: Mention[] = [];
  for (let j = 0; j < t.length; j++) {
    if (!isBurmeseToken(t[j]) || covered.some((m) => m.span.start <= t[j].start && t[j].start < m.span.end)) continue;
    for (const form of forms) {
      if (!p.text.startsWith(form, t[j].start)) continue;
      const end = t[j].start + form.length;
      const last = lastToken(p, j, end);
      if (last < 0) continue;
      out.push({
        paragraph: p, name: form, owner: owners.get(form)!, form, span: { paragraph: p.index, start: t[j].start, end },
        first: j, last, nameToken: j, titles: [], honorificForm: null, predicateRole: null,
      });
      j = last;
      break;
    }
  }
  return out;
}

/** The token a bare name ending at `end` ends in, if the name ends there (at a syllable followed by a particle, a verb or the word's end); else -1. */
function lastToken(p: AnalysedParagraph, j: number, end: number): number {
  const t = p.tokens;
  let k = j;
  while (k < t.length && t[k].end < end) k++;
  if (k === t.length || !isBurmeseToken(t[k])) return -1;
  if (t[k].end === end) return k;
  const s = syllablesOf(p.text, t[k]);
  const at = s.bounds.indexOf(end);
  return at > 0 && stopsAt(s, at) ? k : -1;
}

/** Tokens holding a name, by paragraph: a role never runs across another person's name. */
function takenTokens(mentions: Mention[]): Map<number, Set<number>> {
  const taken = new Map<number, Set<number>>();
  for (const m of mentions) {
    const set = taken.get(m.span.paragraph) ?? new Set<number>();
    for (let k = m.first; k <= m.last; k++) set.add(k);
    taken.set(m.span.paragraph, set);
  }
  return taken;
}

/** The title of a mention: its first rank, else its first title. */
function chosenTitle(m: Mention): Title | null {
  return m.titles.find((x) => x.kind === 'rank') ?? m.titles[0] ?? null;
}

/**
 * The role at a mention: the description before the name and its titles;
 * an office with a complement is a role ("ရန်ကုန်ရှိ တရုတ်သံအမတ်ကြီး"), an
 * office alone or with a nationality is only a title ("သမ္မတ", "ထိုင်းဝန်ကြီးချုပ်").
 */
function roleOf(m: Mention, taken: Set<number>): string | null {
  if (m.predicateRole) return m.predicateRole;
  const p = m.paragraph;
  const title = chosenTitle(m);
  const chainStart = m.titles.length > 0 ? m.titles[0].token : m.first;
  const from = phraseBefore(p, chainStart, (k) => taken.has(k) && (k < m.first || k > m.last));
  if (title?.kind === 'office' && title.token < m.nameToken && m.titles[m.titles.length - 1] === title) {
    const s = syllablesOf(p.text, p.tokens[title.token]);
    const joined = slice(s, 0, count(s) - syllableCount(title.text));
    if (from === title.token && (joined === '' || NATIONALITIES.get(joined))) return null;
    return p.text.slice(p.tokens[from].start, p.tokens[title.token].end);
  }
  const end = title && title.token < m.nameToken ? title.token : chainStart;
  return roleText(p, from, end, isTitle);
}

function toPerson(name: string, mentions: Mention[], taken: Map<number, Set<number>>): Person {
  const aliases: string[] = [];
  const alias = (form: string | null) => {
    if (form && form !== name && !aliases.includes(form)) aliases.push(form);
  };
  for (const m of mentions) {
    alias(m.form);
    alias(m.honorificForm);
  }
  const titled = mentions.find((m) => m.titles.length > 0);
  let role: string | null = null;
  for (const m of mentions) if ((role = roleOf(m, taken.get(m.span.paragraph)!))) break;
  return {
    name,
    title: titled ? chosenTitle(titled)!.text : null,
    aliases,
    mentions: mentions.length,
    role,
    spans: mentions.map((m) => m.span),
  };
}
