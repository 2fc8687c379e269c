import { PALETTES, TYPOGRAPHY_UNITS, type Typography } from '@/core/clean/typography';

/**
 * The Reading section's swatches and preview, in the theme colours and steps
 * the article stylesheet uses (core/clean/typography.ts), so what the reader
 * sees here is what an article will look like.
 */

export function paintSwatches(root: ParentNode): void {
  for (const swatch of root.querySelectorAll<HTMLElement>('.swatch[data-theme]')) {
    const palette = PALETTES[swatch.dataset.theme as keyof typeof PALETTES];
    if (!palette) continue;
    swatch.style.background = palette.background;
    swatch.style.color = palette.text;
  }
}

export function showTypography(preview: HTMLElement, typography: Typography): void {
  const palette = typography.theme === 'site' ? null : PALETTES[typography.theme];
  const set = (name: string, value: string | null) => (value === null ? preview.style.removeProperty(name) : preview.style.setProperty(name, value));
  const step = (field: keyof typeof TYPOGRAPHY_UNITS) => (typography[field] === 'site' ? null : `${typography[field]}${TYPOGRAPHY_UNITS[field]}`);
  set('--preview-background', palette?.background ?? null);
  set('--preview-text', palette?.text ?? null);
  set('--preview-link', palette?.link ?? null);
  set('--preview-link-decoration', palette ? 'underline' : null);
  set('--preview-size', step('size'));
  set('--preview-leading', step('leading'));
  set('--preview-width', step('width'));
}
