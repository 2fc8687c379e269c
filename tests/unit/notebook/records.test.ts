import { describe, expect, it } from 'vitest';
import { articleAddress, articleRecord, factRecords, peopleIn, sentenceAt, splitAuthors } from '@/core/notebook/records';
import { BURMESE_REQUEST, ENGLISH_FACTS, ENGLISH_REQUEST } from './sample';

const NOW = new Date(2025, 0, 15, 10, 30);

describe('the article a fact is filed under', () => {
  it('is the canonical address, without fragment or tracking parameters', () => {
    expect(articleAddress({ url: 'https://www.irrawaddy.com/x.html?utm_source=a&fbclid=b#top', canonical: null })).toBe('https://www.irrawaddy.com/x.html');
    expect(articleAddress({ url: 'https://www.irrawaddy.com/x.html?amp=1', canonical: '/news/burma/x.html' })).toBe('https://www.irrawaddy.com/news/burma/x.html');
    expect(articleAddress({ url: 'https://www.irrawaddy.com/x.html?page=2', canonical: null })).toBe('https://www.irrawaddy.com/x.html?page=2');
  });

  it('never moves to another site because a page says so', () => {
    expect(articleAddress({ url: 'https://www.irrawaddy.com/x.html', canonical: 'https://example.com/elsewhere.html' })).toBe('https://www.irrawaddy.com/x.html');
    expect(articleAddress({ url: 'https://www.irrawaddy.com/x.html', canonical: 'javascript:alert(1)' })).toBe('https://www.irrawaddy.com/x.html');
    expect(articleAddress({ url: 'https://www.irrawaddy.com/x.html', canonical: 'http://[broken' })).toBe('https://www.irrawaddy.com/x.html');
  });
});

describe('authors', () => {
  it('are split at "and", commas and ampersands, each name whole', () => {
    expect(splitAuthors('By Nilar Aye and Ko Htet')).toEqual(['Nilar Aye', 'Ko Htet']);
    expect(splitAuthors('Nan Lwin, Kyaw Hsan Hlaing & Daw Su')).toEqual(['Nan Lwin', 'Kyaw Hsan Hlaing', 'Daw Su']);
    expect(splitAuthors('The Irrawaddy')).toEqual(['The Irrawaddy']);
    expect(splitAuthors('Andrew Selth')).toEqual(['Andrew Selth']);
    expect(splitAuthors(null)).toEqual([]);
  });
});

describe('sentences and people of a fact', () => {
  it('finds the sentence around an offset', () => {
    expect(sentenceAt(ENGLISH_REQUEST.paragraphs[0], 96)).toBe('Snr-Gen Min Aung Hlaing approved the plan, officials said.');
    expect(sentenceAt(ENGLISH_REQUEST.paragraphs[0], 0)).toMatch(/^The regional government/);
  });

  it('names a person by any form the article uses, never inside a longer word', () => {
    const people = ENGLISH_FACTS.people;
    expect(peopleIn('Daw Khin Mar Lwin spoke.', people)).toEqual(['Khin Mar Lwin']);
    expect(peopleIn('Min Aung Hlainger is no one.', people)).toEqual([]);
    expect(peopleIn('No one is named here.', people)).toEqual([]);
  });
});

describe('records built from the panel', () => {
  it('cite the article: address, authors, date, edition, section, publication, day read', () => {
    expect(articleRecord(ENGLISH_REQUEST, NOW)).toEqual({
      url: 'https://www.irrawaddy.com/news/burma/invented-clinics.html',
      title: 'Regime Promises Clinics, “Again”, in Magwe',
      authors: ['Nilar Aye', 'Ko Htet'],
      published: '2024-03-09',
      edition: 'en',
      section: 'Burma',
      publication: 'The Irrawaddy',
      accessed: '2025-01-15',
    });
    const burmese = articleRecord({ ...BURMESE_REQUEST, source: { ...BURMESE_REQUEST.source, siteName: null } }, NOW);
    expect(burmese.edition).toBe('my');
    expect(burmese.publication).toBe('The Irrawaddy');
  });

  it('keep every fact, or only those asked for, each with its sentence and a link to it', () => {
    const url = 'https://www.irrawaddy.com/news/burma/invented-clinics.html';
    const all = factRecords(ENGLISH_REQUEST, url, NOW);
    expect(all.map((f) => f.key)).toEqual(['figure:4.5 billion kyats', 'figure:12 clinics', 'person:Min Aung Hlaing', 'person:Khin Mar Lwin']);
    const [money, , general] = all;
    expect(money).toEqual({
      id: `${url} figure:4.5 billion kyats`,
      articleUrl: url,
      key: 'figure:4.5 billion kyats',
      kind: 'money',
      text: '4.5 billion kyats',
      value: 4.5e9,
      unit: 'MMK',
      title: null,
      role: null,
      people: [],
      order: 0,
      sentence: 'The regional government said on Monday it would spend 4.5 billion kyats on new clinics.',
      link: `${url}#:~:text=The%20regional%20government%20said%20on%20Monday%20it%20would%20spend%204.5%20billion%20kyats%20on%20new%20clinics.`,
      note: '',
      tags: [],
      kept: NOW.toISOString(),
      changed: NOW.toISOString(),
    });
    expect(general).toMatchObject({ kind: 'person', text: 'Min Aung Hlaing', title: 'Snr-Gen', people: ['Min Aung Hlaing'], order: 2, sentence: 'Snr-Gen Min Aung Hlaing approved the plan, officials said.' });
    expect(all[1].people).toEqual(['Khin Mar Lwin']);
    // A fact kept alone keeps its place in the article.
    expect(factRecords({ ...ENGLISH_REQUEST, keys: ['figure:12 clinics'] }, url, NOW).map((f) => [f.text, f.order])).toEqual([['12 clinics', 1]]);
  });
});
