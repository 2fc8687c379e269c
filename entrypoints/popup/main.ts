import { browser } from 'wxt/browser';
import { sendToTab, type TabState } from '@/utils/messages';
import './style.css';

const status = document.getElementById('status')!;
const cleanRow = document.getElementById('clean-row')!;
const cleanSwitch = document.getElementById('clean') as HTMLButtonElement;

/** The tab this popup acts on: the active tab, or ?tab=<id> when opened as a page. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function render(state: TabState | null): void {
  if (!state?.article) {
    status.textContent = 'Ayeyar works on articles of The Irrawaddy. Open one to read it in clean mode.';
    cleanRow.hidden = true;
    return;
  }
  status.textContent = 'Irrawaddy article';
  cleanRow.hidden = false;
  cleanSwitch.setAttribute('aria-checked', String(state.clean));
}

async function main(): Promise<void> {
  const tabId = await targetTabId();
  if (tabId === undefined) return render(null);
  render(await sendToTab<TabState>(tabId, { type: 'ayeyar:get-state' }));
  cleanSwitch.addEventListener('click', async () => {
    const on = cleanSwitch.getAttribute('aria-checked') !== 'true';
    render(await sendToTab<TabState>(tabId, { type: 'ayeyar:set-clean', on }));
  });
}

void main();
