import { describe, expect, it } from 'vitest';
import { LOW_RECALL, loadReadabilityPage, MAY_HIDE, measurePage, MIN_PROSE, MIN_RECALL, READABILITY_PAGES_DIR, readabilityPageNames } from '@/node/readability-pages';

/**
 * The generic engine (body finder and clutter detector, no site rules) on
 * mozilla/readability's 130 test pages, pages nobody here wrote: what
 * Readability extracts must stay visible and inside the body found. The pages
 * live in ../shared; without it this suite is skipped and says so. `npm run
 * eval` prints the same measures as a summary, with times against
 * Readability.parse. Exceptions are listed by page, with the reason, in
 * node/readability-pages.ts.
 */

const names = readabilityPageNames();
if (!names) console.warn(`readability-pages: ${READABILITY_PAGES_DIR} is not here: these tests are skipped.`);

describe.skipIf(!names)(`the generic engine on Readability's test pages (${READABILITY_PAGES_DIR})`, () => {
  it.each(names ?? [])('%s: body found, article inside it, no article paragraph hidden', (name) => {
    const m = measurePage(loadReadabilityPage(name));
    expect(m.error).toBeNull();
    if (m.articleChars >= MIN_PROSE) expect(m.noBody).toBeNull();
    if (!(name in LOW_RECALL) && m.articleChars >= MIN_PROSE) expect(m.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    const allowed = MAY_HIDE[name]?.box;
    expect(m.hidden.filter((h) => !allowed?.test(h.mark))).toEqual([]);
  });
});
