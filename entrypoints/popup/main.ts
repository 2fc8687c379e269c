import { browser } from 'wxt/browser';
import type { MessageKey, TextKey } from '@/core/i18n/messages';
import { sendToTab, type AyeyarMessage, type FactsCopy, type TabState } from '@/utils/messages';
import { followPageLanguage, type PageMessages } from '@/utils/page-language';
import '@/assets/page-base.css';
import './style.css';

const main = document.querySelector('main')!;
const status = document.getElementById('status')!;
const cleanRow = document.getElementById('clean-row')!;
const cleanSwitch = document.getElementById('clean') as HTMLButtonElement;
const panelRow = document.getElementById('panel-row')!;
const panelSwitch = document.getElementById('panel') as HTMLButtonElement;
const copyAll = document.getElementById('copy-all') as HTMLButtonElement;

let t: PageMessages;
/** What the status line says, kept as a key so that a change of language rewords it. */
let said: TextKey<MessageKey> = 'popup_looking';

function say(key: TextKey<MessageKey>): void {
  said = key;
  status.textContent = t.text(key);
}

/** The tab this popup acts on: the active tab, or ?tab=<id> when opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function render(state: TabState | null): void {
  main.removeAttribute('aria-busy');
  const active = !!state?.article && state.editionOn;
  cleanRow.hidden = !active;
  // The panel's controls appear only once the page reports a panel.
  const hasPanel = active && state!.panel !== undefined;
  panelRow.hidden = copyAll.hidden = !hasPanel;
  if (!state?.article) return say('popup_notArticle');
  if (!state.editionOn) return say('popup_editionOff');
  say('popup_article');
  cleanSwitch.setAttribute('aria-checked', String(state.clean));
  if (hasPanel) panelSwitch.setAttribute('aria-checked', String(state.panel));
}

async function start(): Promise<void> {
  await followPageLanguage(document, (messages) => {
    t = messages;
    say(said);
  });
  const tabId = await targetTabId();
  if (tabId === undefined) return render(null);
  // Every message is answered with the tab's state after it.
  const ask = async (message: AyeyarMessage) => render(await sendToTab<TabState>(tabId, message));
  await ask({ type: 'ayeyar:get-state' });

  const flip = (button: HTMLButtonElement) => button.getAttribute('aria-checked') !== 'true';
  cleanSwitch.addEventListener('click', () => ask({ type: 'ayeyar:set-clean', on: flip(cleanSwitch) }));
  panelSwitch.addEventListener('click', () => ask({ type: 'ayeyar:set-panel', on: flip(panelSwitch) }));
  copyAll.addEventListener('click', async () => {
    // The popup writes the clipboard: the click happened here, and the page has no user gesture of its own.
    const copy = await sendToTab<FactsCopy>(tabId, { type: 'ayeyar:copy-all' });
    try {
      if (!copy?.text) throw new Error('nothing to copy');
      await navigator.clipboard.writeText(copy.text);
      say('popup_copied');
    } catch {
      say('popup_copyFailed');
    }
  });
}

// The notebook of kept facts, in a tab of its own.
document.getElementById('notebook-link')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL('/notebook.html') }).then(() => window.close());
});

document.getElementById('options-link')!.addEventListener('click', (event) => {
  event.preventDefault();
  void browser.runtime.openOptionsPage();
});

void start();
