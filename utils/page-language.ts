import catalogues from 'virtual:ayeyar-messages';
import { messagesFor, type MessageKey, type Messages, type TextKey, type UiLanguage } from '@/core/i18n/messages';
import { watchLanguage } from './i18n';

/**
 * The words of an extension page (popup, options, notebook) in the reader's
 * language, live. Its HTML names each of its texts by key (data-text), with
 * data-args (space-separated numbers) for a message's placeholders. What a
 * page builds itself it draws again in `render`.
 */

export type PageMessages = Messages<MessageKey>;

export function pageMessages(lang: UiLanguage): PageMessages {
  return messagesFor(lang, catalogues[lang]);
}

export function showPageTexts(doc: Document, t: PageMessages): void {
  doc.documentElement.lang = t.lang;
  const args = (el: HTMLElement) => (el.dataset.args ?? '').split(' ').filter(Boolean).map(Number);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = t.text(el.dataset.text as TextKey<MessageKey>, ...args(el));
}

/** Shows the page in the reader's language, and again whenever it changes; resolves once it is first shown. */
export function followPageLanguage(doc: Document, render: (t: PageMessages) => void): Promise<void> {
  return watchLanguage((lang) => {
    const t = pageMessages(lang);
    showPageTexts(doc, t);
    render(t);
  });
}
