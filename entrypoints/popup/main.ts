import { browser } from 'wxt/browser';
import { sendToTab, type AyeyarMessage, type FactsCopy, type TabState } from '@/utils/messages';
import '@/assets/page-base.css';
import './style.css';

const status = document.getElementById('status')!;
const cleanRow = document.getElementById('clean-row')!;
const cleanSwitch = document.getElementById('clean') as HTMLButtonElement;
const panelRow = document.getElementById('panel-row')!;
const panelSwitch = document.getElementById('panel') as HTMLButtonElement;
const copyAll = document.getElementById('copy-all') as HTMLButtonElement;

/** The tab this popup acts on: the active tab, or ?tab=<id> when opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function render(state: TabState | null): void {
  const active = !!state?.article && state.editionOn;
  cleanRow.hidden = !active;
  // The panel's controls appear only once the page reports a panel.
  const hasPanel = active && state!.panel !== undefined;
  panelRow.hidden = copyAll.hidden = !hasPanel;
  if (!state?.article) {
    status.textContent = 'Ayeyar works on articles of The Irrawaddy. Open one to read it in clean mode.';
    return;
  }
  if (!state.editionOn) {
    status.textContent = 'Ayeyar is turned off for this edition of The Irrawaddy. You can turn it back on in the settings.';
    return;
  }
  status.textContent = 'Irrawaddy article';
  cleanSwitch.setAttribute('aria-checked', String(state.clean));
  if (hasPanel) panelSwitch.setAttribute('aria-checked', String(state.panel));
}

async function main(): Promise<void> {
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
      status.textContent = 'All facts copied.';
    } catch {
      status.textContent = 'The facts could not be copied. Please try again from the panel.';
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

void main();
