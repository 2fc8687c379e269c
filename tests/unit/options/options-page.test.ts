import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf } from '@/entrypoints/options/bind-settings';
import { LANGUAGES, PANEL_SIDES, SETTINGS, type SettingName } from '@/core/settings/specs';
import { LANGUAGE_CHOICES } from '@/core/i18n/messages';
import { FACT_FORMATS } from '@/core/format/types';
import { FONT_SIZES, LINE_HEIGHTS, TEXT_WIDTHS, THEMES } from '@/core/clean/typography';
import { CLUTTER_GROUPS } from '@/core/sites';
import { parseHtml } from '@/node/parse-html';

/** The options page is static HTML: these checks keep it in step with the settings it shows and the catalogues that word it. */
const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../../entrypoints/options/index.html'), 'utf8');
const doc = parseHtml(html);
const controls = [...doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#settings input, #settings select')];

/** The values a control offers: radio buttons of one name together, or a list's options. */
function choicesFor(name: string): string[] {
  const radios = controls.filter((c) => c.name === name && c.type === 'radio').map((c) => c.value);
  const list = controls.find((c): c is HTMLSelectElement => c.name === name && c.localName === 'select');
  return list ? [...list.options].map((o) => o.value) : radios;
}

describe('options page', () => {
  it('names only settings and fields that exist', () => {
    for (const control of controls) {
      const address = addressOf(control);
      expect(address, control.name).not.toBeNull();
      const fallback = SETTINGS[address!.setting].fallback;
      if (address!.field) expect(Object.keys(fallback), control.name).toContain(address!.field);
      else expect(typeof fallback, control.name).not.toBe('object');
    }
  });

  it('has a control for every setting and every field', () => {
    const names = new Set(controls.map((c) => c.name));
    for (const name of Object.keys(SETTINGS) as SettingName[]) {
      const fallback = SETTINGS[name].fallback;
      const expected = typeof fallback === 'object' ? Object.keys(fallback).map((field) => `${name}.${field}`) : [name];
      for (const control of expected) expect(names, control).toContain(control);
    }
  });

  it('offers every choice of every setting, and nothing else', () => {
    const asText = (values: readonly (string | number)[]) => values.map(String).sort();
    expect(choicesFor('typography.theme').sort()).toEqual(asText(THEMES));
    expect(choicesFor('typography.size').sort()).toEqual(asText(['site', ...FONT_SIZES]));
    expect(choicesFor('typography.leading').sort()).toEqual(asText(['site', ...LINE_HEIGHTS]));
    expect(choicesFor('typography.width').sort()).toEqual(asText(['site', ...TEXT_WIDTHS]));
    expect(choicesFor('copyFormat').sort()).toEqual(asText(FACT_FORMATS));
    expect(choicesFor('panel.side').sort()).toEqual(asText(PANEL_SIDES));
    expect(choicesFor('language').sort()).toEqual(asText(LANGUAGE_CHOICES));
    for (const group of CLUTTER_GROUPS) expect(controls.some((c) => c.name === `hiddenClutter.${group}`), group).toBe(true);
    for (const language of LANGUAGES) expect(controls.some((c) => c.name === `editions.${language}`), language).toBe(true);
  });

  it('shows the language choice first', () => {
    expect(controls[0].name).toBe('language');
  });

  it('gives every control a label with words and every hint a target', () => {
    for (const control of controls) {
      const label = (control.id && doc.querySelector(`label[for="${control.id}"]`)) || control.closest('label');
      expect(label, control.name).toBeTruthy();
      // Worded from the catalogues (data-text, filled in by the page), or a language's own name (lang), or the browser's language (main.ts).
      const worded = label!.matches('[data-text]') || !!label!.querySelector('[data-text], #language-browser') || (label!.matches('[lang]') && label!.textContent!.trim() !== '');
      expect(worded, control.name + (control.type === 'radio' ? `=${control.value}` : '')).toBe(true);
      for (const id of (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) expect(doc.getElementById(id), id).not.toBeNull();
    }
  });
});
