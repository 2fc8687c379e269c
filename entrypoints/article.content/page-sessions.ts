import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerMessages, isAyeyarMessage, type AyeyarMessage } from '@/utils/messages';

/**
 * The content script's work on one page address at a time: it follows the
 * history changes the site's own scripts make (the old address is left
 * exactly as it was, the new one taken up once its content has had a moment
 * to arrive; a jump to an anchor is no new page) and answers the popup's and
 * the background's messages.
 *
 * Each session gets an AbortSignal: aborting it (a new address) stops the
 * session and takes every mark out of the page. When the extension goes away
 * under an open tab (reloaded, updated, removed) the session is detached
 * instead: the reader keeps the page as it is, panel included, and only what
 * needs the extension stops. (Firefox then starts the new version's script in
 * the tab, which clears what the old one left: leftovers.ts.)
 */
export interface PageSession {
  /** An answer to a message this session handles; undefined when it has none. */
  answer(message: AyeyarMessage): Promise<unknown> | undefined;
  /** The extension went away: stop watching the page and storage, leave the page as the reader sees it. */
  detach(): void;
}

export type StartSession = (url: string, signal: AbortSignal) => PageSession | null;

/** The site's new content has had this long to arrive after its script changed the address. */
export const SETTLE_AFTER_NAVIGATION_MS = 250;

export function runPageSessions(ctx: ContentScriptContext, start: StartSession): void {
  let controller = new AbortController();
  let session = start(location.href, controller.signal);
  let address = withoutHash(location.href);

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    if (withoutHash(newUrl.href) === address) return;
    address = withoutHash(newUrl.href);
    controller.abort();
    session = null;
    ctx.setTimeout(() => {
      if (session || withoutHash(location.href) !== address) return;
      controller = new AbortController();
      session = start(location.href, controller.signal);
    }, SETTLE_AFTER_NAVIGATION_MS);
  });

  const stopAnswering = answerMessages((message) => (isAyeyarMessage(message) ? session?.answer(message) : undefined));
  ctx.onInvalidated(() => {
    session?.detach();
    try {
      stopAnswering();
    } catch {
      // The extension's side is gone already (Chromium): no message can come.
    }
  });
}

function withoutHash(url: string): string {
  return url.replace(/#.*$/, '');
}
