import { describe, expect, it } from 'vitest';
import { ATTR, cleanModeCss } from '@/core/clean/hide-css';
import { CLUTTER_GROUPS, SITES } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';

describe('clean-mode stylesheet', () => {
  const css = cleanModeCss(SITES);
  const rules = css.trim().split('\n');

  it('has one rule per site and group, one for each article column, one for ad tags, and one per group for generic marks', () => {
    const siteRules = SITES.flatMap((site) => CLUTTER_GROUPS.filter((g) => site.hide[g].length));
    const columns = SITES.filter((site) => site.articleColumn.length).length;
    expect(rules).toHaveLength(siteRules.length + columns + 1 + CLUTTER_GROUPS.length);
  });

  it('applies nothing until <html> is marked clean, for that site and that group', () => {
    for (const rule of rules) {
      expect(rule.startsWith(`html[${ATTR.mode}="clean"]`)).toBe(true);
      expect(rule).toMatch(new RegExp(`\\[${ATTR.hide}~="(${CLUTTER_GROUPS.join('|')})"\\]`));
    }
  });

  it('hides with display:none, never a kept part; only the article column is moved, not hidden', () => {
    for (const rule of rules.filter((r) => r.includes('display'))) {
      expect(rule).toContain(`:not([${ATTR.keep}])`);
      expect(rule).toMatch(/\{ display: none !important; \}$/);
    }
    const layout = rules.filter((r) => !r.includes('display'));
    expect(layout).toHaveLength(SITES.filter((site) => site.articleColumn.length).length);
    for (const rule of layout) expect(rule).toMatch(/\{ float: none !important; margin-inline: auto !important; \}$/);
  });

  it('lists every hide selector of every site', () => {
    for (const site of SITES) {
      for (const group of CLUTTER_GROUPS) {
        const rule = rules.find((r) => r.includes(`[${ATTR.site}="${site.id}"]`) && r.includes(`~="${group}"`))!;
        for (const selector of site.hide[group]) expect(rule).toContain(selector);
      }
    }
  });

  it('every hide selector is valid CSS', () => {
    const doc = parseHtml('<p>x</p>');
    for (const site of SITES) for (const selector of Object.values(site.hide).flat()) expect(() => doc.querySelector(selector), selector).not.toThrow();
  });
});
