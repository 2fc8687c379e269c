import { browser } from 'wxt/browser';
import { isAyeyarMessage, sendToTab } from '@/utils/messages';
import { answerNotebookMessages } from '@/utils/notebook/background';
// Defining the settings runs their migrations: here, as soon as the extension starts or updates.
import { settings } from '@/utils/settings';

export default defineBackground(() => {
  // Keyboard shortcuts (declared in the manifest, rebindable in the browser's shortcut settings).
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'toggle-clean-mode') await sendToTab(tab.id, { type: 'ayeyar:toggle-clean' });
    if (command === 'toggle-panel') await sendToTab(tab.id, { type: 'ayeyar:toggle-panel' });
  });

  // Settings changed in a tab's panel: stored here, through the storage items (versions, checks).
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isAyeyarMessage(message) || message.type !== 'ayeyar:save-setting') return undefined;
    if (message.name === 'panel') return settings.panel.set(message.value);
    if (message.name === 'copyFormat') return settings.copyFormat.set(message.value);
    return undefined;
  });

  // The notebook: facts kept in a tab's panel are written to the extension's own IndexedDB here.
  answerNotebookMessages();
});
