import type { SettingValues } from '../core/settings/specs';
import { toStoredValues } from '../core/settings/stored';
import type { E2EBrowser } from './browsers';

/**
 * Stores settings as the options page does (each checked, with its version),
 * from one of the extension's pages: for tests and screenshots that need,
 * say, Ayeyar's words in a given language rather than the browser's.
 */
export async function storeSettings(browser: E2EBrowser, values: Partial<SettingValues>): Promise<void> {
  const page = await browser.openExtensionPage('options.html');
  try {
    await page.evaluate(async (items: Record<string, unknown>) => {
      type StorageApi = { storage: { sync: { set(items: object): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: StorageApi; chrome: StorageApi };
      await (scope.browser ?? scope.chrome).storage.sync.set(items);
    }, toStoredValues(values));
  } finally {
    await page.close();
  }
}
