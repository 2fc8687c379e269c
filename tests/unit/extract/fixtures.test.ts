import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/core/extract';
import { parseHtml } from '@/node/parse-html';
import { forScoring, scoreArticle, scoredErrors, type Gold, type ScoredError } from '@/scripts/lib/score';

/**
 * Every fixture page whose expected.json lists people and figures, scored the
 * way ../shared/docs/facts-spec.md scores real articles (every person found
 * once and nobody else, every required figure, no trap, nothing outside
 * required and optional), and then every label the fixture states: each
 * person's name, title, aliases and role, each figure's text, kind and unit,
 * compared as tests/fixtures/README.md ("Comparing labels") says.
 */

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** The seed copies fold "three Yak-130 trainer aircrafts" (optional, first) and "three Russian naval ships" (required) into one value; the panel shows the first. */
const FOLDED_THREE = { 'unit of three Russian naval ships': 'the same value folds into the earlier count "three Yak-130 trainer aircrafts", whose unit is shown' };
/**
 * Known gaps: errors the rules cannot yet reach without special-casing one
 * page, each keyed as scoredErrors keys it ("role of X", "person missed: X")
 * with the reason. A gap that no longer happens fails the test until it is
 * removed from here.
 */
const KNOWN_GAPS: Record<string, Record<string, string>> = {
  'irrawaddy--west-myanmar-policy-commentary': {
    'person missed: Confucius': 'a lone name with no title, honorific, role noun or verb of saying next to it: only a list of famous names would know it',
  },
  'irrawaddy--shwe-kokko-trafficked-families-pay-ransoms': {
    'aliases of She Zhijiang': 'the family name "She" alone opens a sentence, where it reads as the pronoun',
  },
  'irrawaddy--my-karen-doctor-mobile-clinics-interview': {
    'role of စောလှထွန်း': 'what a person does, said by the verb after a Burmese name (rule 2 of Label conventions), is not read: only the phrase before the name',
    'role of မန်းသိန်းဇော်': 'what a person does, said by the verb after a Burmese name (rule 2 of Label conventions), is not read: only the phrase before the name',
    'role of စိုင်းဝင်းထွဋ်': 'the spoken က meaning "from" after a place ("ရှမ်းပြည်နယ်က") reads as the subject marker that ends the phrase before the name',
  },
  'irrawaddy--my-student-activist-sentenced-obo': {
    'text of သေဒဏ် ချမှတ်ခံရသူ ၁၅၀': 'a counted noun written in two words (an object before the agent noun "ချမှတ်ခံရသူ"): the reader takes the one word before the number',
    'unit of သေဒဏ် ချမှတ်ခံရသူ ၁၅၀': 'a counted noun written in two words (an object before the agent noun "ချမှတ်ခံရသူ"): the reader takes the one word before the number',
  },
  'irrawaddy--matriculation-exam-results-universities': {
    'text of two': '"a mother of two" is read as no figure (the Thai FM page labels "a mother of four" so), and value 2 then shows the later "two years"',
    'kind of two': 'the same: the duration "two years" is shown for value 2',
    'unit of two': 'the same: the duration "two years" is shown for value 2',
  },
  'irrawaddy--old-theme-mon-karen-parties-2020': {
    'unit of four': '"The two Mon parties … won four between them": the count is the object of a verb whose subject is the nearer count; telling them apart needs the clause structure',
  },
  'irrawaddy--russia-visit-2017': FOLDED_THREE,
  'irrawaddy--extra-ads': FOLDED_THREE,
  'irrawaddy--late-popups': FOLDED_THREE,
  'irrawaddy--old-theme': FOLDED_THREE,
  'irrawaddy--renamed-blocks': FOLDED_THREE,
  'irrawaddy--sidebar-first': FOLDED_THREE,
};

const cases = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')) && existsSync(join(FIXTURES, name, 'page.html')))
  .map((name) => ({ name, expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) }))
  .filter(({ expected }) => Array.isArray(expected.people) && expected.figures);

/** The errors of one class that are not listed as known gaps, and the listed gaps of that class that did not happen. */
function unexpected(errors: ScoredError[], gaps: Record<string, string>, inClass: (key: string) => boolean): { new: string[]; fixed: string[] } {
  const keys = new Set(errors.map((e) => e.key));
  return {
    new: errors.filter((e) => inClass(e.key) && !(e.key in gaps)).map((e) => e.detail),
    fixed: Object.keys(gaps).filter((key) => inClass(key) && !keys.has(key)),
  };
}

const isPerson = (key: string) => key.startsWith('person ');
const isFigure = (key: string) => key.startsWith('figure ');
const isLabel = (key: string) => !isPerson(key) && !isFigure(key);

describe.each(cases)('$name', ({ name, expected }) => {
  const { facts, body } = extractArticle(parseHtml(readFileSync(join(FIXTURES, name, 'page.html'), 'utf8'), expected.url), expected.url);
  const errors = scoredErrors(scoreArticle(expected as Gold, forScoring(facts, body?.paragraphs.map((p) => p.text) ?? [])));
  const gaps = KNOWN_GAPS[name] ?? {};

  it('has the expected metadata', () => {
    for (const key of ['isArticle', 'title', 'byline', 'published'] as const) {
      if (key in expected) expect(facts[key], key).toEqual(expected[key]);
    }
  });

  it('finds every person once and nobody else', () => {
    expect(unexpected(errors, gaps, isPerson)).toEqual({ new: [], fixed: [] });
  });

  it('finds every required figure, no trap and nothing outside required and optional', () => {
    expect(unexpected(errors, gaps, isFigure)).toEqual({ new: [], fixed: [] });
  });

  it('gives every person and figure it finds the labels of the fixture', () => {
    expect(unexpected(errors, gaps, isLabel)).toEqual({ new: [], fixed: [] });
  });
});

it('lists known gaps only for fixtures that exist', () => {
  expect(Object.keys(KNOWN_GAPS).filter((name) => !cases.some((c) => c.name === name))).toEqual([]);
});
