import { browser } from 'wxt/browser';
import { extractFromParagraphs } from '@/core/extract';
import { answerMessages, isExtractMessage, sendToTab } from '@/utils/messages';
import { answerNotebookMessages } from '@/utils/notebook/background';
import { migrateStoredSettings } from '@/utils/settings';

export default defineBackground(() => {
  // Settings stored by an older Ayeyar are written back in today's shape (every reader migrates on read meanwhile).
  void migrateStoredSettings().catch(() => {});

  // The text half of extraction, for the content script of an article tab: off the page's main thread.
  answerMessages((message) => (isExtractMessage(message) ? Promise.resolve(extractFromParagraphs(message.paragraphs)) : undefined));

  // The notebook: facts kept in a tab's panel are written to the extension's own IndexedDB here.
  answerNotebookMessages();

  // Keyboard shortcuts (declared in the manifest, rebindable in the browser's shortcut settings).
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'toggle-clean-mode') await sendToTab(tab.id, { type: 'ayeyar:toggle-clean' });
    if (command === 'toggle-panel') await sendToTab(tab.id, { type: 'ayeyar:toggle-panel' });
  });
});
