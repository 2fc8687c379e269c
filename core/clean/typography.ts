/**
 * Reading typography in clean mode, as data: the choices a reader has and the
 * colours of each theme. The stylesheet (typography-css.ts), the settings
 * (utils/settings.ts) and the options page all read these lists, so a choice
 * added here appears everywhere at once. 'site' always means "as the site
 * sets it": the default, so clean mode keeps the site's own look until the
 * reader picks something else.
 */

export const THEMES = ['site', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Body text size in CSS pixels (the site uses 18). */
export const FONT_SIZES = [16, 18, 20, 22, 24] as const;
/** Line height of the body text; Burmese script, with its stacked marks, reads best from 1.8 up. */
export const LINE_HEIGHTS = [1.5, 1.7, 1.9, 2.1] as const;
/** Longest line of body text, in characters (CSS ch of the body's font). */
export const TEXT_WIDTHS = [60, 70, 80] as const;

export interface Typography {
  theme: Theme;
  size: 'site' | (typeof FONT_SIZES)[number];
  leading: 'site' | (typeof LINE_HEIGHTS)[number];
  width: 'site' | (typeof TEXT_WIDTHS)[number];
}

export const DEFAULT_TYPOGRAPHY: Typography = { theme: 'site', size: 'site', leading: 'site', width: 'site' };

/** The numeric choices of each field, for validation and for the stylesheet. */
export const TYPOGRAPHY_STEPS = { size: FONT_SIZES, leading: LINE_HEIGHTS, width: TEXT_WIDTHS } as const;
/** The CSS unit of each numeric field. */
export const TYPOGRAPHY_UNITS: Record<keyof typeof TYPOGRAPHY_STEPS, string> = { size: 'px', leading: '', width: 'ch' };

export interface Palette {
  /** The browser's own colour scheme for scroll bars and form controls. */
  scheme: 'light' | 'dark';
  background: string;
  text: string;
  link: string;
  /** Borders and rules. */
  rule: string;
}

/** Text and links keep at least WCAG AA contrast on the background (checked by a unit test). */
export const PALETTES: Record<Exclude<Theme, 'site'>, Palette> = {
  light: { scheme: 'light', background: '#ffffff', text: '#1f1f1f', link: '#0b57d0', rule: '#d4d4d4' },
  sepia: { scheme: 'light', background: '#f4ecd8', text: '#3b2f20', link: '#8a3c12', rule: '#dccfb0' },
  dark: { scheme: 'dark', background: '#1c1d20', text: '#e3e1dc', link: '#8fb8ff', rule: '#3d3f44' },
};

/** The <html> attribute that carries each field (absent while the field is 'site'). */
export const TYPOGRAPHY_ATTR: Record<keyof Typography, string> = {
  theme: 'data-ayeyar-theme',
  size: 'data-ayeyar-size',
  leading: 'data-ayeyar-leading',
  width: 'data-ayeyar-width',
};

/** The <html> attributes for a choice of typography: a value per field, null to remove it. */
export function typographyAttributes(typography: Typography): Record<string, string | null> {
  const attrs: Record<string, string | null> = {};
  for (const field of Object.keys(TYPOGRAPHY_ATTR) as (keyof Typography)[]) {
    const value = typography[field];
    attrs[TYPOGRAPHY_ATTR[field]] = value === 'site' ? null : String(value);
  }
  return attrs;
}
