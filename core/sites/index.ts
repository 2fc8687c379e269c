import { firstMatch } from '../detect/selectors';
import { irrawaddy } from './irrawaddy';
import type { SiteRules } from './types';

export type { SiteRules, ClutterGroup } from './types';
export { CLUTTER_GROUPS } from './types';

/** Every site Ayeyar works on. */
export const SITES: readonly SiteRules[] = [irrawaddy];

/** Every selector the site rules hide in clean mode, whatever its group (none without a site). */
export function siteHideSelectors(site: SiteRules | null): string[] {
  return site ? Object.values(site.hide).flat() : [];
}

/** The page is in the markup the site rules were written for: all of their frame is there (SiteRules.frame). */
export function rulesFitPage(doc: Document, site: SiteRules | null): boolean {
  return !!site && site.frame.every((selector) => firstMatch(doc, [selector]) !== null);
}

/** The site rules for a page address, or null for any other site. */
export function siteForUrl(url: string | URL): SiteRules | null {
  const host = parseUrl(url)?.hostname.toLowerCase();
  if (!host) return null;
  return SITES.find((site) => site.editions.some((e) => e.host === host)) ?? null;
}

export function editionForUrl(url: string | URL): 'en' | 'my' | null {
  const parsed = parseUrl(url);
  const site = parsed && siteForUrl(parsed);
  return site?.editions.find((e) => e.host === parsed!.hostname.toLowerCase())?.language ?? null;
}

export function parseUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
