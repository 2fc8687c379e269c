export default defineBackground(() => {
  // The toolbar button toggles clean mode in its tab; tabs without Ayeyar just don't answer.
  browser.action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'ayeyar:toggle-clean' }).catch(() => {});
  });
});
