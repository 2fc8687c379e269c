import { browser } from 'wxt/browser';
import type { ExtractedFacts } from '@/core/extract';
import type { PageSource } from '@/core/notebook/page-source';
import type { NotebookAnswer } from './notebook/messages';

/** Messages from the extension's pages (popup, background) to the content script of an article tab. */
export type AyeyarMessage =
  | { type: 'ayeyar:get-state' }
  | { type: 'ayeyar:set-clean'; on: boolean }
  | { type: 'ayeyar:toggle-clean' }
  | { type: 'ayeyar:set-panel'; on: boolean }
  | { type: 'ayeyar:toggle-panel' }
  /** Answered with a FactsCopy: the page has no user gesture, so the popup writes the clipboard. */
  | { type: 'ayeyar:copy-all' };

/** Messages from the content script to the background. */
export type BackgroundMessage =
  /**
   * An article's one question as its panel is built, answered with an
   * ArticleAnswer: its people and figures (the text half of extraction runs in
   * the background, off the page's main thread; no paragraphs when the page
   * has its facts already) and what the notebook holds from it.
   */
  { type: 'ayeyar:article'; source: PageSource; paragraphs: string[] | null };

export interface ArticleAnswer {
  facts: ExtractedFacts | null;
  kept: NotebookAnswer;
}

/** What the content script of a tab reports about itself (every message is answered with it, but copy-all). */
export interface TabState {
  article: boolean;
  clean: boolean;
  site: string;
  /** False when the reader turned this page's edition off in the options: Ayeyar leaves the page alone. */
  editionOn: boolean;
  /** Whether the facts panel is open; absent until the page has a panel. */
  panel?: boolean;
}

/** Every fact of the article in the reader's copy format, ready for the clipboard. */
export interface FactsCopy {
  text: string;
}

export function isAyeyarMessage(message: unknown): message is AyeyarMessage {
  return typeof message === 'object' && message !== null && String((message as { type?: unknown }).type).startsWith('ayeyar:');
}

export function isArticleMessage(message: unknown): message is BackgroundMessage {
  const { paragraphs, source } = (message ?? {}) as { paragraphs?: unknown; source?: unknown };
  return (
    isAyeyarMessage(message) &&
    message.type === ('ayeyar:article' as string) &&
    typeof source === 'object' &&
    source !== null &&
    (paragraphs === null || (Array.isArray(paragraphs) && paragraphs.every((p) => typeof p === 'string')))
  );
}

/**
 * Answers runtime messages with `answer`'s promise (undefined: not this
 * listener's message). Through sendResponse, which both browsers support
 * without a polyfill; Chromium ignores a promise returned by the listener.
 */
export function answerMessages(answer: (message: unknown, sender: { tab?: { incognito?: boolean } }) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, sender: { tab?: { incognito?: boolean } }, sendResponse: (response: unknown) => void): boolean => {
    const reply = answer(message, sender);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(null));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Ask the background; null when it cannot answer (the extension was reloaded or removed under the page). */
export async function askBackground<T>(message: BackgroundMessage): Promise<T | null> {
  try {
    return ((await browser.runtime.sendMessage(message)) as T) ?? null;
  } catch {
    return null;
  }
}

/** Ask a tab; null when no Ayeyar content script answers there (another site, a listing page). */
export async function sendToTab<T>(tabId: number, message: AyeyarMessage): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as T) ?? null;
  } catch {
    return null;
  }
}
