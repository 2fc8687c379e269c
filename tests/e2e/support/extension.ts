import type { E2EBrowser, E2EPage } from '@/node/browsers';

/** Actions a reader takes through the extension's own pages. */

/** The id of the tab showing url, asked from an extension page. */
export async function tabIdOf(browser: E2EBrowser, url: string): Promise<number> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    const id = await page.evaluate(async (target: string) => {
      type TabsApi = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
      const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
      return tabs.find((t) => t.url === target)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

/** Opens the toolbar popup for the tab showing url (as a page, ?tab=<id>). */
export async function openPopupFor(browser: E2EBrowser, url: string): Promise<E2EPage> {
  const tabId = await tabIdOf(browser, url);
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => !document.querySelector('main')!.hasAttribute('aria-busy'));
  return popup;
}

/** The options page, once it shows the stored settings. */
export async function openOptions(browser: E2EBrowser): Promise<E2EPage> {
  const options = await browser.openExtensionPage('options.html');
  await options.waitForFunction(() => !document.getElementById('settings')!.hasAttribute('aria-busy'));
  return options;
}

/** Every setting back to its default, straight in storage (from any extension page). */
export async function clearSettings(page: E2EPage): Promise<void> {
  await page.evaluate(async () => {
    type StorageApi = { storage: { sync: { clear(): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
    await (scope.browser ?? scope.chrome).storage.sync.clear();
  });
}

/** Flips "Clean mode on this page" in the popup, as a reader would. */
export async function toggleCleanMode(browser: E2EBrowser, url: string): Promise<void> {
  const popup = await openPopupFor(browser, url);
  const before = await popup.evaluate(() => document.getElementById('clean')!.getAttribute('aria-checked'));
  await popup.click('#clean');
  await popup.waitForFunction((was: string | null) => document.getElementById('clean')!.getAttribute('aria-checked') !== was, before);
  await popup.close();
}

/**
 * What a keyboard shortcut does: the background sends the command's message to
 * the active tab. Headless browsers do not route shortcut keys to extensions,
 * so the test sends the same message from an extension page.
 */
export async function runCommand(browser: E2EBrowser, url: string, type: 'ayeyar:toggle-panel' | 'ayeyar:toggle-clean'): Promise<void> {
  const tabId = await tabIdOf(browser, url);
  const page = await browser.openExtensionPage('popup.html');
  try {
    await page.evaluate(
      async ({ id, message }) => {
        type TabsApi = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
        await (scope.browser ?? scope.chrome).tabs.sendMessage(id, message);
      },
      { id: tabId, message: { type } },
    );
  } finally {
    await page.close();
  }
}
