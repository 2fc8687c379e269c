import type { SiteRules } from './types';

/** Extension match patterns for every edition of every site: the only hosts Ayeyar touches. */
export function matchPatterns(sites: readonly SiteRules[]): string[] {
  return sites.flatMap((site) => site.editions.map((e) => `https://${e.host}/*`));
}

/** The manifest's include_globs: any page that may hold an article of any site (SiteRules.articleGlobs). */
export function articleGlobs(sites: readonly SiteRules[]): string[] {
  return [...new Set(sites.flatMap((site) => site.articleGlobs))];
}
