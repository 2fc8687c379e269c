import { browser } from 'wxt/browser';
import type { PageSource } from '@/core/notebook/page-source';
import type { KeepRequest } from '@/core/notebook/records';
import type { FactKey } from '@/core/notebook/types';
import type { StoreProblem } from './store';

/**
 * Messages from an article's panel to the background, which alone writes the
 * notebook: a content script runs in the page's origin, and IndexedDB opened
 * there would be the site's storage, not the extension's.
 */
export type NotebookMessage =
  | { type: 'ayeyar:keep'; request: KeepRequest }
  | { type: 'ayeyar:annotate'; source: PageSource; key: FactKey; note: string; tags: string }
  | { type: 'ayeyar:open-notebook' };

/**
 * Why nothing was changed, for the panel to say in the reader's language: the store's problem; a private window (Ayeyar
 * keeps nothing from one); a note for a fact deleted on the notebook page meanwhile; or no background to answer.
 */
export type NotebookFailure = StoreProblem | 'private' | 'gone' | 'unreachable';

/** The facts kept from the article (each with its note and tags), or why nothing changed. */
export type NotebookAnswer = { kept: Record<FactKey, [note: string, tags: string[]]> } | { failed: NotebookFailure };

const TYPES: readonly string[] = ['ayeyar:keep', 'ayeyar:annotate', 'ayeyar:open-notebook'] satisfies NotebookMessage['type'][];

export function isNotebookMessage(message: unknown): message is NotebookMessage {
  return typeof message === 'object' && message !== null && TYPES.includes((message as { type?: string }).type!);
}

/** No answer: the background is restarting (an update) or gone. */
export const UNREACHABLE: NotebookAnswer = { failed: 'unreachable' };

export async function askNotebook(message: NotebookMessage): Promise<NotebookAnswer> {
  try {
    return ((await browser.runtime.sendMessage(message)) as NotebookAnswer | undefined) ?? UNREACHABLE;
  } catch {
    return UNREACHABLE;
  }
}
