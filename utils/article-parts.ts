import { hasArticleEvidence } from '@/core/detect/article';
import { findArticleParts, type ArticleParts } from '@/core/detect/body';
import type { SiteRules } from '@/core/sites';

/**
 * The article's parts, found once for both content scripts: clean mode finds
 * them when the DOM is parsed, the facts script reuses them at idle instead
 * of walking the page again. The two scripts share the extension's one
 * isolated world per page (as work-timer.ts explains); where they did not,
 * each would simply find the parts itself. Only a find that is still
 * connected to the same document at the same address is reused.
 */

interface Found {
  doc: Document;
  url: string;
  parts: ArticleParts;
}
const shared = globalThis as { __ayeyarParts?: Found };

/** The parts of the article at `url` in `doc`, or null when the page shows no article. */
export function articleParts(doc: Document, url: string, site: SiteRules): ArticleParts | null {
  const known = shared.__ayeyarParts;
  if (known && known.doc === doc && known.url === url && known.parts.body.isConnected) return known.parts;
  const parts = hasArticleEvidence(doc) ? findArticleParts(doc, site) : null;
  // A miss is not kept: the page may still add its article later.
  if (parts) shared.__ayeyarParts = { doc, url, parts };
  return parts;
}
