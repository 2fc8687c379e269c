import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/messages';
import { migrateStoredSettings } from '@/utils/settings';

export default defineBackground(() => {
  // Settings stored by an older Ayeyar are written back in today's shape (every reader migrates on read meanwhile).
  void migrateStoredSettings().catch(() => {});

  // Keyboard shortcuts (declared in the manifest, rebindable in the browser's shortcut settings).
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'toggle-clean-mode') await sendToTab(tab.id, { type: 'ayeyar:toggle-clean' });
    if (command === 'toggle-panel') await sendToTab(tab.id, { type: 'ayeyar:toggle-panel' });
  });
});
