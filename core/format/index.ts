import { csv } from './csv';
import { json } from './json';
import { markdown } from './markdown';
import { text } from './text';
import type { FactFormat, Formatter } from './types';

/**
 * Copy formats for a fact list, one fact or a citation: pure string
 * builders shared by the panel's copy buttons and the command-line tool.
 */

export type { FactFormat, Formatter } from './types';
export { citationOf, type Citation } from './citation';
export { csv, csvField, csvRow } from './csv';
export { factsRecord } from './json';

export const FORMATTERS: Record<FactFormat, Formatter> = { markdown, csv, json, text };
export const DEFAULT_FORMAT: FactFormat = 'markdown';

export function formatterFor(format: FactFormat = DEFAULT_FORMAT): Formatter {
  return FORMATTERS[format];
}
