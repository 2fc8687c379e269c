import { FACT_KINDS, factId, type Edition, type FactKind, type KeptArticle, type KeptFact } from './types';

/**
 * Records read back from storage or from an imported file are checked field
 * by field: a damaged record is reported and left alone, never taken for a
 * good one and never allowed to break the others.
 */

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const stringOrNull = (value: unknown): value is string | null => value === null || isString(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: unknown): value is string => isString(value) && DAY.test(value);
const isTime = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));
const isAddress = (value: unknown): value is string => isString(value) && /^https?:\/\/[^\s]+$/.test(value);

export function readArticle(value: unknown): KeptArticle | null {
  if (!isObject(value)) return null;
  const { url, title, authors, published, edition, section, publication, accessed } = value;
  if (!isAddress(url) || !stringOrNull(title) || !isStringList(authors) || !(published === null || isDay(published))) return null;
  if (!(edition === 'en' || edition === 'my') || !stringOrNull(section) || !isString(publication) || !isDay(accessed)) return null;
  return { url, title, authors, published, edition: edition as Edition, section, publication, accessed };
}

export function readFact(value: unknown): KeptFact | null {
  if (!isObject(value)) return null;
  const { id, articleUrl, key, kind, text, value: amount, unit, title, role, people, order, sentence, link, note, tags, kept, changed } = value;
  if (!isAddress(articleUrl) || !isString(key) || id !== factId(articleUrl, key)) return null;
  if (!FACT_KINDS.includes(kind as FactKind) || !isString(text) || !text || !(amount === null || (typeof amount === 'number' && Number.isFinite(amount)))) return null;
  if (!stringOrNull(unit) || !stringOrNull(title) || !stringOrNull(role) || !isStringList(people) || !Number.isInteger(order) || !isString(sentence) || !isAddress(link)) return null;
  if (!isString(note) || !isStringList(tags) || !isTime(kept) || !isTime(changed)) return null;
  return { id, articleUrl, key, kind: kind as FactKind, text, value: amount, unit, title, role, people, order: order as number, sentence, link, note, tags, kept, changed };
}
