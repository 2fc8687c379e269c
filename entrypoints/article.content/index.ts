import { SITES } from '@/core/sites';
import { articleGlobs, matchPatterns } from '@/core/sites/match-patterns';
import { removeLeftovers } from './leftovers';
import { runPageSessions } from './page-sessions';
import { startSession } from './session';
import 'virtual:ayeyar-clean.css';
import './page.css';

/**
 * Ayeyar on an article page, from document_start: the address decides
 * synchronously, so the manifest stylesheet hides the clutter before the
 * first paint; the rest of the work waits for the DOM and for idle time
 * (the order is drawn in page-state.ts).
 */
export default defineContentScript({
  matches: matchPatterns(SITES),
  // Not loaded at all on the sites' home and listing pages.
  includeGlobs: articleGlobs(SITES),
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    removeLeftovers(document);
    runPageSessions(ctx, startSession);
  },
});
