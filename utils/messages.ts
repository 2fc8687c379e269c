import { browser } from 'wxt/browser';
import type { CopyFormat, PanelLayout } from './setting-specs';

/** Messages between the extension's pages and the content script of an article tab. */
export type AyeyarMessage =
  | { type: 'ayeyar:get-state' }
  | { type: 'ayeyar:set-clean'; on: boolean }
  | { type: 'ayeyar:toggle-clean' }
  | { type: 'ayeyar:get-panel' }
  | { type: 'ayeyar:set-panel'; on: boolean }
  | { type: 'ayeyar:toggle-panel' }
  /** Answered with a FactsCopy: the page has no user gesture, so the popup writes the clipboard. */
  | { type: 'ayeyar:copy-all' }
  /** From the content script to the background, which writes settings (it holds the storage items). */
  | ({ type: 'ayeyar:save-setting' } & SettingChange);

/** A setting the reader changed in the panel (side, copy format). */
export type SettingChange = { name: 'panel'; value: PanelLayout } | { name: 'copyFormat'; value: CopyFormat };

/** What the content script of a tab reports about itself. */
export interface TabState {
  article: boolean;
  clean: boolean;
  site: string;
  /** False when the reader turned this page's edition off in the options: Ayeyar leaves the page alone. */
  editionOn: boolean;
}

/** What the facts script of a tab reports: whether its panel is open; absent where the page has no panel. */
export interface PanelState {
  panel?: boolean;
}

/** Every fact of the article in the reader's copy format, ready for the clipboard. */
export interface FactsCopy {
  text: string;
}

export function isAyeyarMessage(message: unknown): message is AyeyarMessage {
  return typeof message === 'object' && message !== null && String((message as { type?: unknown }).type).startsWith('ayeyar:');
}

/** Ask a tab; null when no Ayeyar content script answers there (another site, a listing page). */
export async function sendToTab<T>(tabId: number, message: AyeyarMessage): Promise<T | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as T) ?? null;
  } catch {
    return null;
  }
}

/** Ask the background to store a setting changed in a tab. */
export async function saveSetting(change: SettingChange): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'ayeyar:save-setting', ...change } satisfies AyeyarMessage);
  } catch {
    // The background is restarting (an update): the reader's choice still holds in this tab.
  }
}
