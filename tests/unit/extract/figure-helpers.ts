import { expect } from 'vitest';
import { extractFromParagraphs } from '@/core/extract';

/** The figures of paragraphs given as text. */
export const figures = (...paragraphs: string[]) => extractFromParagraphs(paragraphs).figures;

/** The one figure of a sentence (the test fails if there is not exactly one), as text, kind, value and unit. */
export function one(sentence: string) {
  const found = figures(sentence);
  expect(found, sentence).toHaveLength(1);
  const { text, kind, value, unit } = found[0];
  return { text, kind, value, unit };
}
