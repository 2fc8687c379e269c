import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeepRequest } from '@/core/notebook/records';
import { answerNotebook, keptFrom } from '@/utils/notebook/background';
import { openNotebookStore, type NotebookStore } from '@/utils/notebook/store';
import { ENGLISH_REQUEST } from './sample';

/** The background's answers to the panel, with the store on fake-indexeddb. */

const NOW = new Date('2025-01-13T08:00:00Z');
let store: NotebookStore;
afterEach(() => store?.close());

describe('the background answering the panel', () => {
  it('keeps facts, tells which are kept, saves a note and tags', async () => {
    store = openNotebookStore({ factory: new IDBFactory() });
    const source = ENGLISH_REQUEST.source;
    expect(await keptFrom(store, source)).toEqual({ kept: {} });
    expect(await answerNotebook(store, { type: 'ayeyar:keep', request: { ...ENGLISH_REQUEST, keys: ['figure:12 clinics'] } }, { now: NOW })).toEqual({
      kept: { 'figure:12 clinics': ['', []] },
    });
    await answerNotebook(store, { type: 'ayeyar:annotate', source, key: 'figure:12 clinics', note: 'closed since March', tags: 'health, #Magwe' }, { now: NOW });
    expect(await answerNotebook(store, { type: 'ayeyar:keep', request: ENGLISH_REQUEST }, { now: NOW })).toEqual({
      kept: {
        'figure:4.5 billion kyats': ['', []],
        'figure:12 clinics': ['closed since March', ['health', 'Magwe']],
        'person:Min Aung Hlaing': ['', []],
        'person:Khin Mar Lwin': ['', []],
      },
    });
    // The page at its tracking address is the same article.
    expect(Object.keys(((await keptFrom(store, { ...source, canonical: null })) as { kept: object }).kept)).toHaveLength(4);
  });

  it('stores nothing from a malformed request, or from a private window', async () => {
    store = openNotebookStore({ factory: new IDBFactory() });
    const broken = { ...ENGLISH_REQUEST, facts: { ...ENGLISH_REQUEST.facts, people: [], figures: [{ ...ENGLISH_REQUEST.facts.figures[0], value: Number.NaN }] } } as KeepRequest;
    expect(await answerNotebook(store, { type: 'ayeyar:keep', request: broken })).toEqual({ failed: 'failed' });
    expect(await answerNotebook(store, { type: 'ayeyar:keep', request: { ...ENGLISH_REQUEST, keys: [] } })).toEqual({ failed: 'failed' });
    expect(await answerNotebook(store, { type: 'ayeyar:keep', request: ENGLISH_REQUEST }, { privateWindow: true })).toEqual({ failed: 'private' });
    // A note for a fact deleted on the notebook page meanwhile.
    expect(await answerNotebook(store, { type: 'ayeyar:annotate', source: ENGLISH_REQUEST.source, key: 'figure:12 clinics', note: 'x', tags: '' })).toEqual({
      failed: 'gone',
    });
    expect((await store.read()).facts).toEqual([]);
  });

  it('says why when the browser refuses the database', async () => {
    const refusing = { open: () => { throw new DOMException('no', 'SecurityError'); }, databases: async () => [{ name: 'ayeyar-notebook', version: 1 }] } as unknown as IDBFactory;
    store = openNotebookStore({ factory: refusing });
    expect(await answerNotebook(store, { type: 'ayeyar:keep', request: ENGLISH_REQUEST })).toEqual({ failed: 'unavailable' });
    expect(await keptFrom(store, ENGLISH_REQUEST.source)).toEqual({ failed: 'unavailable' });
  });

  it('opens the notebook page in a tab', async () => {
    store = openNotebookStore({ factory: new IDBFactory() });
    fakeBrowser.reset();
    await answerNotebook(store, { type: 'ayeyar:open-notebook' });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/notebook.html'));
  });
});
