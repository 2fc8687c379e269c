import { readArticle, readFact } from './validate';
import type { Notebook } from './types';

/**
 * The whole notebook as JSON: the backup and the way from one browser to
 * another. Versioned: a file from an older Ayeyar is read (and migrated when
 * the format changes); one from a newer Ayeyar is refused with a clear
 * reason, never half-read.
 */

export const NOTEBOOK_FORMAT = 'ayeyar-notebook';
export const NOTEBOOK_VERSION = 1;

export interface NotebookFile extends Notebook {
  format: typeof NOTEBOOK_FORMAT;
  version: number;
  /** ISO date-time of the export. */
  exported: string;
}

export function notebookJson(notebook: Notebook, exported: Date): string {
  const file: NotebookFile = { format: NOTEBOOK_FORMAT, version: NOTEBOOK_VERSION, exported: exported.toISOString(), ...notebook };
  return JSON.stringify(file, null, 2) + '\n';
}

export type NotebookFileProblem = 'not-json' | 'not-notebook' | 'newer-version';

export type ParsedNotebook =
  | { ok: true; notebook: Notebook; /** Records that were damaged or whose article is missing, left out. */ skipped: number }
  | { ok: false; problem: NotebookFileProblem };

export function parseNotebookJson(text: string): ParsedNotebook {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  const file = data as Partial<NotebookFile> | null;
  if (!file || typeof file !== 'object' || file.format !== NOTEBOOK_FORMAT || typeof file.version !== 'number') return { ok: false, problem: 'not-notebook' };
  if (file.version > NOTEBOOK_VERSION) return { ok: false, problem: 'newer-version' };
  const rawArticles: unknown[] = Array.isArray(file.articles) ? file.articles : [];
  const rawFacts: unknown[] = Array.isArray(file.facts) ? file.facts : [];
  const articles = rawArticles.map(readArticle).filter((a) => a !== null);
  const urls = new Set(articles.map((a) => a.url));
  const facts = rawFacts.map(readFact).filter((f) => f !== null && urls.has(f.articleUrl)) as Notebook['facts'];
  return { ok: true, notebook: { articles, facts }, skipped: rawArticles.length - articles.length + rawFacts.length - facts.length };
}
