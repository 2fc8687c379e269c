/**
 * What Ayeyar knows about one news site, as data. The code that uses it stays
 * small and generic; a site that changes its markup changes this file only.
 */

/** Groups of clutter a reader can choose to hide (settings use these ids). */
export const CLUTTER_GROUPS = ['header', 'related', 'ads', 'sidebars', 'share', 'popups', 'footer'] as const;
export type ClutterGroup = (typeof CLUTTER_GROUPS)[number];

export interface SiteRules {
  /** Stable id, used in settings and fixture folder names. */
  id: string;
  name: string;
  /** Exact host names, each with the edition it serves. */
  editions: { host: string; language: 'en' | 'my' }[];
  /** Paths (pathname only) that are article pages. */
  articlePaths: RegExp[];
  /** Paths or queries that are never articles (checked first: listing beats article). */
  listingPaths: RegExp[];
  /**
   * Address globs the browser checks before it loads Ayeyar into a page of
   * the site (the manifest's include_globs: `*` any run of characters, `?`
   * any one): every article address matches one, home and listing pages
   * need not (they then cost the reader nothing). articlePaths still decide.
   */
  articleGlobs: string[];
  /** CSS selectors hidden in clean mode, by group. */
  hide: Record<ClutterGroup, string[]>;
  /**
   * The site's frame, which every article page in the markup these rules
   * were written for has (header, footer, sidebar…). All of it found: the
   * rules fit the page, and the generic detector reads only the article
   * body. Any of it missing, the site has changed its markup: the detector
   * reads all of the page the rules leave. A selector too many costs only
   * speed, never a hidden paragraph.
   */
  frame: string[];
  /** The article's column: centred, at the site's own width, while the sidebar is hidden. */
  articleColumn: string[];
  /** Article body containers, most specific first. */
  body: string[];
  /** Boxes inside the body that are not body text (related posts, share bars, tags…). */
  bodyExclude: string[];
  /** Article parts shown in clean mode whatever the hide rules say. */
  keep: {
    title: string[];
    byline: string[];
    date: string[];
    featured: string[];
  };
}
