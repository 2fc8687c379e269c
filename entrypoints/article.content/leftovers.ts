import { ATTR, PANEL_ELEMENT } from '@/core/clean/hide-css';
import { createHighlighter } from './highlighter';

/**
 * What an earlier Ayeyar left in a page it can no longer tidy: Firefox
 * injects the new content script into open tabs when the extension is
 * updated or reloaded, after the old one was torn down with its work still
 * in the page. Removed before the new one starts, so there is never a second
 * panel or a stale mark.
 */
export function removeLeftovers(doc: Document): void {
  for (const panel of doc.querySelectorAll(PANEL_ELEMENT)) panel.remove();
  createHighlighter(doc).clearAll();
  for (const el of doc.querySelectorAll(`[${ATTR.keep}], [${ATTR.clutter}]`)) {
    el.removeAttribute(ATTR.keep);
    el.removeAttribute(ATTR.clutter);
  }
  const html = doc.documentElement;
  for (const { name } of [...html.attributes]) if (name.startsWith(ATTR.mode)) html.removeAttribute(name);
}
