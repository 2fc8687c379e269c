import { SITES } from '@/core/sites';
import { matchPatterns } from '@/core/sites/match-patterns';
import { runPageSessions } from '@/utils/page-session';
import { removeLeftovers } from './leftovers';
import { startSession } from './session';
import 'virtual:ayeyar-clean.css';
import './page.css';

/**
 * Clean mode, from document_start: the address decides synchronously, so the
 * manifest stylesheet hides the clutter before the first paint. Kept small:
 * the facts and their panel come later, in facts.content.
 */
export default defineContentScript({
  matches: matchPatterns(SITES),
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  main(ctx) {
    removeLeftovers(document);
    runPageSessions(ctx, startSession);
  },
});
