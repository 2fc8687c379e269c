import { SITES, editionForUrl } from '@/core/sites';
import { matchPatterns } from '@/core/sites/match-patterns';
import { classifyUrl, hasArticleEvidence } from '@/core/detect/article';
import { findArticleParts } from '@/core/detect/body';
import { CleanMode } from './clean-mode';
import { applySettings } from './apply-settings';
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
    // The site was found by this host, so the edition is known.
    const settings = applySettings(clean, editionForUrl(location.href)!);

    const onReady = () => {
      const parts = timed(() => (hasArticleEvidence(document) ? findArticleParts(document, verdict.site) : null));
      // The page is not an article after all (a 404, a listing): leave it exactly as it was.
      if (!parts) {
        settings.stop();
        clean.disable();
        return retractWorkTime();
      }
      clean.attach(parts);

      const state = (): TabState => ({ article: true, clean: clean.enabled, site: verdict.site!.id, editionOn: settings.editionOn });
      browser.runtime.onMessage.addListener((message: unknown) => {
        if (!isAyeyarMessage(message)) return undefined;
        if (message.type === 'ayeyar:toggle-clean') settings.setClean(!clean.enabled);
        if (message.type === 'ayeyar:set-clean') settings.setClean(message.on);
        return Promise.resolve(state());
      });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
    else onReady();
    ctx.onInvalidated(() => {
      settings.stop();
      clean.disable();
    });
  },
});
