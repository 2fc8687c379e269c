import { browser } from 'wxt/browser';
import type { MessageKey } from '@/core/i18n/messages';
import type { PageMessages } from '@/utils/page-language';

/**
 * The extension's keyboard shortcuts with the keys the browser has for them
 * now (the reader may have changed them), each described in the page's
 * language: the browser's own descriptions follow the browser's language.
 */
export async function listShortcuts(list: HTMLElement, t: PageMessages): Promise<void> {
  const commands = await browser.commands.getAll();
  // Names starting with "_" are the browser's own (open the popup), described nowhere.
  list.replaceChildren(
    ...commands
      .filter((c) => c.name && !c.name.startsWith('_'))
      .flatMap((command) => {
        const action = document.createElement('dt');
        action.textContent = t.text(`command_${command.name!.replaceAll('-', '_')}` as Extract<MessageKey, `command_${string}`>);
        const keys = document.createElement('dd');
        const kbd = document.createElement('kbd');
        kbd.textContent = command.shortcut || t.text('options_shortcutNotSet');
        keys.append(kbd);
        return [action, keys];
      }),
  );
}

/** Firefox 137+ only, so missing from the Chrome types behind wxt/browser. */
type FirefoxCommands = typeof browser.commands & { openShortcutSettings(): Promise<void> };

/** Each browser has its own page for changing extension shortcuts. */
export async function openShortcutSettings(): Promise<void> {
  if (import.meta.env.FIREFOX) await (browser.commands as FirefoxCommands).openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
