/**
 * What an earlier Ayeyar left in a page it can no longer tidy: Firefox
 * injects the new content script into open tabs when the extension is
 * updated or reloaded, after the old one was torn down with its work still
 * in the page. Removed before the new one starts, so there is never a second
 * panel or a stale mark.
 */
export function removeLeftovers(doc: Document): void {
  for (const panel of doc.querySelectorAll('ayeyar-panel')) panel.remove();
  for (const mark of doc.querySelectorAll('mark[data-ayeyar-mark]')) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
  for (const el of doc.querySelectorAll('[data-ayeyar-keep], [data-ayeyar-clutter]')) {
    el.removeAttribute('data-ayeyar-keep');
    el.removeAttribute('data-ayeyar-clutter');
  }
  const html = doc.documentElement;
  for (const { name } of [...html.attributes]) if (name.startsWith('data-ayeyar')) html.removeAttribute(name);
}
