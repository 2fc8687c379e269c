import type { SiteRules } from '../sites';
import { ATTR } from './hide-css';
import { PALETTES, TYPOGRAPHY_ATTR, TYPOGRAPHY_STEPS, TYPOGRAPHY_UNITS } from './typography';

/**
 * The reading-typography stylesheet, built at build time next to the
 * clean-mode one and shipped in the same manifest CSS. Like it, nothing
 * applies until the content script marks <html>: clean mode on, the site, and
 * one attribute per field the reader changed (typography.ts). Each choice
 * sets a custom property; a few rules per site use them:
 *   text size, line height and width: the article body (and the title's size),
 *     by the site's own selectors, so the rest of the page keeps its layout;
 *   theme: the whole page, because a dark article on a white page neither
 *     looks right nor keeps contrast for what the reader chose to keep showing.
 */

/** The title keeps the site's proportion to the body text (40px over 18px). */
const TITLE_SCALE = 1.9;
/** Text elements inside the body that the site may size on their own. */
const BODY_TEXT = ':is(p, li, dd, dt)';
/** Never painted over or recoloured: pictures, video and embeds. */
const MEDIA = 'img, picture, video, canvas, iframe';

function scoped(field: keyof typeof TYPOGRAPHY_ATTR, site?: SiteRules): string {
  const siteScope = site ? `="${site.id}"` : '';
  return `html[${ATTR.mode}="clean"][${ATTR.site}${siteScope}][${TYPOGRAPHY_ATTR[field]}]`;
}

function choices(): string[] {
  const rules: string[] = [];
  for (const [field, steps] of Object.entries(TYPOGRAPHY_STEPS) as [keyof typeof TYPOGRAPHY_STEPS, readonly number[]][]) {
    for (const step of steps) rules.push(`html[${TYPOGRAPHY_ATTR[field]}="${step}"] { --ayeyar-${field}: ${step}${TYPOGRAPHY_UNITS[field]}; }`);
  }
  for (const [theme, p] of Object.entries(PALETTES)) {
    rules.push(
      `html[${TYPOGRAPHY_ATTR.theme}="${theme}"] { --ayeyar-scheme: ${p.scheme}; --ayeyar-background: ${p.background}; --ayeyar-text: ${p.text}; --ayeyar-link: ${p.link}; --ayeyar-rule: ${p.rule}; }`,
    );
  }
  return rules;
}

function siteRules(site: SiteRules): string[] {
  const body = `:is(${site.body.join(', ')})`;
  const title = `:is(${site.keep.title.join(', ')})`;
  const size = scoped('size', site);
  const leading = scoped('leading', site);
  return [
    `${size} ${body}, ${size} ${body} ${BODY_TEXT} { font-size: var(--ayeyar-size) !important; }`,
    `${size} ${title} { font-size: calc(var(--ayeyar-size) * ${TITLE_SCALE}) !important; }`,
    `${leading} ${body}, ${leading} ${body} ${BODY_TEXT} { line-height: var(--ayeyar-leading) !important; }`,
    `${scoped('width', site)} ${body} { max-width: var(--ayeyar-width) !important; }`,
    // Colour alone does not tell a link from text in a themed body: underline them.
    `${scoped('theme', site)} ${body} a { text-decoration: underline !important; }`,
  ];
}

function themeRules(): string[] {
  const themed = scoped('theme');
  return [
    `${themed}, ${themed} body { background: var(--ayeyar-background) !important; color: var(--ayeyar-text) !important; color-scheme: var(--ayeyar-scheme); }`,
    // Every box gets the page colour (not transparent) so menus, sticky bars and pop-ups the reader keeps stay legible over the text.
    `${themed} body :not(${MEDIA}) { background-color: var(--ayeyar-background) !important; color: var(--ayeyar-text) !important; border-color: var(--ayeyar-rule) !important; text-shadow: none !important; }`,
    `${themed} body a, ${themed} body a * { color: var(--ayeyar-link) !important; }`,
  ];
}

export function typographyCss(sites: readonly SiteRules[]): string {
  return [...choices(), ...sites.flatMap(siteRules), ...themeRules()].join('\n') + '\n';
}
