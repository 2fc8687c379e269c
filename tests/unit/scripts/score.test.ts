import { describe, expect, it } from 'vitest';
import { classCounts, describeDifference, differenceKey, personKey, rates, sameLabel, scoreArticle, type Gold } from '@/scripts/lib/score';

// Invented gold.
const GOLD: Gold = {
  people: [{ name: 'Kyaw Swar Htet', aliases: ['Lt-Gen Kyaw Swar Htet'] }, { name: 'Pavel Orlov', aliases: ['Orlov'] }],
  figures: {
    required: [
      { text: 'US$3 million', kind: 'money', value: 3_000_000 },
      { text: '12 percent', kind: 'percent', value: 12 },
      { text: '40 homes', kind: 'count', value: 40 },
    ],
    optional: [{ text: 'two countries', kind: 'count', value: 2 }],
    traps: [
      { text: '2021', why: 'year' },
      { text: 'Division 55', why: 'identifier' },
    ],
  },
};
const fig = (text: string, kind: string, value: number) => ({ text, kind, value, unit: null as string | null });

describe('personKey', () => {
  it('drops ranks, offices, U and Daw, case and punctuation', () => {
    expect(personKey('Lt. Gen. Kyaw Swar Htet’s')).toBe('kyaw swar htet');
    expect(personKey('Daw Nwe Ni Win')).toBe('nwe ni win');
    expect(personKey('Senior General Min Aung Hlaing')).toBe('min aung hlaing');
    expect(personKey('Ko Ye')).toBe('ko ye');
  });

  it('drops Burmese ranks, offices, ဦး and ဒေါ်, written joined to the name or apart, and keeps the prefixes that stay', () => {
    expect(personKey('ဦးသိန်းစိုး')).toBe('သိန်းစိုး');
    expect(personKey('ဒေါ်ခင်ခင်အေး')).toBe('ခင်ခင်အေး');
    expect(personKey('ဗိုလ်ချုပ်မှူးကြီး မင်းအောင်လှိုင်')).toBe('မင်းအောင်လှိုင်');
    expect(personKey('ဗိုလ်ချုပ်ဇော်မင်းထွန်း')).toBe('ဇော်မင်းထွန်း');
    expect(personKey('ဆရာတော် ဦးကုသလ')).toBe('ကုသလ');
    expect(personKey('ဥက္ကဋ္ဌ ဦးခင်ရီ')).toBe('ခင်ရီ');
    expect(personKey('ကိုရဲ')).toBe('ကိုရဲ');
    expect(personKey('မဖြူဖြူသင်း')).toBe('မဖြူဖြူသင်း');
  });
});

describe('scoreArticle', () => {
  it('credits matches by name and by value (and kind for money and percent)', () => {
    const s = scoreArticle(GOLD, {
      people: [{ name: 'Kyaw Swar Htet' }, { name: 'Pavel Orlov' }],
      figures: [fig('US$3 million', 'money', 3e6), fig('12 percent', 'percent', 12), fig('40 houses', 'count', 40)],
    });
    expect([s.people.found, s.people.errors, s.people.missed, s.figures.found, s.figures.errors, s.figures.missed]).toEqual([2, 0, 0, 3, 0, 0]);
  });

  it('counts a second entry for the same person or figure as an error', () => {
    const s = scoreArticle(GOLD, {
      people: [{ name: 'Pavel Orlov' }, { name: 'Orlov' }],
      figures: [fig('40 homes', 'count', 40), fig('40 people', 'count', 40)],
    });
    expect(s.people.falseHits).toEqual(['Orlov (duplicate)']);
    expect(s.figures.falseHits).toEqual(['40 people (duplicate)']);
  });

  it('neither credits nor blames optional figures, and flags traps', () => {
    const s = scoreArticle(GOLD, { people: [], figures: [fig('two countries', 'count', 2), fig('2021', 'count', 2021), fig('3 million', 'count', 3e6)] });
    expect(s.figures.found).toBe(0);
    expect(s.figures.errors).toBe(2);
    expect(s.trapHits).toEqual(['2021 (trap: year)']);
    expect(s.figures.misses).toHaveLength(3);
  });

  it('flags a trap written in Burmese digits', () => {
    const gold: Gold = { people: [], figures: { required: [], optional: [], traps: [{ text: 'ခြေလျင်တပ်ရင်း ၃၃', why: 'identifier' }] } };
    const s = scoreArticle(gold, { people: [], figures: [fig('၃၃ ခု', 'count', 33), fig('၃၃၀ ခု', 'count', 330)] });
    expect(s.trapHits).toEqual(['၃၃ ခု (trap: identifier)']);
  });

  it('computes precision, recall and F1', () => {
    expect(rates({ found: 3, errors: 1, missed: 1 })).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(rates({ found: 0, errors: 0, missed: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('labels', () => {
  const gold: Gold = {
    people: [{ name: 'Kyaw Swar Htet', title: 'Lt-Gen', aliases: ['Lt-Gen Kyaw Swar Htet'], role: 'junta spokesman' }],
    figures: {
      required: [{ text: '40 homes', kind: 'count', value: 40, unit: 'homes' }],
      optional: [{ text: 'two years', kind: 'duration', value: 2, unit: 'years' }],
      traps: [],
    },
  };

  it('ignores a leading article, the case of the first letter and curly apostrophes', () => {
    expect(sameLabel('The junta’s spokesman', "junta's spokesman")).toBe(true);
    expect(sameLabel('a spokesman', 'spokesman')).toBe(true);
    expect(sameLabel(null, undefined)).toBe(true);
    expect(sameLabel('junta spokesman', 'spokesman')).toBe(false);
    expect(sameLabel('Judge', 'judge of the court')).toBe(false);
  });

  it('lists every label of a matched item that differs, keyed by field and gold item', () => {
    const s = scoreArticle(gold, {
      people: [{ name: 'Kyaw Swar Htet', title: 'Lt-Gen', aliases: ['Lt-Gen Kyaw Swar Htet'], role: 'spokesman' }],
      figures: [fig('40 houses', 'count', 40), fig('two years', 'count', 2)],
    });
    expect(s.labels.map(differenceKey)).toEqual(['role of Kyaw Swar Htet', 'text of 40 homes', 'unit of 40 homes', 'kind of two years', 'unit of two years']);
    expect(describeDifference(s.labels[0])).toBe('role of Kyaw Swar Htet: expected "junta spokesman", got "spokesman"');
  });

  it('takes a figure’s text as right when any occurrence folded into it has the gold text', () => {
    const s = scoreArticle(gold, { people: [], figures: [{ ...fig('40 soldiers', 'count', 40), unit: 'homes', texts: ['40 soldiers', '40 homes'] }] });
    expect(s.labels).toEqual([]);
  });

  it('counts errors by class', () => {
    const s = scoreArticle(gold, { people: [{ name: 'Aung Ko' }], figures: [fig('2021', 'count', 2021)] });
    expect(classCounts([s])).toMatchObject({ 'people missed': 1, 'people extra': 1, 'figures missed': 1, 'figures extra': 1, 'roles differing': 0 });
  });
});
