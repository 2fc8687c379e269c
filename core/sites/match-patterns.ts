import type { SiteRules } from './types';

/** Extension match patterns for every edition of every site: the only hosts Ayeyar touches. */
export function matchPatterns(sites: readonly SiteRules[]): string[] {
  return sites.flatMap((site) => site.editions.map((e) => `https://${e.host}/*`));
}
