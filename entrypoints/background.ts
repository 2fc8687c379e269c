import { browser } from 'wxt/browser';
import { extractFromParagraphs } from '@/core/extract';
import { answerMessages, isArticleMessage, sendToTab, type ArticleAnswer } from '@/utils/messages';
import { answerNotebookMessages, keptFrom } from '@/utils/notebook/background';
import { announceNotebookChange } from '@/utils/notebook/changes';
import { openNotebookStore } from '@/utils/notebook/store';
import { migrateStoredSettings } from '@/utils/settings';

export default defineBackground(() => {
  // Settings stored by an older Ayeyar are written back in today's shape (every reader migrates on read meanwhile).
  void migrateStoredSettings().catch(() => {});

  // The notebook: facts kept in a tab's panel are written to the extension's own IndexedDB here.
  const notebook = openNotebookStore({ onWrite: announceNotebookChange });
  answerNotebookMessages(notebook);

  // An article tab's one question as its panel is built: the text half of extraction, off the page's main thread, and its kept facts.
  answerMessages((message) => {
    if (!isArticleMessage(message)) return undefined;
    const facts = message.paragraphs && extractFromParagraphs(message.paragraphs);
    return keptFrom(notebook, message.source).then((kept): ArticleAnswer => ({ facts, kept }));
  });

  // Keyboard shortcuts (declared in the manifest, rebindable in the browser's shortcut settings).
  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    if (command === 'toggle-clean-mode') await sendToTab(tab.id, { type: 'ayeyar:toggle-clean' });
    if (command === 'toggle-panel') await sendToTab(tab.id, { type: 'ayeyar:toggle-panel' });
  });
});
