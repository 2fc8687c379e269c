import { annotateFact, importFact, keepFact, mergeArticle, sameRecord } from '@/core/notebook/merge';
import type { KeptArticle, KeptFact, Notebook } from '@/core/notebook/types';
import { readArticle, readFact } from '@/core/notebook/validate';

/**
 * The notebook in the extension's own IndexedDB (the origin of its pages and
 * background, never a web page's; never synced, never sent). A few promise
 * helpers stand in for a wrapper library: the store needs five operations.
 *
 * Every write is one transaction that reads what is stored and merges into
 * it, so two tabs writing at once both land (IndexedDB runs overlapping
 * read-write transactions one after the other), and a failed write (disk
 * full) changes nothing at all. Records that do not read back as valid are
 * counted, shown as such, and left exactly as they are.
 */

export const NOTEBOOK_DB = 'ayeyar-notebook';
/** Version of the database's shape (object stores, indexes); upgrades go in `upgrade`. */
const DB_VERSION = 1;
const ARTICLES = 'articles';
const FACTS = 'facts';
const BY_ARTICLE = 'by-article';

/** Why a notebook operation failed, for a message the reader can act on. */
export type StoreProblem = 'quota' | 'unavailable' | 'failed';

export class NotebookStoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    cause?: unknown,
  ) {
    super(`notebook ${problem}: ${String((cause as Error | undefined)?.message ?? cause ?? '')}`);
    this.name = 'NotebookStoreError';
  }
}

/** Disk full or over the origin's quota: Chromium and Firefox name it so (Firefox may also report it at commit). */
function problemOf(error: unknown): StoreProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error | null)?.message ?? ''))) return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError') return 'unavailable';
  return 'failed';
}

export interface StoredNotebook extends Notebook {
  /** Records that could not be read as articles or facts (left in place, untouched). */
  damaged: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Facts whose stored copy is damaged: left as they are. */
  skipped: number;
}

export interface NotebookStore {
  read(): Promise<StoredNotebook>;
  /** The facts kept from one article. */
  factsOf(articleUrl: string): Promise<KeptFact[]>;
  /** Adds the article and facts, or refreshes them keeping notes and tags; returns every fact kept from the article. */
  keep(article: KeptArticle, facts: KeptFact[]): Promise<KeptFact[]>;
  annotate(id: string, note: string, tags: string[], now: Date): Promise<KeptFact | null>;
  /** Deletes facts, and articles left with none; returns exactly what went, for undo. */
  remove(ids: string[]): Promise<Notebook>;
  /** Puts records back as they were (undo). */
  restore(records: Notebook): Promise<void>;
  import(records: Notebook): Promise<ImportSummary>;
  close(): void;
}

export interface StoreOptions {
  factory?: IDBFactory;
  /** Called after every write that landed (to tell other pages to refresh). */
  onWrite?: () => void;
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A failed request aborts the whole transaction (its default action): nothing of it is written.
    transaction.onabort = () => reject(new NotebookStoreError(problemOf(transaction.error), transaction.error));
  });
}

/**
 * The fact stored under an id: undefined when there is none, 'damaged' when
 * the stored record does not read as a fact. A damaged fact may hold the
 * reader's note (or come from a newer Ayeyar): it is never overwritten.
 * (A damaged article record is: everything in it comes from the page again.)
 */
async function storedFact(facts: IDBObjectStore, id: string): Promise<KeptFact | undefined | 'damaged'> {
  const raw: unknown = await requested(facts.get(id));
  if (raw === undefined) return undefined;
  return readFact(raw) ?? 'damaged';
}

function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(ARTICLES, { keyPath: 'url' });
    db.createObjectStore(FACTS, { keyPath: 'id' }).createIndex(BY_ARTICLE, 'articleUrl');
  }
}

/**
 * Asks the browser never to clear the notebook to make room on a full disk.
 * Firefox grants it without asking the reader because of the
 * unlimitedStorage permission; Chromium has no such call in its service
 * worker and needs none (the permission itself exempts the extension).
 */
export function keepPersistent(): void {
  void globalThis.navigator?.storage?.persist?.().catch(() => undefined);
}

export function openNotebookStore({ factory = globalThis.indexedDB, onWrite }: StoreOptions = {}): NotebookStore {
  let connection: Promise<IDBDatabase> | null = null;

  const open = (): Promise<IDBDatabase> => {
    connection ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) return reject(new NotebookStoreError('unavailable', 'no IndexedDB'));
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(NOTEBOOK_DB, DB_VERSION);
      } catch (error) {
        return reject(new NotebookStoreError('unavailable', error));
      }
      request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
      request.onsuccess = () => {
        const db = request.result;
        // A newer Ayeyar (another tab after an update) upgrading the database: let it, and reopen on the next call.
        db.onversionchange = () => {
          db.close();
          connection = null;
        };
        db.onclose = () => (connection = null);
        resolve(db);
      };
      request.onerror = () => reject(new NotebookStoreError(problemOf(request.error), request.error));
    });
    connection.catch(() => (connection = null));
    return connection;
  };

  /** Reading never creates the database: a reader who never kept anything has no notebook at all. */
  const exists = async (): Promise<boolean> => {
    if (connection) return true;
    const list = await factory?.databases?.();
    return !list || list.some((db) => db.name === NOTEBOOK_DB);
  };

  const transaction = async (mode: IDBTransactionMode): Promise<{ tx: IDBTransaction; articles: IDBObjectStore; facts: IDBObjectStore }> => {
    const db = await open();
    try {
      const tx = db.transaction([ARTICLES, FACTS], mode);
      return { tx, articles: tx.objectStore(ARTICLES), facts: tx.objectStore(FACTS) };
    } catch (error) {
      throw new NotebookStoreError(problemOf(error), error);
    }
  };

  /** Runs a read-write transaction to its end; the work's result once it committed. */
  const write = async <T>(work: (stores: { articles: IDBObjectStore; facts: IDBObjectStore }) => Promise<T>): Promise<T> => {
    const { tx, articles, facts } = await transaction('readwrite');
    const done = finished(tx);
    let result: T;
    try {
      result = await work({ articles, facts });
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already aborted: `done` reports why.
      }
      await done.catch(() => undefined);
      // A request the browser failed (disk full) aborted the transaction: its error says why, not the AbortError the next request got.
      const cause = tx.error ?? error;
      throw cause instanceof NotebookStoreError ? cause : new NotebookStoreError(problemOf(cause), cause);
    }
    await done;
    onWrite?.();
    return result;
  };

  const validFacts = (raw: unknown[]) => raw.map(readFact).filter((f): f is KeptFact => f !== null);

  return {
    async read() {
      if (!(await exists())) return { articles: [], facts: [], damaged: 0 };
      const { articles, facts } = await transaction('readonly');
      const [rawArticles, rawFacts] = await Promise.all([requested(articles.getAll()), requested(facts.getAll())]);
      const goodArticles = rawArticles.map(readArticle).filter((a): a is KeptArticle => a !== null);
      const goodFacts = validFacts(rawFacts);
      return { articles: goodArticles, facts: goodFacts, damaged: rawArticles.length - goodArticles.length + rawFacts.length - goodFacts.length };
    },

    async factsOf(articleUrl) {
      if (!(await exists())) return [];
      const { facts } = await transaction('readonly');
      return validFacts(await requested(facts.index(BY_ARTICLE).getAll(articleUrl)));
    },

    keep(article, incoming) {
      return write(async ({ articles, facts }) => {
        articles.put(mergeArticle(readArticle(await requested(articles.get(article.url))) ?? undefined, article));
        for (const fact of incoming) {
          const stored = await storedFact(facts, fact.id);
          if (stored !== 'damaged') facts.put(keepFact(stored, fact));
        }
        return validFacts(await requested(facts.index(BY_ARTICLE).getAll(article.url)));
      });
    },

    annotate(id, note, tags, now) {
      return write(async ({ facts }) => {
        const fact = await storedFact(facts, id);
        if (!fact || fact === 'damaged') return null;
        const annotated = annotateFact(fact, note, tags, now);
        facts.put(annotated);
        return annotated;
      });
    },

    remove(ids) {
      return write(async ({ articles, facts }) => {
        const removed: Notebook = { articles: [], facts: [] };
        for (const id of ids) {
          const fact = readFact(await requested(facts.get(id)));
          if (!fact) continue;
          facts.delete(id);
          removed.facts.push(fact);
        }
        for (const url of new Set(removed.facts.map((f) => f.articleUrl))) {
          if (await requested(facts.index(BY_ARTICLE).count(url))) continue;
          const article = readArticle(await requested(articles.get(url)));
          if (!article) continue;
          articles.delete(url);
          removed.articles.push(article);
        }
        return removed;
      });
    },

    restore(records) {
      return write(async ({ articles, facts }) => {
        for (const article of records.articles) articles.put(article);
        for (const fact of records.facts) facts.put(fact);
      });
    },

    import(records) {
      return write(async ({ articles, facts }) => {
        const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
        for (const article of records.articles) {
          articles.put(mergeArticle(readArticle(await requested(articles.get(article.url))) ?? undefined, article));
        }
        for (const fact of records.facts) {
          const existing = await storedFact(facts, fact.id);
          if (existing === 'damaged') {
            summary.skipped++;
            continue;
          }
          const merged = importFact(existing, fact);
          if (!existing) summary.added++;
          else if (sameRecord(existing, merged)) {
            summary.unchanged++;
            continue;
          } else summary.updated++;
          facts.put(merged);
        }
        return summary;
      });
    },

    close() {
      void connection?.then((db) => db.close()).catch(() => undefined);
      connection = null;
    },
  };
}
