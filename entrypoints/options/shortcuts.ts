import { browser } from 'wxt/browser';

/** The extension's keyboard shortcuts as the browser has them now (the reader may have changed them). */
export async function listShortcuts(list: HTMLElement): Promise<void> {
  const commands = await browser.commands.getAll();
  // Names starting with "_" are the browser's own (open the popup), described nowhere.
  for (const command of commands.filter((c) => !c.name?.startsWith('_'))) {
    const action = document.createElement('dt');
    action.textContent = command.description || command.name || '';
    const keys = document.createElement('dd');
    const kbd = document.createElement('kbd');
    kbd.textContent = command.shortcut || 'Not set';
    keys.append(kbd);
    list.append(action, keys);
  }
}

/** Firefox 137+ only, so missing from the Chrome types behind wxt/browser. */
type FirefoxCommands = typeof browser.commands & { openShortcutSettings(): Promise<void> };

/** Each browser has its own page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  if (import.meta.env.FIREFOX) await (browser.commands as FirefoxCommands).openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
