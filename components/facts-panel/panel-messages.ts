import catalogues from 'virtual:ayeyar-panel-messages';
import { messagesFor, type Messages, type PanelKey, type UiLanguage } from '@/core/i18n/messages';

/** The facts panel's words: only its own messages travel in the content script (wxt.config.ts), both languages, for a live switch. */
export type PanelMessages = Messages<PanelKey>;

export function panelMessages(lang: UiLanguage): PanelMessages {
  return messagesFor(lang, catalogues[lang]);
}
