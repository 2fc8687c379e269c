import { classifyUrl } from '@/core/detect/article';
import { editionForUrl } from '@/core/sites';
import type { TabState } from '@/utils/messages';
import { CleanMode } from './clean-mode';
import { startFacts } from './facts';
import { followSettings } from './follow-settings';
import { runInSlices } from './idle';
import type { PageSession } from './page-sessions';
import { PageState } from './page-state';

/**
 * Ayeyar on one article address (the order of its work: page-state.ts):
 * clean mode from the first moment, the reader's settings, the article's
 * parts once the DOM is there, the generic detector and the facts at idle.
 * A page that turns out not to be an article, or an abort (the site's own
 * script moved to another address), leaves the page exactly as the site
 * made it.
 */
export function startSession(url: string, stopped: AbortSignal): PageSession | null {
  // Decided from the address alone, synchronously: at document_start the hiding CSS applies before first paint.
  const verdict = classifyUrl(url);
  const edition = editionForUrl(url);
  if (!verdict.site || !verdict.article || !edition) return null;
  // Ends with the address, or earlier when the page shows no article after all.
  const life = new AbortController();
  stopped.addEventListener('abort', () => life.abort(), { once: true });
  const { signal } = life;
  const state = new PageState(url, verdict.site, edition, signal);
  const clean = new CleanMode(state);
  clean.enable();
  state.publishWork();
  const facts = startFacts(state, clean);
  const settings = followSettings(state, clean, (values) => facts.settingsChanged(values));

  signal.addEventListener(
    'abort',
    () => {
      clean.disable();
      state.retractWork();
    },
    { once: true },
  );

  const onReady = () => {
    if (signal.aborted) return;
    const parts = state.timed(() => {
      const found = state.articleParts();
      if (found) clean.attach(found);
      return found;
    });
    // Not an article after all (a 404, a listing): leave it exactly as it was.
    if (!parts) return life.abort();
    runInSlices(signal, (shouldYield) => clean.detectClutter(shouldYield));
    facts.found(parts);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true, signal });
  else onReady();

  const report = (): TabState => ({ article: true, clean: clean.enabled, site: state.site.id, editionOn: settings.editionOn, panel: facts.open });

  return {
    detach: () => clean.stopWatching(),
    answer(message) {
      if (signal.aborted) return undefined;
      switch (message.type) {
        case 'ayeyar:toggle-clean':
          settings.setClean(!clean.enabled);
          break;
        case 'ayeyar:set-clean':
          settings.setClean(message.on);
          break;
        case 'ayeyar:toggle-panel':
          facts.toggle();
          break;
        case 'ayeyar:set-panel':
          facts.setOpen(message.on);
          break;
        case 'ayeyar:copy-all':
          return Promise.resolve({ text: facts.formatAll() });
        case 'ayeyar:get-state':
          break;
        default:
          return undefined;
      }
      return Promise.resolve(report());
    },
  };
}
