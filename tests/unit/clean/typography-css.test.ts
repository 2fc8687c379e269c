import { describe, expect, it } from 'vitest';
import { ATTR } from '@/core/clean/hide-css';
import { typographyCss } from '@/core/clean/typography-css';
import { DEFAULT_TYPOGRAPHY, PALETTES, THEMES, TYPOGRAPHY_ATTR, TYPOGRAPHY_STEPS, typographyAttributes } from '@/core/clean/typography';
import { SITES } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('typography stylesheet', () => {
  const css = typographyCss(SITES);
  const rules = css.trim().split('\n');
  const isChoice = (rule: string) => /^html\[data-ayeyar-\w+="[^"]+"\] \{ (--ayeyar-[\w-]+: [^;]+; )+\}$/.test(rule);

  it('defines one custom property rule per step and per theme', () => {
    for (const [field, steps] of Object.entries(TYPOGRAPHY_STEPS)) {
      for (const step of steps) expect(rules).toContainEqual(expect.stringContaining(`html[${TYPOGRAPHY_ATTR[field as keyof typeof TYPOGRAPHY_STEPS]}="${step}"] { --ayeyar-${field}: `));
    }
    for (const theme of THEMES.filter((t) => t !== 'site')) expect(rules).toContainEqual(expect.stringContaining(`html[${TYPOGRAPHY_ATTR.theme}="${theme}"] { --ayeyar-scheme: `));
  });

  it('changes nothing on the page unless clean mode is on for a site, with that field chosen', () => {
    for (const rule of rules.filter((r) => !isChoice(r))) {
      for (const selector of rule.slice(0, rule.indexOf(' {')).split(/, (?=html)/)) {
        expect(selector).toMatch(new RegExp(`^html\\[${ATTR.mode}="clean"\\]\\[${ATTR.site}(="[\\w-]+")?\\]\\[data-ayeyar-(theme|size|leading|width)\\]`));
      }
    }
  });

  it('sizes, spaces and narrows the body by each site’s own selectors', () => {
    for (const site of SITES) {
      const siteRules = rules.filter((r) => r.includes(`[${ATTR.site}="${site.id}"]`));
      for (const selector of site.body) expect(siteRules.filter((r) => r.includes(selector)).length).toBeGreaterThanOrEqual(4);
      for (const selector of site.keep.title) expect(siteRules.some((r) => r.includes(selector) && r.includes('font-size'))).toBe(true);
    }
  });

  it('never recolours pictures, video or embeds', () => {
    const recolour = rules.find((r) => r.includes('background-color: var(--ayeyar-background)'))!;
    expect(recolour).toMatch(/:not\(img, picture, video, canvas, iframe\)/);
  });

  it('every selector is valid CSS', () => {
    const doc = parseHtml('<p>x</p>');
    for (const rule of rules) expect(() => doc.querySelector(rule.slice(0, rule.indexOf(' {'))), rule).not.toThrow();
  });
});

describe('themes', () => {
  it.each(Object.entries(PALETTES))('%s keeps text and links at WCAG AA contrast or better', (_name, palette) => {
    expect(contrast(palette.text, palette.background)).toBeGreaterThanOrEqual(7);
    expect(contrast(palette.link, palette.background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('typographyAttributes', () => {
  it('marks nothing for the site’s own look', () => {
    expect(Object.values(typographyAttributes(DEFAULT_TYPOGRAPHY)).every((v) => v === null)).toBe(true);
  });

  it('gives each chosen field its own attribute', () => {
    expect(typographyAttributes({ theme: 'dark', size: 20, leading: 1.9, width: 'site' })).toEqual({
      [TYPOGRAPHY_ATTR.theme]: 'dark',
      [TYPOGRAPHY_ATTR.size]: '20',
      [TYPOGRAPHY_ATTR.leading]: '1.9',
      [TYPOGRAPHY_ATTR.width]: null,
    });
  });
});
