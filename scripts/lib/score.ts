/**
 * Scores extracted facts against a gold file, as ../shared/docs/facts-spec.md
 * ("Gold files") and ../shared/dev/README.md say: people match by name once
 * ranks, offices, U and Daw are removed, in English or Burmese script (case
 * and punctuation ignored);
 * figures match by value, and by kind too for money and percent; optional
 * figures are neither credit nor error; a second entry for the same gold
 * item is an error; an error that lands on a trap is reported as such.
 * Self-contained (no core imports) so it judges the extractor from outside;
 * used by scripts/eval.ts and by the fixture tests.
 */

export interface GoldPerson {
  name: string;
  aliases?: string[];
}
export interface GoldFigure {
  text: string;
  kind: string;
  value: number;
}
export interface GoldTrap {
  text: string;
  why: string;
}
export interface Gold {
  people: GoldPerson[];
  figures: { required: GoldFigure[]; optional: GoldFigure[]; traps: GoldTrap[] };
}
export interface ExtractedForScoring {
  people: { name: string }[];
  figures: { text: string; kind: string; value: number }[];
}

export interface Tally {
  found: number;
  errors: number;
  missed: number;
  /** Gold items not found (names, or figure texts). */
  misses: string[];
  /** Extracted items that count as errors, with why ("duplicate", "trap: year"). */
  falseHits: string[];
}

export interface ArticleScore {
  people: Tally;
  figures: Tally;
  /** Errors that are gold traps: the worst kind. */
  trapHits: string[];
}

/** The spec's titles and honorifics removed before names are compared (longest first). */
const STRIPPED = [
  'vice senior general', 'senior general', 'vice snr gen', 'snr gen', 'lieutenant general', 'major general',
  'brigadier general', 'lieutenant colonel', 'rear admiral', 'vice admiral', 'air marshal', 'vice president',
  'prime minister', 'deputy minister', 'chief minister', 'lt gen', 'maj gen', 'brig gen', 'lt col', 'general',
  'gen', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'lieutenant', 'lt', 'cpl', 'pvt', 'admiral',
  'president', 'minister', 'ambassador', 'chairman', 'speaker', 'dr', 'prof', 'mr', 'mrs', 'ms', 'u', 'daw',
  // The same in Burmese script (tests/fixtures/README.md): ranks, offices, forms of address, ဦး and ဒေါ်.
  ...`ဒုတိယဗိုလ်ချုပ်မှူးကြီး ဗိုလ်ချုပ်မှူးကြီး ဒုတိယဗိုလ်ချုပ်ကြီး ဗိုလ်ချုပ်ကြီး ဗိုလ်မှူးချုပ် ဒုဗိုလ်မှူးကြီး ဗိုလ်မှူးကြီး
    ဗိုလ်ချုပ် ဗိုလ်မှူး ဗိုလ်ကြီး ဒုတိယသမ္မတ ဒုသမ္မတ သမ္မတ ဒုတိယဝန်ကြီးချုပ် ဒုဝန်ကြီးချုပ် ဝန်ကြီးချုပ် ဒုတိယဝန်ကြီး
    ဒုဝန်ကြီး နိုင်ငံခြားရေးဝန်ကြီး ဝန်ကြီး ဒုဥက္ကဋ္ဌ ဥက္ကဋ္ဌ သံအမတ်ကြီး စစ်ကောင်စီခေါင်းဆောင် ဒေါက်တာ ပါမောက္ခ ဆရာတော် ဦး ဒေါ်`.split(/\s+/),
];

/** A title written in Burmese script, which may be joined to the name. */
const BURMESE = /[\u1000-\u109F]/;

/**
 * Whether a name follows a leading title: after a space, or, for a Burmese
 * title joined to the name ("ဦးသိန်းစိုး"), from a letter that starts a
 * syllable (not a mark; not a consonant closed by asat U+103A, maybe after
 * the dot below U+1037).
 */
function nameFollows(title: string, rest: string): boolean {
  return /^ \S/.test(rest) || (BURMESE.test(title) && /^\p{L}(?!\u1037?\u103A)/u.test(rest));
}

/** Lower case, punctuation and the spec's leading titles removed. Marks stay: Burmese vowels, medials and tone marks are marks. */
export function personKey(name: string): string {
  let key = name.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of STRIPPED) {
      const rest = key.slice(title.length);
      if (key.startsWith(title) && nameFollows(title, rest)) {
        key = rest.trimStart();
        changed = true;
      }
    }
  }
  return key;
}

function figureMatches(gold: GoldFigure, got: { kind: string; value: number }): boolean {
  const strictKind = (k: string) => k === 'money' || k === 'percent';
  if ((strictKind(gold.kind) || strictKind(got.kind)) && gold.kind !== got.kind) return false;
  return Math.abs(gold.value - got.value) <= Math.abs(gold.value) * 1e-9;
}

function normaliseText(text: string): string {
  return text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/** A digit in ASCII or Burmese (၀–၉), as regular-expression source: traps of the Burmese edition are written in Burmese digits. */
const DIGIT = '[0-9\\u1040-\\u1049]';

function trapFor(traps: GoldTrap[], text: string): GoldTrap | undefined {
  const t = normaliseText(text);
  const digits = t.match(new RegExp(`${DIGIT}(?:${DIGIT}|[,.])*`))?.[0];
  const byText = traps.find((trap) => {
    const g = normaliseText(trap.text);
    return g.includes(t) || t.includes(g);
  });
  if (byText || digits === undefined) return byText;
  const number = new RegExp(`(^|(?!${DIGIT}).)${digits.replace(/[.]/g, '\\.')}($|(?!${DIGIT}).)`);
  return traps.find((trap) => number.test(normaliseText(trap.text)));
}

export function scoreArticle(gold: Gold, got: ExtractedForScoring): ArticleScore {
  const people: Tally = { found: 0, errors: 0, missed: 0, misses: [], falseHits: [] };
  const goldKeys = gold.people.map((p) => new Set([p.name, ...(p.aliases ?? [])].map(personKey)));
  const matchedPeople = new Set<number>();
  for (const person of got.people) {
    const g = goldKeys.findIndex((keys) => keys.has(personKey(person.name)));
    if (g >= 0 && !matchedPeople.has(g)) {
      matchedPeople.add(g);
      people.found++;
    } else {
      people.errors++;
      people.falseHits.push(g >= 0 ? `${person.name} (duplicate)` : person.name);
    }
  }
  gold.people.forEach((p, i) => {
    if (!matchedPeople.has(i)) people.misses.push(p.name);
  });
  people.missed = people.misses.length;

  const figures: Tally = { found: 0, errors: 0, missed: 0, misses: [], falseHits: [] };
  const trapHits: string[] = [];
  const matched = new Set<number>();
  for (const f of got.figures) {
    const r = gold.figures.required.findIndex((g) => figureMatches(g, f));
    if (r >= 0 && !matched.has(r)) {
      matched.add(r);
      figures.found++;
      continue;
    }
    if (r < 0 && gold.figures.optional.some((g) => figureMatches(g, f))) continue;
    figures.errors++;
    const trap = r < 0 ? trapFor(gold.figures.traps, f.text) : undefined;
    if (trap) trapHits.push(`${f.text} (trap: ${trap.why})`);
    figures.falseHits.push(r >= 0 ? `${f.text} (duplicate)` : trap ? `${f.text} (trap: ${trap.why})` : `${f.text} [${f.kind} ${f.value}]`);
  }
  gold.figures.required.forEach((g, i) => {
    if (!matched.has(i)) figures.misses.push(`${g.text} [${g.kind} ${g.value}]`);
  });
  figures.missed = figures.misses.length;
  return { people, figures, trapHits };
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

export function rates(t: Pick<Tally, 'found' | 'errors' | 'missed'>): Rates {
  const precision = t.found + t.errors === 0 ? 1 : t.found / (t.found + t.errors);
  const recall = t.found + t.missed === 0 ? 1 : t.found / (t.found + t.missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Sums tallies (micro-average over articles). */
export function total(tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, t) => ({ found: sum.found + t.found, errors: sum.errors + t.errors, missed: sum.missed + t.missed, misses: [], falseHits: [] }),
    { found: 0, errors: 0, missed: 0, misses: [], falseHits: [] },
  );
}
