import type { ArticleFacts, Figure, Person } from '../extract/types';
import type { Citation } from './citation';

export const FACT_FORMATS = ['markdown', 'text', 'csv', 'json'] as const;
export type FactFormat = (typeof FACT_FORMATS)[number];

/** One copy format: the whole fact list, one fact (optionally cited) or a citation alone. */
export interface Formatter {
  facts(facts: ArticleFacts): string;
  person(person: Person, source?: Citation): string;
  figure(figure: Figure, source?: Citation): string;
  citation(citation: Citation): string;
}
