import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { loadFixture } from '@/node/fixtures';
import { CONTROL_HOST, Router } from '@/node/router';
import { SETTINGS } from '@/core/settings/specs';
import { openPopupFor } from './support/extension';

/**
 * Ayeyar sends nothing anywhere and keeps nothing about what is read unless
 * the reader keeps it: a reader's whole session (clean mode, the panel,
 * highlights, copying, keeping a fact, the notebook and its exports, the
 * popup, the options) makes exactly the requests the page makes without the
 * extension; extension storage holds settings only, and a kept fact lives in
 * the extension's own IndexedDB and nowhere else.
 */

const seed = loadFixture('irrawaddy--russia-visit-2017');

/** The path and query of each request: the control host serves the same page. */
const paths = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).pathname + new URL(u).search))].sort();

const KEEP = 'ayeyar-panel [data-fact="figure"][data-index="1"] .keep';

async function readerSession(browser: E2EBrowser, url: string, { keep = false } = {}): Promise<E2EPage> {
  const page = await browser.open(url);
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('[data-fact]'), undefined, 15_000);
  await page.click('ayeyar-panel [data-fact="figure"][data-index="1"] .fact-main');
  await page.hover('ayeyar-panel [data-fact="person"][data-index="0"] .fact-main');
  await page.click('ayeyar-panel [data-fact="figure"][data-index="1"] .copy');
  await page.click('ayeyar-panel .copy-all');
  if (keep) await keepFact(page);
  const popup = await openPopupFor(browser, url);
  await popup.click('#copy-all');
  await popup.close();
  const options = await browser.openExtensionPage('options.html');
  await options.close();
  const notebook = await browser.openExtensionPage('notebook.html');
  await notebook.waitForFunction(() => !document.querySelector('.results')!.hasAttribute('aria-busy'));
  // An export is made in the page, a link to a blob: never a request. (Caught at the link, so no file lands in the machine's downloads.)
  await notebook.evaluate(() => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      document.body.dataset.exported = this.href;
    };
  });
  await notebook.click('[data-export="json"]');
  expect(await notebook.evaluate(() => document.body.dataset.exported)).toMatch(/^blob:/);
  await notebook.close();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  return page;
}

async function keepFact(page: E2EPage): Promise<void> {
  await page.click(KEEP);
  await page.waitForFunction((selector: string) => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector(selector)!.hasAttribute('aria-expanded'), KEEP.replace('ayeyar-panel ', ''));
}

/** What the extension stores, read from one of its pages: storage areas and the notebook's IndexedDB. */
async function storedData(browser: E2EBrowser) {
  const page = await browser.openExtensionPage('popup.html');
  const stored = await page.evaluate(async () => {
    type StorageApi = { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> } | undefined> };
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    const api = (scope.browser ?? scope.chrome).storage;
    const databases = (await indexedDB.databases()).map((db) => db.name);
    const notebook: Record<string, unknown[]> = {};
    if (databases.includes('ayeyar-notebook')) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ayeyar-notebook');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const name of db.objectStoreNames) {
        notebook[name] = await new Promise((resolve) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      }
      db.close();
    }
    return { local: await api.local!.get(null), sync: await api.sync!.get(null), session: api.session ? await api.session.get(null) : {}, databases, notebook };
  });
  await page.close();
  return stored;
}

describe.each(BROWSERS)('privacy in %s', (browserName) => {
  let browser: E2EBrowser;
  let router: Router;
  beforeAll(async () => {
    router = new Router();
    browser = await launch(browserName, router);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes no network request of its own while a reader uses it', async () => {
    router.requests.length = 0;
    const control = await browser.open(Router.control(seed.expected.url));
    await control.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    await control.close();
    const withoutAyeyar = router.requests.splice(0);

    const page = await readerSession(browser, seed.expected.url, { keep: true });
    await page.close();
    const withAyeyar = router.requests.splice(0);

    expect(withAyeyar.every((u) => new URL(u).hostname === 'www.irrawaddy.com'), withAyeyar.join('\n')).toBe(true);
    expect(withoutAyeyar.every((u) => new URL(u).hostname === CONTROL_HOST)).toBe(true);
    expect(paths(withAyeyar)).toEqual(paths(withoutAyeyar));
  });

  it('stores nothing about the pages read, only settings, until the reader keeps a fact; that fact only in the notebook', async () => {
    // A reader who never kept anything (the test above kept a fact: its notebook goes first).
    const cleaner = await browser.openExtensionPage('popup.html');
    await cleaner.evaluate(() => new Promise((resolve, reject) => Object.assign(indexedDB.deleteDatabase('ayeyar-notebook'), { onsuccess: resolve, onerror: reject })));
    await cleaner.close();

    const page = await readerSession(browser, seed.expected.url);
    const read = await storedData(browser);
    const settingNames = Object.values(SETTINGS).map((spec) => spec.name);
    expect(read.local).toEqual({});
    expect(read.session).toEqual({});
    // Each setting's stored-shape version is kept beside it, under "<name>$".
    for (const key of Object.keys(read.sync)) expect(settingNames).toContain(key.replace(/\$$/, ''));
    // Reading, copying and opening the notebook create no database at all.
    expect(read.databases).toEqual([]);
    const everything = JSON.stringify(read);
    expect(everything).not.toContain('irrawaddy.com');
    expect(everything).not.toContain('Min Aung Hlaing');
    expect(everything).not.toContain(seed.expected.title!);

    // Keeping one fact stores that fact and its article's citation, in the notebook only.
    await keepFact(page);
    await page.close();
    const kept = await storedData(browser);
    expect(kept.databases).toEqual(['ayeyar-notebook']);
    expect(kept.notebook.articles).toEqual([expect.objectContaining({ url: seed.expected.url, title: seed.expected.title })]);
    expect(kept.notebook.facts).toEqual([expect.objectContaining({ articleUrl: seed.expected.url, kind: 'money' })]);
    expect({ local: kept.local, sync: kept.sync, session: kept.session }).toEqual({ local: read.local, sync: read.sync, session: read.session });
  });
});
