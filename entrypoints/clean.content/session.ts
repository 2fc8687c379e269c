import { classifyUrl } from '@/core/detect/article';
import { articleParts } from '@/utils/article-parts';
import { editionForUrl } from '@/core/sites';
import type { TabState } from '@/utils/messages';
import type { PageSession } from '@/utils/page-session';
import { applySettings } from './apply-settings';
import { CleanMode } from './clean-mode';
import { publishWorkTime, retractWorkTime, timed } from '@/utils/work-timer';

/**
 * Clean mode on one article address: on from the first moment, then the
 * reader's settings, then (once the DOM is there) the article found and the
 * generic clutter detector. A page turns out not to be an article, the site's
 * own script moves to another address, or the extension goes away: stop()
 * leaves the page exactly as the site made it. (The facts and their panel are
 * the other content script, facts.content.) It answers the messages about
 * clean mode.
 */
export function startSession(url: string): PageSession | null {
  // Decided from the address alone, synchronously: at document_start the hiding CSS applies before first paint.
  const verdict = timed(() => classifyUrl(url));
  if (!verdict.site || !verdict.article) return null;
  const site = verdict.site;
  const clean = new CleanMode(site);
  timed(() => clean.enable());
  publishWorkTime();
  // The site was found by this host, so the edition is known.
  const settings = applySettings(clean, editionForUrl(url)!);
  let article = true;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    document.removeEventListener('DOMContentLoaded', onReady);
    settings.stop();
    clean.disable();
    retractWorkTime();
  };

  function onReady(): void {
    const parts = timed(() => articleParts(document, url, site));
    if (!parts) {
      // Not an article after all (a 404, a listing): leave it exactly as it was.
      article = false;
      return stop();
    }
    clean.attach(parts);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();

  const state = (): TabState => ({ article: true, clean: clean.enabled, site: site.id, editionOn: settings.editionOn });

  return {
    stop,
    answer(message) {
      if (!article || stopped) return undefined;
      switch (message.type) {
        case 'ayeyar:toggle-clean':
          settings.setClean(!clean.enabled);
          return Promise.resolve(state());
        case 'ayeyar:set-clean':
          settings.setClean(message.on);
          return Promise.resolve(state());
        case 'ayeyar:get-state':
          return Promise.resolve(state());
        default:
          return undefined;
      }
    },
  };
}
