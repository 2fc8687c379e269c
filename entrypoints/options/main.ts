import type { Typography } from '@/core/clean/typography';
import { resetSettings } from '@/utils/settings';
import { bindSettings } from './bind-settings';
import { paintSwatches, showTypography } from './preview';
import { listShortcuts, openShortcutSettings } from './shortcuts';
import '@/assets/page-base.css';
import './style.css';

const form = document.getElementById('settings') as HTMLFormElement;
const preview = document.getElementById('preview')!;
const status = document.getElementById('status')!;

function say(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function failed(error: unknown): void {
  say(`That change could not be saved (${error instanceof Error ? error.message : String(error)}). Please try again.`, true);
}

paintSwatches(document);
void bindSettings(form, {
  shown: (name, value) => {
    if (name === 'typography') showTypography(preview, value as Typography);
  },
  saved: () => say('Saved. Open articles now use it.'),
  failed,
}).then(() => form.removeAttribute('aria-busy'));

document.getElementById('reset')!.addEventListener('click', async () => {
  try {
    await resetSettings();
    say('Every setting is back to its default.');
  } catch (error) {
    failed(error);
  }
});

void listShortcuts(document.getElementById('shortcuts')!);
document.getElementById('change-shortcuts')!.addEventListener('click', () => void openShortcutSettings());
