import { CLUTTER_GROUPS, type ClutterGroup, type SiteRules } from '../sites';
import { AD_MARKERS } from '../detect/generic-rules';

/**
 * The clean-mode stylesheet, built from the site rules at build time and
 * shipped as manifest CSS, so it is in place before the first paint (the
 * approach of Dark Reader and uBlock Origin's cosmetic filters). Nothing in it
 * applies until the content script marks <html>:
 *   data-ayeyar="clean"           clean mode on
 *   data-ayeyar-site="<site id>"  which site's rules apply
 *   data-ayeyar-hide="header …"   which clutter groups are hidden
 *   data-ayeyar-pending           the reader's settings are on their way: nothing is painted yet
 * Removing the attributes restores the page exactly.
 */

export const ATTR = {
  mode: 'data-ayeyar',
  site: 'data-ayeyar-site',
  hide: 'data-ayeyar-hide',
  /** On elements the generic detector found, with their group. */
  clutter: 'data-ayeyar-clutter',
  /** On the article parts and their ancestors: never hidden. */
  keep: 'data-ayeyar-keep',
  /** Milliseconds of work the content script spent on this page. */
  ms: 'data-ayeyar-ms',
  /** Milliseconds of the longest single task of that work. */
  longestMs: 'data-ayeyar-longest-ms',
  /** The side the open facts panel takes ("left" or "right"); the page keeps room for it. */
  panel: 'data-ayeyar-panel',
  /** Set from document_start until the reader's settings arrive (a few milliseconds): the page waits unpainted. */
  pending: 'data-ayeyar-pending',
} as const;

/** The facts panel's own element (its shadow root holds the panel). */
export const PANEL_ELEMENT = 'ayeyar-panel';

const HIDE = 'display: none !important;';

function groupScope(group: ClutterGroup, site?: SiteRules): string {
  const siteScope = site ? `[${ATTR.site}="${site.id}"]` : '';
  return `html[${ATTR.mode}="clean"]${siteScope}[${ATTR.hide}~="${group}"]`;
}

export function cleanModeCss(sites: readonly SiteRules[]): string {
  const rules: string[] = [];
  for (const site of sites) {
    for (const group of CLUTTER_GROUPS) {
      const selectors = site.hide[group];
      if (!selectors.length) continue;
      // :is() is forgiving: a selector a browser does not know drops out alone instead of voiding the rule.
      rules.push(`${groupScope(group, site)} :is(${selectors.join(', ')}):not([${ATTR.keep}]) { ${HIDE} }`);
    }
  }
  for (const site of sites) {
    if (!site.articleColumn.length) continue;
    // With the sidebar gone the article column would hug one side: centre it, keeping its width.
    rules.push(`${groupScope('sidebars', site)} :is(${site.articleColumn.join(', ')}) { float: none !important; margin-inline: auto !important; }`);
  }
  // Ad network tags look the same on every site: hidden before first paint too.
  rules.push(`${groupScope('ads')} :is(${AD_MARKERS.join(', ')}):not([${ATTR.keep}]) { ${HIDE} }`);
  for (const group of CLUTTER_GROUPS) {
    rules.push(`${groupScope(group)} [${ATTR.clutter}="${group}"]:not([${ATTR.keep}]) { ${HIDE} }`);
  }
  return rules.join('\n') + '\n';
}
