import { SITES } from '@/core/sites';
import { matchPatterns } from '@/core/sites/match-patterns';
import { runPageSessions } from '@/utils/page-session';
import { startFacts } from './facts';

/**
 * The facts panel, once the page is parsed: key figures and people of the
 * article, highlighted in the text, copied with a citation. Clean mode is the
 * other content script (clean.content), which runs first.
 */
export default defineContentScript({
  matches: matchPatterns(SITES),
  runAt: 'document_end',
  main(ctx) {
    runPageSessions(ctx, startFacts);
  },
});
