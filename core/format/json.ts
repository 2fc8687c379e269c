import type { ArticleFacts, Figure, Person } from '../extract/types';
import type { Citation } from './citation';
import type { Formatter } from './types';

/**
 * JSON: the facts without DOM spans, as the command-line tool prints them
 * ({url, isArticle, title, byline, published, people, figures}).
 */

function personRecord(p: Person) {
  return { name: p.name, title: p.title, aliases: p.aliases, mentions: p.mentions, role: p.role };
}

function figureRecord(f: Figure) {
  return { text: f.text, kind: f.kind, value: f.value, unit: f.unit, context: f.context };
}

export function factsRecord(facts: ArticleFacts) {
  const { url, isArticle, title, byline, published } = facts;
  return { url, isArticle, title, byline, published, people: facts.people.map(personRecord), figures: facts.figures.map(figureRecord) };
}

export const json: Formatter = {
  facts: (facts) => JSON.stringify(factsRecord(facts), null, 2),
  person: (p, source) => JSON.stringify({ ...personRecord(p), ...(source && { source }) }, null, 2),
  figure: (f, source) => JSON.stringify({ ...figureRecord(f), ...(source && { source }) }, null, 2),
  citation: (c: Citation) => JSON.stringify(c, null, 2),
};
