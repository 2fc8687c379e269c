import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isZawgyi } from '@/core/extract/zawgyi';
import { PLURALS, UI_LANGUAGES } from '@/core/i18n/messages';
import { CATALOGUES, messageOf, PLURAL_SUFFIX, ROOT } from './catalogues';

/**
 * The catalogues a store reviewer, a translator and a reader rely on: both
 * languages say everything, with the same placeholders; Burmese is Unicode
 * and written out; the manifest's strings fit the stores' limits.
 */

const { en, my } = CATALOGUES;
const messages = (lang: keyof typeof CATALOGUES) => new Set(Object.keys(CATALOGUES[lang]).map(messageOf));
const placeholderNames = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

/** Messages that are the same in both languages on purpose: names of formats and figures alone. */
const SAME_IN_BOTH = new Set(['panel_format_markdown', 'panel_format_csv', 'panel_format_json', 'notebook_format_csl', 'notebook_format_ris', 'options_size', 'options_leading', 'panel_mentionPosition']);

/** Latin words a Burmese message may hold: the brand, a browser, format names, a key and a unit. */
const NAMES = ['Ayeyar', 'Chrome', 'Markdown', 'CSV', 'JSON', 'CSL', 'RIS', 'Esc', 'px'];

describe('catalogues', () => {
  it('have exactly the same messages in both languages, and no empty one', () => {
    expect([...messages('my')].sort()).toEqual([...messages('en')].sort());
    for (const lang of UI_LANGUAGES) {
      for (const [key, entry] of Object.entries(CATALOGUES[lang])) expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('give each counting message exactly the plural forms its language has (Burmese does not inflect for number)', () => {
    for (const lang of UI_LANGUAGES) {
      const forms = new Map<string, string[]>();
      for (const key of Object.keys(CATALOGUES[lang]).filter((k) => PLURAL_SUFFIX.test(k))) forms.set(messageOf(key), [...(forms.get(messageOf(key)) ?? []), key.match(PLURAL_SUFFIX)![1]]);
      expect(forms.size, lang).toBeGreaterThan(0);
      for (const [message, found] of forms) expect(found.sort(), `${lang} ${message}`).toEqual([...PLURALS[lang].forms].sort());
    }
    // The same counting messages in both.
    const counting = (lang: keyof typeof CATALOGUES) => [...new Set(Object.keys(CATALOGUES[lang]).filter((k) => PLURAL_SUFFIX.test(k)).map(messageOf))].sort();
    expect(counting('my')).toEqual(counting('en'));
  });

  it('have the same placeholders, each defined, used and standing for the same argument', () => {
    for (const lang of UI_LANGUAGES) {
      for (const [key, { message, placeholders = {} }] of Object.entries(CATALOGUES[lang])) {
        const defined = Object.keys(placeholders).map((name) => name.toLowerCase());
        expect([...new Set(placeholderNames(message))].sort(), `${lang} ${key}`).toEqual(defined.sort());
        const english = en[key] ?? en[`${messageOf(key)}_other`];
        const contents = (p: typeof placeholders) => Object.fromEntries(Object.entries(p).map(([name, { content }]) => [name.toLowerCase(), content]));
        expect(contents(placeholders), `${lang} ${key}`).toEqual(contents(english.placeholders ?? {}));
      }
    }
  });

  it('use only the key names and the positional placeholders browsers accept', () => {
    for (const lang of UI_LANGUAGES) {
      for (const [key, { message, placeholders = {} }] of Object.entries(CATALOGUES[lang])) {
        expect(key, lang).toMatch(/^[A-Za-z0-9_@]+$/);
        // Outside placeholders a dollar is written $$; the message itself refers to placeholders by name.
        expect(message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''), `${lang} ${key}`).not.toContain('$');
        for (const { content } of Object.values(placeholders)) expect(content, `${lang} ${key}`).toMatch(/^\$[1-9]$/);
      }
    }
  });

  it('describe every English message for translators', () => {
    for (const [key, entry] of Object.entries(en)) expect(entry.description?.trim(), key).toBeTruthy();
  });

  it('write Burmese in Unicode, never Zawgyi, and in Burmese', () => {
    for (const [key, { message }] of Object.entries(my)) {
      expect(isZawgyi(message), `${key}: ${message}`).toBe(false);
      if (SAME_IN_BOTH.has(key)) continue;
      expect(message, key).not.toBe(en[key].message);
      // No English left: outside its placeholders a message's Latin words are names only.
      const latin = message.replace(/\$[A-Za-z0-9_@]+\$/g, '').match(/[A-Za-z]+/g) ?? [];
      for (const word of latin) expect(NAMES, `${key}: ${message}`).toContain(word);
    }
    for (const key of SAME_IN_BOTH) expect(my[key]?.message, key).toBe(en[key].message);
  });

  it('fit the stores: the name in 75 characters, the description in 132', () => {
    for (const lang of UI_LANGUAGES) {
      expect([...CATALOGUES[lang].extension_name.message].length, lang).toBeLessThanOrEqual(75);
      expect([...CATALOGUES[lang].extension_description.message].length, lang).toBeLessThanOrEqual(132);
    }
  });

  it('hold every message the manifest names, and a description for each keyboard shortcut', () => {
    const config = fs.readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    const named = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(named).toEqual(expect.arrayContaining(['extension_name', 'extension_description']));
    for (const key of named) expect(Object.keys(en), key).toContain(key);
    // The options page describes a shortcut by its command's name (entrypoints/options/shortcuts.ts).
    for (const [, command, key] of config.matchAll(/'([a-z-]+)': \{\s*suggested_key: [^}]+\},\s*description: '__MSG_(\w+)__'/g)) {
      expect(key).toBe(`command_${command.replaceAll('-', '_')}`);
    }
    expect([...config.matchAll(/suggested_key/g)].length).toBe([...config.matchAll(/description: '__MSG_command_/g)].length);
  });
});
