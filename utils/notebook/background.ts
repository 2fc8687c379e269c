import { browser } from 'wxt/browser';
import { parseTags } from '@/core/notebook/merge';
import { articleAddress, articleRecord, factRecords } from '@/core/notebook/records';
import { factId, type KeptFact } from '@/core/notebook/types';
import { readArticle, readFact } from '@/core/notebook/validate';
import { answerMessages } from '../messages';
import { announceNotebookChange } from './changes';
import { isNotebookMessage, type NotebookAnswer, type NotebookMessage } from './messages';
import { keepPersistent, NotebookStoreError, openNotebookStore, type NotebookStore, type StoreProblem } from './store';

/**
 * The background's side of the notebook: it answers the panels' requests by
 * writing the extension's own IndexedDB, and opens the notebook page.
 */

/** What the panel tells the reader when a request fails (nothing was changed in any of these cases). */
export const PROBLEM_MESSAGES: Record<StoreProblem, string> = {
  quota: 'Not kept: the browser has no room left for the notebook. Free some disk space, or export and delete old facts on the notebook page.',
  unavailable: 'Not kept: this browser does not let Ayeyar store its notebook here (a private window?). Nothing was changed.',
  failed: 'Not kept: the notebook could not be written. Nothing was changed; please try again.',
};
/** The fact was deleted on the notebook page while its article stayed open. */
export const GONE_MESSAGE = 'Not saved: this fact is no longer in the notebook (it was deleted there). Reload the article to keep it again.';
/** A private window leaves no trace: the browser runs one background for private and normal windows, so it is said here. */
export const PRIVATE_WINDOW_MESSAGE = 'Not kept: Ayeyar keeps nothing from private windows. Open the article in a normal window to keep its facts.';

export function answerNotebookMessages(store: NotebookStore = openNotebookStore({ onWrite: announceNotebookChange })): void {
  answerMessages((message, sender) => (isNotebookMessage(message) ? answerNotebook(store, message, { privateWindow: !!sender.tab?.incognito }) : undefined));
}

/** Each kept fact's note and tags, by the panel's key. */
function marks(facts: KeptFact[]): NotebookAnswer {
  return { kept: Object.fromEntries(facts.map((fact) => [fact.key, [fact.note, fact.tags]])) };
}

export async function answerNotebook(
  store: NotebookStore,
  message: NotebookMessage,
  { privateWindow = false, now = new Date() }: { privateWindow?: boolean; now?: Date } = {},
): Promise<NotebookAnswer | undefined> {
  if (privateWindow && (message.type === 'ayeyar:keep' || message.type === 'ayeyar:annotate')) return { failed: PRIVATE_WINDOW_MESSAGE };
  try {
    switch (message.type) {
      case 'ayeyar:keep': {
        // Records built from a message are checked like records read back: a malformed request stores nothing.
        const article = readArticle(articleRecord(message.request, now));
        const facts = article && factRecords(message.request, article.url, now).map(readFact);
        if (!article || !facts?.length || facts.some((fact) => !fact)) return { failed: PROBLEM_MESSAGES.failed };
        keepPersistent();
        return marks(await store.keep(article, facts as KeptFact[]));
      }
      case 'ayeyar:kept':
        return marks(await store.factsOf(articleAddress(message.source)));
      case 'ayeyar:annotate': {
        const url = articleAddress(message.source);
        const annotated = await store.annotate(factId(url, message.key), message.note, parseTags(message.tags), now);
        return annotated ? marks(await store.factsOf(url)) : { failed: GONE_MESSAGE };
      }
      case 'ayeyar:open-notebook':
        await browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') });
        return undefined;
    }
  } catch (error) {
    return { failed: PROBLEM_MESSAGES[error instanceof NotebookStoreError ? error.problem : 'failed'] };
  }
}
