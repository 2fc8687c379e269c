import { parseUrl, siteForUrl, type SiteRules } from '../sites';

/**
 * Article detection in two steps: the address alone (synchronous, usable at
 * document_start before anything is parsed) and then the page's own evidence
 * once the DOM is there, so a 404 or a listing served at an article-like
 * address is left alone.
 */

export interface UrlVerdict {
  site: SiteRules | null;
  /** The address has the shape of an article of a known site. */
  article: boolean;
}

export function classifyUrl(url: string | URL): UrlVerdict {
  const parsed = parseUrl(url);
  const site = parsed ? siteForUrl(parsed) : null;
  if (!parsed || !site) return { site: null, article: false };
  if (!/^https?:$/.test(parsed.protocol)) return { site, article: false };
  const path = parsed.pathname;
  // A search query turns any address into a results page (WordPress: /?s=…).
  if (parsed.searchParams.has('s')) return { site, article: false };
  if (site.listingPaths.some((re) => re.test(path))) return { site, article: false };
  return { site, article: site.articlePaths.some((re) => re.test(path)) };
}

/** WordPress body classes of pages that are not single articles. */
const NON_ARTICLE_BODY_CLASSES = ['error404', 'archive', 'home', 'blog', 'search', 'category', 'tag', 'author', 'paged'];
/** schema.org types that mean "one article". */
const ARTICLE_LD_TYPES = /"@type"\s*:\s*"(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|OpinionNewsArticle|AnalysisNewsArticle)"/;

/** Page evidence that a document is a single article. */
export function hasArticleEvidence(doc: Document): boolean {
  const bodyClasses = doc.body?.classList;
  if (bodyClasses && NON_ARTICLE_BODY_CLASSES.some((c) => bodyClasses.contains(c))) return false;
  if (bodyClasses?.contains('single-post') || bodyClasses?.contains('single')) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType?.trim().toLowerCase() === 'article') return true;
  if (doc.querySelector('meta[property="article:published_time"]')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_LD_TYPES.test(script.textContent ?? '')) return true;
  }
  return false;
}

/** The full verdict: an article address of a known site, confirmed by the page. */
export function isArticlePage(url: string | URL, doc: Document): boolean {
  return classifyUrl(url).article && hasArticleEvidence(doc);
}
