import { browser } from 'wxt/browser';
import { parseTags } from '@/core/notebook/merge';
import type { PageSource } from '@/core/notebook/page-source';
import { articleAddress, articleRecord, factRecords } from '@/core/notebook/records';
import { factId, type KeptFact } from '@/core/notebook/types';
import { readArticle, readFact } from '@/core/notebook/validate';
import { answerMessages } from '../messages';
import { isNotebookMessage, type NotebookAnswer, type NotebookMessage } from './messages';
import { keepPersistent, NotebookStoreError, type NotebookStore } from './store';

/**
 * The background's side of the notebook: it answers the panels' requests by
 * writing the extension's own IndexedDB, and opens the notebook page. When
 * nothing was changed it says why (NotebookFailure), and the panel words it
 * in the reader's language (the panel_notKept_ messages).
 */

export function answerNotebookMessages(store: NotebookStore): void {
  answerMessages((message, sender) => (isNotebookMessage(message) ? answerNotebook(store, message, { privateWindow: !!sender.tab?.incognito }) : undefined));
}

/** Each kept fact's note and tags, by the panel's key. */
function marks(facts: KeptFact[]): NotebookAnswer {
  return { kept: Object.fromEntries(facts.map((fact) => [fact.key, [fact.note, fact.tags]])) };
}

/** What the notebook holds from an article (asked as its panel is built), or why it cannot tell. */
export async function keptFrom(store: NotebookStore, source: PageSource): Promise<NotebookAnswer> {
  try {
    return marks(await store.factsOf(articleAddress(source)));
  } catch (error) {
    return failure(error);
  }
}

export async function answerNotebook(
  store: NotebookStore,
  message: NotebookMessage,
  { privateWindow = false, now = new Date() }: { privateWindow?: boolean; now?: Date } = {},
): Promise<NotebookAnswer | undefined> {
  // A private window leaves no trace: the browser runs one background for private and normal windows, so it is decided here.
  if (privateWindow && (message.type === 'ayeyar:keep' || message.type === 'ayeyar:annotate')) return { failed: 'private' };
  try {
    switch (message.type) {
      case 'ayeyar:keep': {
        // Records built from a message are checked like records read back: a malformed request stores nothing.
        const article = readArticle(articleRecord(message.request, now));
        const facts = article && factRecords(message.request, article.url, now).map(readFact);
        if (!article || !facts?.length || facts.some((fact) => !fact)) return { failed: 'failed' };
        keepPersistent();
        return marks(await store.keep(article, facts as KeptFact[]));
      }
      case 'ayeyar:annotate': {
        const url = articleAddress(message.source);
        const annotated = await store.annotate(factId(url, message.key), message.note, parseTags(message.tags), now);
        // The fact was deleted on the notebook page while its article stayed open.
        return annotated ? marks(await store.factsOf(url)) : { failed: 'gone' };
      }
      case 'ayeyar:open-notebook':
        await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
        return undefined;
    }
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): NotebookAnswer {
  return { failed: error instanceof NotebookStoreError ? error.problem : 'failed' };
}
