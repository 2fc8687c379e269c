import { browser } from 'wxt/browser';
import { resolveLanguage, type LanguageChoice, type UiLanguage } from '@/core/i18n/messages';
import { readSettings, watchSettings } from './settings';

/**
 * The language of Ayeyar's words. The reader chooses it in the settings;
 * 'browser' is the browser's own language where Ayeyar has it, else English
 * (Chrome offers no Burmese for its own menus, hence the choice).
 */
export function interfaceLanguage(choice: LanguageChoice): UiLanguage {
  return resolveLanguage(choice, browser.i18n.getUILanguage());
}

/** Calls back with the language now, and again each time the reader changes it (any page, tab or synced device), until `signal` aborts. */
export async function watchLanguage(callback: (lang: UiLanguage) => void, signal?: AbortSignal): Promise<void> {
  watchSettings((changed) => {
    if (changed.language) callback(interfaceLanguage(changed.language));
  }, signal);
  callback(interfaceLanguage((await readSettings()).language));
}
