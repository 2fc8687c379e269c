import { describe, expect, it } from 'vitest';
import { annotateFact, importFact, keepFact, mergeArticle, parseTags, sameRecord } from '@/core/notebook/merge';
import { articleRecord, factRecords } from '@/core/notebook/records';
import { ENGLISH_REQUEST } from './sample';

const MONDAY = new Date('2025-01-13T08:00:00Z');
const FRIDAY = new Date('2025-01-17T08:00:00Z');
const article = articleRecord(ENGLISH_REQUEST, MONDAY);
const [fact] = factRecords(ENGLISH_REQUEST, article.url, MONDAY);

describe('keeping again', () => {
  it('keeps the day the article was first read and never erases what the page no longer gives', () => {
    const later = { ...articleRecord(ENGLISH_REQUEST, FRIDAY), section: null, title: 'Regime Promises Clinics in Magwe' };
    expect(mergeArticle(article, later)).toEqual({ ...article, title: 'Regime Promises Clinics in Magwe' });
    expect(mergeArticle(undefined, later)).toBe(later);
  });

  it('keeps the note, tags and first-kept time of a fact already kept', () => {
    const annotated = annotateFact(fact, '  check the budget  ', ['health'], MONDAY);
    const again = factRecords(ENGLISH_REQUEST, article.url, FRIDAY)[0];
    expect(keepFact(annotated, again)).toEqual({ ...again, note: 'check the budget', tags: ['health'], kept: MONDAY.toISOString(), changed: MONDAY.toISOString() });
  });
});

describe('importing', () => {
  const older = annotateFact(fact, 'first thought', ['a'], MONDAY);
  const newer = annotateFact(fact, 'second thought', ['b'], FRIDAY);

  it('takes the more recently changed note and tags, whichever side has them', () => {
    expect(importFact(older, newer)).toMatchObject({ note: 'second thought', tags: ['b'], changed: FRIDAY.toISOString() });
    expect(importFact(newer, older)).toEqual(newer);
  });

  it('changes nothing when the same record comes twice', () => {
    expect(sameRecord(importFact(newer, { ...newer }), newer)).toBe(true);
    expect(sameRecord({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(sameRecord({ a: 1 }, { a: 2 })).toBe(false);
  });
});

describe('tags typed by a reader', () => {
  it('are split at commas (Latin, full-width, Burmese), without #, repeats or blanks', () => {
    expect(parseTags('ceasefire, #Sagaing,  Ceasefire,,  aid  groups ')).toEqual(['ceasefire', 'Sagaing', 'aid groups']);
    expect(parseTags('စစ်ရေး၊ ဆန်ဈေး')).toEqual(['စစ်ရေး', 'ဆန်ဈေး']);
    expect(parseTags('   ')).toEqual([]);
  });
});
