import type { Typography } from '@/core/clean/typography';
import type { MessageKey, TextKey } from '@/core/i18n/messages';
import { interfaceLanguage } from '@/utils/i18n';
import { followPageLanguage, type PageMessages } from '@/utils/page-language';
import { resetSettings } from '@/utils/settings';
import { bindSettings } from './bind-settings';
import { paintSwatches, showTypography } from './preview';
import { listShortcuts, openShortcutSettings } from './shortcuts';
import '@/assets/page-base.css';
import './style.css';

const form = document.getElementById('settings') as HTMLFormElement;
const preview = document.getElementById('preview')!;
const status = document.getElementById('status')!;
const shortcuts = document.getElementById('shortcuts')!;

let t: PageMessages;
/** What the status line says (a key and its arguments), so that a change of language rewords it. */
let said: { key: TextKey<MessageKey>; args: string[]; isError: boolean } | null = null;

function say(key: TextKey<MessageKey>, args: string[] = [], isError = false): void {
  said = { key, args, isError };
  status.textContent = t.text(key, ...args);
  status.classList.toggle('error', isError);
}

function failed(error: unknown): void {
  say('options_saveFailed', [error instanceof Error ? error.message : String(error)], true);
}

paintSwatches(document);
const language = followPageLanguage(document, (messages) => {
  t = messages;
  document.getElementById('language-browser')!.textContent = t.text('options_languageBrowser', t.text(`language_${interfaceLanguage('browser')}`));
  if (said) say(said.key, said.args, said.isError);
  void listShortcuts(shortcuts, t);
});
const bound = bindSettings(form, {
  shown: (name, value) => {
    if (name === 'typography') showTypography(preview, value as Typography);
  },
  saved: () => say('options_saved'),
  failed,
});
void Promise.all([language, bound]).then(() => form.removeAttribute('aria-busy'));

document.getElementById('reset')!.addEventListener('click', async () => {
  try {
    await resetSettings();
    say('options_resetDone');
  } catch (error) {
    failed(error);
  }
});

document.getElementById('change-shortcuts')!.addEventListener('click', () => void openShortcutSettings());
