/**
 * Scores extracted facts against a gold file, as ../shared/docs/facts-spec.md
 * ("Gold files") and ../shared/dev/README.md say: people match by name once
 * ranks, offices, U and Daw are removed, in English or Burmese script (case
 * and punctuation ignored);
 * figures match by value, and by kind too for money and percent; optional
 * figures are neither credit nor error; a second entry for the same gold
 * item is an error; an error that lands on a trap is reported as such.
 * Then every label of a matched item that the gold file states (a person's
 * name, title, aliases and role; a figure's text, kind and unit) is compared
 * by sameLabel, and each one that differs is listed.
 * Self-contained (no core imports) so it judges the extractor from outside;
 * used by scripts/eval.ts and by the fixture tests.
 */

export interface GoldPerson {
  name: string;
  /** A field left out of a gold file is not compared (the dev gold has no roles). */
  title?: string | null;
  aliases?: string[];
  role?: string | null;
}
export interface GoldFigure {
  text: string;
  kind: string;
  value: number;
  unit?: string | null;
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
  people: { name: string; title?: string | null; aliases?: string[]; role?: string | null }[];
  /**
   * `texts`: the text of every occurrence folded into the figure, first
   * included. The gold text may be any of them: the gold keeps the first
   * text of a value, but the shared gold sometimes keeps a later required one.
   */
  figures: { text: string; kind: string; value: number; unit?: string | null; texts?: string[] }[];
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

/** The labels compared on a matched person or figure. */
export const LABEL_FIELDS = ['name', 'title', 'aliases', 'role', 'text', 'kind', 'unit'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

/** A label of a matched item that is not the gold one. */
export interface LabelDifference {
  field: LabelField;
  /** The gold item: a person's name or a figure's text. */
  item: string;
  expected: string;
  got: string;
}

export interface ArticleScore {
  people: Tally;
  figures: Tally;
  /** Errors that are gold traps: the worst kind. */
  trapHits: string[];
  /** Labels of matched people and figures that differ from the gold file's. */
  labels: LabelDifference[];
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

/**
 * How two labels are compared (tests/fixtures/README.md, "Comparing labels"):
 * white space collapsed, curly apostrophes and quotes straightened, a leading
 * article ("the", "a", "an") dropped, and the case of the first letter
 * ignored (a role or a figure may open a sentence). Everything else counts.
 */
export function labelKey(label: string | null | undefined): string {
  if (label === null || label === undefined) return '';
  const key = label.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an) (?=\S)/i, '');
  return key.charAt(0).toLowerCase() + key.slice(1);
}

export function sameLabel(a: string | null | undefined, b: string | null | undefined): boolean {
  return labelKey(a) === labelKey(b);
}

const shown = (label: string | null | undefined) => (label === null || label === undefined ? 'null' : JSON.stringify(label));

/** The gold labels (those the gold item states) that the extracted item gets wrong. */
function labelDifferences(item: string, gold: Record<string, unknown>, got: Record<string, unknown>, fields: readonly LabelField[]): LabelDifference[] {
  const out: LabelDifference[] = [];
  for (const field of fields) {
    if (!(field in gold)) continue;
    const g = gold[field];
    const x = got[field];
    if (field === 'aliases') {
      const want = ((g as string[] | undefined) ?? []).map(labelKey).sort();
      const have = ((x as string[] | undefined) ?? []).map(labelKey).sort();
      if (want.join('\n') !== have.join('\n')) {
        out.push({ field, item, expected: JSON.stringify((g as string[]) ?? []), got: JSON.stringify((x as string[]) ?? []) });
      }
    } else if (!sameLabel(g as string | null, x as string | null)) {
      out.push({ field, item, expected: shown(g as string | null), got: shown(x as string | null) });
    }
  }
  return out;
}

/** Extracted facts as the scorer reads them: each figure with the text of every occurrence (`spans` into `paragraphs`). */
export function forScoring<F extends { spans: { paragraph: number; start: number; end: number }[] }>(
  facts: { people: ExtractedForScoring['people']; figures: (ExtractedForScoring['figures'][number] & F)[] },
  paragraphs: readonly string[],
): ExtractedForScoring {
  return {
    people: facts.people,
    figures: facts.figures.map((f) => ({ ...f, texts: f.spans.map((s) => paragraphs[s.paragraph]?.slice(s.start, s.end) ?? '') })),
  };
}

/** A figure's labels against the gold's; its text is right when any occurrence folded into it has the gold text. */
function figureLabelDifferences(gold: GoldFigure, got: ExtractedForScoring['figures'][number]): LabelDifference[] {
  const text = got.texts?.find((t) => sameLabel(t, gold.text)) ?? got.text;
  return labelDifferences(gold.text, { ...gold }, { ...got, text }, ['text', 'kind', 'unit']);
}

/** One line per difference: the key a test lists a known gap under ("role of Win Myint"), then what differs. */
export function describeDifference(d: LabelDifference): string {
  return `${differenceKey(d)}: expected ${d.expected}, got ${d.got}`;
}

export function differenceKey(d: LabelDifference): string {
  return `${d.field} of ${d.item}`;
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
  const labels: LabelDifference[] = [];
  const goldKeys = gold.people.map((p) => new Set([p.name, ...(p.aliases ?? [])].map(personKey)));
  const matchedPeople = new Set<number>();
  for (const person of got.people) {
    const g = goldKeys.findIndex((keys) => keys.has(personKey(person.name)));
    if (g >= 0 && !matchedPeople.has(g)) {
      matchedPeople.add(g);
      people.found++;
      labels.push(...labelDifferences(gold.people[g].name, { ...gold.people[g] }, person, ['name', 'title', 'aliases', 'role']));
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
      labels.push(...figureLabelDifferences(gold.figures.required[r], f));
      continue;
    }
    const optional = r < 0 ? gold.figures.optional.find((g) => figureMatches(g, f)) : undefined;
    if (optional) {
      labels.push(...figureLabelDifferences(optional, f));
      continue;
    }
    figures.errors++;
    const trap = r < 0 ? trapFor(gold.figures.traps, f.text) : undefined;
    if (trap) trapHits.push(`${f.text} (trap: ${trap.why})`);
    figures.falseHits.push(r >= 0 ? `${f.text} (duplicate)` : trap ? `${f.text} (trap: ${trap.why})` : `${f.text} [${f.kind} ${f.value}]`);
  }
  gold.figures.required.forEach((g, i) => {
    if (!matched.has(i)) figures.misses.push(`${g.text} [${g.kind} ${g.value}]`);
  });
  figures.missed = figures.misses.length;
  return { people, figures, trapHits, labels };
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

const PLURAL: Record<LabelField, string> = { name: 'names', title: 'titles', aliases: 'aliases', role: 'roles', text: 'texts', kind: 'kinds', unit: 'units' };

/** How many errors of each class: people and figures missed or extra, traps, and each label that differs. */
export function classCounts(scores: readonly ArticleScore[]): Record<string, number> {
  const counts: Record<string, number> = {
    'people missed': 0,
    'people extra': 0,
    'figures missed': 0,
    'figures extra': 0,
    traps: 0,
  };
  for (const field of LABEL_FIELDS) counts[`${PLURAL[field]} differing`] = 0;
  for (const s of scores) {
    counts['people missed'] += s.people.missed;
    counts['people extra'] += s.people.errors;
    counts['figures missed'] += s.figures.missed;
    counts['figures extra'] += s.figures.errors;
    counts.traps += s.trapHits.length;
    for (const d of s.labels) counts[`${PLURAL[d.field]} differing`]++;
  }
  return counts;
}

/** One error of an article's score: the key a test lists a known gap under, and what it is. */
export interface ScoredError {
  key: string;
  detail: string;
}

/**
 * Every error of a score, one line each: people and figures missed or extra
 * ("person missed: Confucius", "figure extra: 2021 (trap: year)"), then each
 * label that differs ("role of Win Myint").
 */
export function scoredErrors(score: ArticleScore): ScoredError[] {
  const line = (key: string): ScoredError => ({ key, detail: key });
  return [
    ...score.people.misses.map((m) => line(`person missed: ${m}`)),
    ...score.people.falseHits.map((m) => line(`person extra: ${m}`)),
    ...score.figures.misses.map((m) => line(`figure missed: ${m}`)),
    ...score.figures.falseHits.map((m) => line(`figure extra: ${m}`)),
    ...score.labels.map((d) => ({ key: differenceKey(d), detail: describeDifference(d) })),
  ];
}
