import { SITES } from '@/core/sites';
import { matchPatterns } from '@/core/sites/match-patterns';
import { classifyUrl, hasArticleEvidence } from '@/core/detect/article';
import { findArticleParts } from '@/core/detect/body';
import { CleanMode } from './clean-mode';
import { publishWorkTime, retractWorkTime, timed } from './work-timer';
import { isAyeyarMessage, type TabState } from '@/utils/messages';
import 'virtual:ayeyar-clean.css';

export default defineContentScript({
  matches: matchPatterns(SITES),
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    // Decided from the address alone, synchronously: the hiding CSS applies before first paint.
    const verdict = timed(() => classifyUrl(location.href));
    if (!verdict.site || !verdict.article) return;
    const clean = new CleanMode(verdict.site);
    timed(() => clean.enable());
    publishWorkTime();

    const onReady = () => {
      const parts = timed(() => (hasArticleEvidence(document) ? findArticleParts(document, verdict.site) : null));
      // The page is not an article after all (a 404, a listing): leave it exactly as it was.
      if (!parts) {
        clean.disable();
        return retractWorkTime();
      }
      clean.attach(parts);

      const state = (): TabState => ({ article: true, clean: clean.enabled, site: verdict.site!.id });
      browser.runtime.onMessage.addListener((message: unknown) => {
        if (!isAyeyarMessage(message)) return undefined;
        if (message.type === 'ayeyar:toggle-clean') timed(() => (clean.enabled ? clean.disable() : clean.enable()));
        if (message.type === 'ayeyar:set-clean') timed(() => (message.on ? clean.enable() : clean.disable()));
        return Promise.resolve(state());
      });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
    else onReady();
    ctx.onInvalidated(() => clean.disable());
  },
});
