import { SyllableTable, words, type Syllables } from './syllables';

/**
 * Burmese particles and postpositions: the grammar words written joined to
 * the noun before them. They end a name ("ဇော်မင်းထွန်း|က"), and after a
 * figure they are not part of it ("ရာခိုင်နှုန်း|ခန့်|မှာ"). Source: the
 * particles of written (literary) and spoken Burmese as grammars list them
 * (case markers, plural, focus and additive particles, sentence and clause
 * endings), with the forms the news writes joined.
 */

/**
 * Particles that end a name: case markers (က, ကို, ၏ and ရဲ့, နှင့် and နဲ့,
 * မှ, မှာ, တွင်, ၌, သို့, အား, ထံ, ဖြင့်), the plural တို့ and များ, focus
 * and additive particles (လည်း, ပင်, ပဲ, တောင်, ကော; the contrastive မူ only
 * after a case marker, "ကမူ", as Karen names end in Moo), the quotative ဟု,
 * copula ပါ, the subject and sentence ending သည်, and "for" (အတွက်).
 */
export const NAME_ENDINGS = new SyllableTable(words(`
  က ကို ၏ ရဲ့ နှင့် နဲ့ မှ မှာ တွင် ၌ သို့ အား ထံ ဖြင့် တို့ များ လည်း ပင် ပဲ တောင် ကော ဟု ပါ သည်
  ကမူ ကိုမူ မှာမူ တွင်မူ အတွက် နှင့်အတူ ကဲ့သို့ လို ဆိုရင် ကိုယ်တိုင်
`));

/**
 * Clause endings, written joined to the verb: "that" (ကြောင်း), "and then"
 * (ပြီး, ၍, ကာ), "while" (လျက်), "as" (ရာ), "if" and "per" (လျှင်, ပါက),
 * "because" (ကြောင့်, သဖြင့်), "although" (သော်လည်း), sentence endings
 * (သည်, ပြီ, spoken တယ်, မယ်; not the negative ဘူး, also a bottle) and the
 * quotative ဟု. A word ending in one is a verb, never a noun a figure counts
 * nor part of a role.
 */
export const CLAUSE_ENDINGS = new SyllableTable(words('ကြောင်း ပြီး ၍ ကာ လျက် ရာ သည် ပြီ သော်လည်း လျှင် ပါက ကြောင့် သဖြင့် တယ် မယ် ဟု တော့'));

/** Nouns that end in a particle's syllable: trader, refugee, passenger, vendor (-သည်), affairs, place, thing, teacher (-ရာ). */
export const PARTICLE_LIKE_NOUNS = new SyllableTable(words('ကုန်သည် ဒုက္ခသည် ခရီးသည် ဈေးသည် ရေးရာ နေရာ အရာ ဆရာ'));

/** Coordinating "and", closing the first of two nouns ("စီမံကိန်းနှင့် ဘဏ္ဍာရေး", planning and finance). */
export const AND = new SyllableTable(words('နှင့် နဲ့'));

/**
 * Words after a number that qualify it and stay outside the figure's text
 * ("ကျည်ဆံ ၃,၀၀၀ ကျော်" is "ကျည်ဆံ ၃,၀၀၀"): over, about, up to, nearly,
 * under, each, worth, only. Facts-spec: "qualifiers ... left out".
 */
export const QUALIFIERS = new SyllableTable(words('ကျော် ခန့် လောက် အထိ အထက် နီးပါး အောက် စီ ဖိုး သာ ကြာ'));

/** Whether syllables from k to the end of the token are only qualifiers and particles ("ကျော်ကိုလည်း", "ခန့်မှာ"). */
export function onlyParticlesFrom(s: Syllables, k: number): boolean {
  const n = s.bounds.length - 1;
  while (k < n) {
    const m = QUALIFIERS.startingAt(s, k) ?? NAME_ENDINGS.startingAt(s, k);
    if (!m) return false;
    k = m.end;
  }
  return true;
}
