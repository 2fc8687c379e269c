import { IDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';

import { afterEach, describe, expect, it } from 'vitest';
import { articleRecord, factRecords } from '@/core/notebook/records';
import { NOTEBOOK_DB, NotebookStoreError, openNotebookStore, type NotebookStore } from '@/utils/notebook/store';
import { BURMESE_REQUEST, ENGLISH_REQUEST } from './sample';

/** The store against fake-indexeddb: a standards-faithful IndexedDB in memory, one fresh database per test. */

const MONDAY = new Date('2025-01-13T08:00:00Z');
const FRIDAY = new Date('2025-01-17T08:00:00Z');
const english = articleRecord(ENGLISH_REQUEST, MONDAY);
const englishFacts = factRecords(ENGLISH_REQUEST, english.url, MONDAY);
const burmese = articleRecord(BURMESE_REQUEST, MONDAY);
const burmeseFacts = factRecords(BURMESE_REQUEST, burmese.url, MONDAY);

const stores: NotebookStore[] = [];
const open = (factory: IDBFactory, onWrite?: () => void) => {
  const store = openNotebookStore({ factory, onWrite });
  stores.push(store);
  return store;
};
const originalPut = FDBObjectStore.prototype.put;
afterEach(() => {
  FDBObjectStore.prototype.put = originalPut;
  for (const store of stores.splice(0)) store.close();
});

/** Writes a raw record straight into the database, as a bug or a newer version could have left it. */
async function writeRaw(factory: IDBFactory, storeName: string, value: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(NOTEBOOK_DB);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    tx.objectStore(storeName).put(value);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

describe('the notebook store', () => {
  it('keeps facts and reads them back, and a reader who never kept anything has no database at all', async () => {
    const factory = new IDBFactory();
    let writes = 0;
    const store = open(factory, () => writes++);
    expect(await store.read()).toEqual({ articles: [], facts: [], damaged: 0 });
    expect(await store.factsOf(english.url)).toEqual([]);
    expect((await factory.databases()).map((db) => db.name)).toEqual([]);

    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await store.keep(english, englishFacts.slice(0, 2))).sort(byId)).toEqual(englishFacts.slice(0, 2).sort(byId));
    await store.keep(burmese, burmeseFacts);
    expect(writes).toBe(2);
    const read = await store.read();
    expect(read.damaged).toBe(0);
    expect(read.articles).toEqual([burmese, english].sort((a, b) => a.url.localeCompare(b.url)));
    expect(read.facts).toHaveLength(3);
    expect(await store.factsOf(burmese.url)).toEqual(burmeseFacts);
  });

  it('keeping a fact again adds no second record and keeps its note', async () => {
    const store = open(new IDBFactory());
    await store.keep(english, englishFacts);
    await store.annotate(englishFacts[0].id, 'check', ['budget'], FRIDAY);
    const again = factRecords(ENGLISH_REQUEST, english.url, FRIDAY);
    const kept = await store.keep(articleRecord(ENGLISH_REQUEST, FRIDAY), again);
    expect(kept).toHaveLength(englishFacts.length);
    expect(kept.find((f) => f.id === englishFacts[0].id)).toMatchObject({ note: 'check', tags: ['budget'], kept: MONDAY.toISOString() });
    expect((await store.read()).articles[0].accessed).toBe('2025-01-13');
  });

  it('deletes facts, and the article with its last fact, and undo puts back exactly what went', async () => {
    const store = open(new IDBFactory());
    await store.keep(english, englishFacts);
    await store.keep(burmese, burmeseFacts);
    await store.annotate(burmeseFacts[0].id, 'rice', ['prices'], FRIDAY);
    const before = await store.read();

    const removed = await store.remove([burmeseFacts[0].id, englishFacts[1].id, 'no such fact']);
    expect(removed.facts.map((f) => f.id)).toEqual([burmeseFacts[0].id, englishFacts[1].id]);
    expect(removed.articles).toEqual([burmese]);
    const after = await store.read();
    expect(after.articles).toEqual([english]);
    expect(after.facts).toHaveLength(englishFacts.length - 1);

    await store.restore(removed);
    expect(await store.read()).toEqual(before);
  });

  it('imports a notebook without duplicates; the same file twice changes nothing', async () => {
    const source = open(new IDBFactory());
    await source.keep(english, englishFacts);
    await source.annotate(englishFacts[1].id, 'later note', ['x'], FRIDAY);
    const exported = await source.read();

    const target = open(new IDBFactory());
    await target.keep(english, englishFacts.slice(0, 2));
    await target.keep(burmese, burmeseFacts);
    expect(await target.import(exported)).toEqual({ added: 2, updated: 1, unchanged: 1, skipped: 0 });
    expect(await target.import(exported)).toEqual({ added: 0, updated: 0, unchanged: 4, skipped: 0 });
    const merged = await target.read();
    expect(merged.facts).toHaveLength(5);
    expect(merged.facts.find((f) => f.id === englishFacts[1].id)).toMatchObject({ note: 'later note', tags: ['x'] });
  });

  it('two tabs writing at once: both land, nothing is lost', async () => {
    const factory = new IDBFactory();
    const [tabA, tabB] = [open(factory), open(factory)];
    await tabA.keep(english, englishFacts.slice(0, 1));
    // The same article from both tabs, different facts and notes, all in flight together.
    await Promise.all([
      tabA.keep(english, englishFacts.slice(1, 3)),
      tabB.keep(english, englishFacts.slice(3)),
      tabB.annotate(englishFacts[0].id, 'from tab B', ['b'], FRIDAY),
      tabA.keep(burmese, burmeseFacts),
    ]);
    const read = await open(factory).read();
    expect(read.facts.map((f) => f.id).sort()).toEqual([...englishFacts, ...burmeseFacts].map((f) => f.id).sort());
    expect(read.facts.find((f) => f.id === englishFacts[0].id)?.note).toBe('from tab B');
  });

  it('a full disk: a clear error, and nothing of the write lands, nothing already kept is lost', async () => {
    const store = open(new IDBFactory());
    await store.keep(burmese, burmeseFacts);
    const before = await store.read();
    let puts = 0;
    // The third record of the next write does not fit.
    FDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof originalPut>) {
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalPut.apply(this, args);
    };
    const refused = await store.keep(english, englishFacts).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotebookStoreError);
    expect((refused as NotebookStoreError).problem).toBe('quota');
    expect(await store.read()).toEqual(before);

    // As browsers mostly report it: the request fails later and the transaction aborts with the quota error.
    // (fake-indexeddb's own request queue, the one internal this test uses.)
    puts = 0;
    FDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof originalPut>) {
      if (++puts < 3) return originalPut.apply(this, args);
      const tx = this.transaction as unknown as { _execRequestAsync(request: { operation(): never; source: unknown }): IDBRequest };
      return tx._execRequestAsync({ operation: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }, source: this });
    };
    const aborted = await store.keep(english, englishFacts).catch((error: unknown) => error);
    expect((aborted as NotebookStoreError).problem).toBe('quota');
    FDBObjectStore.prototype.put = originalPut;
    expect(await store.read()).toEqual(before);
  });

  it('a damaged record: counted, the others read, never overwritten or deleted', async () => {
    const factory = new IDBFactory();
    const store = open(factory);
    await store.keep(english, englishFacts);
    const damaged = { ...englishFacts[0], tags: 'not a list', note: 'the reader’s words' };
    await writeRaw(factory, 'facts', damaged);
    await writeRaw(factory, 'facts', { id: 'garbage' });

    const read = await store.read();
    expect(read.damaged).toBe(2);
    expect(read.facts.map((f) => f.id)).toEqual(englishFacts.slice(1).map((f) => f.id).sort());
    // Keeping the fact again, importing it or annotating it leaves the damaged record as it is.
    await store.keep(english, englishFacts);
    expect(await store.import({ articles: [english], facts: [englishFacts[0]] })).toEqual({ added: 0, updated: 0, unchanged: 0, skipped: 1 });
    expect(await store.annotate(englishFacts[0].id, 'x', [], FRIDAY)).toBeNull();
    await store.remove([englishFacts[0].id]);
    const raw = await new Promise<unknown>((resolve) => {
      const request = factory.open(NOTEBOOK_DB);
      request.onsuccess = () => {
        const get = request.result.transaction('facts').objectStore('facts').get(englishFacts[0].id);
        get.onsuccess = () => resolve(get.result);
      };
    });
    expect(raw).toEqual(damaged);
  });
});
