import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isAyeyarMessage, type AyeyarMessage } from './messages';

/**
 * A content script's work on one page address, and what both content scripts
 * do with it: follow the history changes the site's own scripts make (leave
 * the old address exactly as it was, take up the new one once its content has
 * had a moment to arrive; a jump to an anchor is no new page), answer the
 * popup's and the background's messages, and stop when the extension goes
 * away (reloaded, updated, removed).
 */
export interface PageSession {
  /** An answer to a message this script handles; undefined to leave it to the other script. */
  answer(message: AyeyarMessage): Promise<unknown> | undefined;
  stop(): void;
}

/** The site's new content has had this long to arrive after its script changed the address. */
export const SETTLE_AFTER_NAVIGATION_MS = 250;

export function runPageSessions(ctx: ContentScriptContext, start: (url: string) => PageSession | null): void {
  let session = start(location.href);
  let address = withoutHash(location.href);

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    if (withoutHash(newUrl.href) === address) return;
    address = withoutHash(newUrl.href);
    session?.stop();
    session = null;
    ctx.setTimeout(() => {
      if (!session && withoutHash(location.href) === address) session = start(location.href);
    }, SETTLE_AFTER_NAVIGATION_MS);
  });

  const onMessage = (message: unknown) => (isAyeyarMessage(message) ? session?.answer(message) : undefined);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    session?.stop();
    session = null;
  });
}

function withoutHash(url: string): string {
  return url.replace(/#.*$/, '');
}
