import { describe, expect, it } from 'vitest';
import { annotateFact } from '@/core/notebook/merge';
import { EMPTY_QUERY, facetsOf, groupFacts, selectFacts, type NotebookQuery } from '@/core/notebook/query';
import { articleRecord, factRecords } from '@/core/notebook/records';
import type { Notebook } from '@/core/notebook/types';
import { BURMESE_REQUEST, ENGLISH_REQUEST } from './sample';

const MONDAY = new Date('2025-01-13T08:00:00Z');
const TUESDAY = new Date('2025-01-14T08:00:00Z');
const english = articleRecord(ENGLISH_REQUEST, MONDAY);
const burmese = articleRecord(BURMESE_REQUEST, TUESDAY);
const [money, clinics, general, nurse] = factRecords(ENGLISH_REQUEST, english.url, MONDAY);
const [rice] = factRecords(BURMESE_REQUEST, burmese.url, TUESDAY);
const NOTEBOOK: Notebook = {
  articles: [english, burmese],
  facts: [annotateFact(money, 'Compare with last year', ['Budget'], MONDAY), clinics, general, nurse, annotateFact(rice, '', ['prices'], TUESDAY)],
};
const texts = (query: Partial<NotebookQuery>) => selectFacts(NOTEBOOK, { ...EMPTY_QUERY, ...query }).map((f) => f.text);

describe('finding kept facts', () => {
  it('searches fact text, sentences, notes, tags and article titles, every word, any case', () => {
    expect(texts({ search: 'last YEAR' })).toEqual(['4.5 billion kyats']);
    expect(texts({ search: 'nurse magwe' })).toEqual(['12 clinics', 'Khin Mar Lwin']);
    expect(texts({ search: 'budget' })).toEqual(['4.5 billion kyats']);
    expect(texts({ search: 'ဆန်' })).toEqual(['ကျပ် ၁၃၅,၀၀၀']);
    expect(texts({ search: 'nothing like this' })).toEqual([]);
  });

  it('filters by kind, person, tag, edition and date range', () => {
    expect(texts({ kind: 'money', sort: 'kept-oldest' })).toEqual(['4.5 billion kyats', 'ကျပ် ၁၃၅,၀၀၀']);
    expect(texts({ person: 'Khin Mar Lwin', sort: 'kept-oldest' })).toEqual(['12 clinics', 'Khin Mar Lwin']);
    expect(texts({ tag: 'budget' })).toEqual(['4.5 billion kyats']);
    expect(texts({ edition: 'my' })).toEqual(['ကျပ် ၁၃၅,၀၀၀']);
    expect(texts({ from: '2024-04-01' })).toEqual(['ကျပ် ၁၃၅,၀၀၀']);
    expect(texts({ to: '2024-03-31', kind: 'person', sort: 'kept-oldest' })).toEqual(['Min Aung Hlaing', 'Khin Mar Lwin']);
  });

  it('sorts by time kept, publication date, value or text', () => {
    expect(texts({ sort: 'kept-newest' })[0]).toBe('ကျပ် ၁၃၅,၀၀၀');
    expect(texts({ sort: 'published-oldest' })).toEqual(['4.5 billion kyats', '12 clinics', 'Min Aung Hlaing', 'Khin Mar Lwin', 'ကျပ် ၁၃၅,၀၀၀']);
    expect(texts({ sort: 'value-largest' })).toEqual(['4.5 billion kyats', 'ကျပ် ၁၃၅,၀၀၀', '12 clinics', 'Min Aung Hlaing', 'Khin Mar Lwin']);
  });

  it('groups by person (every fact naming them) and by article', () => {
    const facts = selectFacts(NOTEBOOK, { ...EMPTY_QUERY, sort: 'kept-oldest' });
    const byPerson = groupFacts(facts, 'person', NOTEBOOK).map((g) => [g.key, g.facts.map((f) => f.text)]);
    expect(byPerson).toEqual([
      ['Khin Mar Lwin', ['12 clinics', 'Khin Mar Lwin']],
      ['Min Aung Hlaing', ['Min Aung Hlaing']],
      ['', ['4.5 billion kyats', 'ကျပ် ၁၃၅,၀၀၀']],
    ]);
    const byArticle = groupFacts(facts, 'article', NOTEBOOK);
    expect(byArticle.map((g) => [g.article?.title, g.facts.length])).toEqual([
      [english.title, 4],
      [burmese.title, 1],
    ]);
  });

  it('offers every person and tag as a filter', () => {
    expect(facetsOf(NOTEBOOK)).toEqual({ people: ['Khin Mar Lwin', 'Min Aung Hlaing'], tags: ['Budget', 'prices'] });
  });
});
