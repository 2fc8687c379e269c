import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { loadFixture } from '@/node/fixtures';
import { CONTROL_HOST, Router } from '@/node/router';
import { SETTINGS } from '@/core/settings/specs';
import { openPopupFor } from './support/extension';

/**
 * Ayeyar sends nothing anywhere and keeps nothing about what is read: a
 * reader's whole session (clean mode, the panel, highlights, copying, the
 * popup, the options) makes exactly the requests the page makes without the
 * extension, and leaves only settings in storage.
 */

const seed = loadFixture('irrawaddy--russia-visit-2017');

/** The path and query of each request: the control host serves the same page. */
const paths = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).pathname + new URL(u).search))].sort();

async function readerSession(browser: E2EBrowser, url: string): Promise<E2EPage> {
  const page = await browser.open(url);
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('[data-fact]'), undefined, 15_000);
  await page.click('ayeyar-panel [data-fact="figure"][data-index="1"] .fact-main');
  await page.hover('ayeyar-panel [data-fact="person"][data-index="0"] .fact-main');
  await page.click('ayeyar-panel [data-fact="figure"][data-index="1"] .copy');
  await page.click('ayeyar-panel .copy-all');
  const popup = await openPopupFor(browser, url);
  await popup.click('#copy-all');
  await popup.close();
  const options = await browser.openExtensionPage('options.html');
  await options.close();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  return page;
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

    const page = await readerSession(browser, seed.expected.url);
    await page.close();
    const withAyeyar = router.requests.splice(0);

    expect(withAyeyar.every((u) => new URL(u).hostname === 'www.irrawaddy.com'), withAyeyar.join('\n')).toBe(true);
    expect(withoutAyeyar.every((u) => new URL(u).hostname === CONTROL_HOST)).toBe(true);
    expect(paths(withAyeyar)).toEqual(paths(withoutAyeyar));
  });

  it('stores nothing about the pages read, only settings', async () => {
    const page = await readerSession(browser, seed.expected.url);
    await page.close();
    const extensionPage = await browser.openExtensionPage('popup.html');
    const stored = await extensionPage.evaluate(async () => {
      type StorageApi = { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> } | undefined> };
      const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      const api = (scope.browser ?? scope.chrome).storage;
      return { local: await api.local!.get(null), sync: await api.sync!.get(null), session: api.session ? await api.session.get(null) : {} };
    });
    await extensionPage.close();
    const settingNames = Object.values(SETTINGS).map((spec) => spec.name);
    expect(stored.local).toEqual({});
    expect(stored.session).toEqual({});
    // Each setting's stored-shape version is kept beside it, under "<name>$".
    for (const key of Object.keys(stored.sync)) expect(settingNames).toContain(key.replace(/\$$/, ''));
    const everything = JSON.stringify(stored);
    expect(everything).not.toContain('irrawaddy.com');
    expect(everything).not.toContain('Min Aung Hlaing');
    expect(everything).not.toContain(seed.expected.title!);
  });
});
