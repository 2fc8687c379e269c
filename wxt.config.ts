import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { compileMessages, PANEL_KEY_PREFIX, UI_LANGUAGES, type MessagesFile } from './core/i18n/messages';
import { SITES } from './core/sites';
import { matchPatterns } from './core/sites/match-patterns';
import { cleanModeCss } from './core/clean/hide-css';
import { typographyCss } from './core/clean/typography-css';

/** Firefox needs a fixed id for storage.sync and for a stable moz-extension:// address. */
export const GECKO_ID = 'ayeyar@ayeyar.app';

const CLEAN_CSS_ID = 'virtual:ayeyar-clean.css';
/** V8's magic comment: compile every function of the file eagerly (see the plugin below). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The catalogues as modules (see core/i18n/virtual-catalogues.d.ts): every message for the pages, the panel's alone for the content script. */
const CATALOGUE_IDS: Record<string, (key: string) => boolean> = {
  'virtual:ayeyar-messages': () => true,
  'virtual:ayeyar-panel-messages': (key) => key.startsWith(PANEL_KEY_PREFIX),
};
const localeFile = (lang: string) => path.resolve(import.meta.dirname, 'public/_locales', lang, 'messages.json');

export default defineConfig({
  manifest: ({ browser }) => ({
    // The browser shows these in its own language (public/_locales); Ayeyar's pages follow the reader's choice in the settings.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    short_name: 'Ayeyar',
    description: '__MSG_extension_description__',
    // storage: the reader's settings (utils/settings.ts). unlimitedStorage: the notebook (IndexedDB needs no permission) is the
    // reader's own research, kept nowhere else; without it both browsers may clear it to make room on a full disk (README, "The notebook").
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: matchPatterns(SITES),
    action: { default_title: 'Ayeyar' },
    commands: {
      // Not Alt+Shift+C: Chromium keeps Alt+Shift with A, B, C, N, P, R, T, W, X and Z for itself and leaves the key unset. D, for declutter.
      'toggle-clean-mode': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_command_toggle_clean_mode__',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_command_toggle_panel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (an ESR) is the first Firefox that reads data_collection_permissions: "collects nothing".
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 123: CSS light-dark(), which gives the panel each colour once for both schemes (the Custom Highlight API, since 105, marks facts without touching the article; Firefox has both by 140).
        { minimum_chrome_version: '123' }),
  }),
  vite: () => ({
    // Terser packs the content scripts about 4% smaller than esbuild: they run on every article.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
    plugins: [
      {
        // The clean-mode and typography stylesheets are generated from the site rules (site knowledge stays data).
        name: 'ayeyar-clean-css',
        resolveId: (id: string) => (id === CLEAN_CSS_ID ? '\0' + CLEAN_CSS_ID : undefined),
        load: (id: string) => (id === '\0' + CLEAN_CSS_ID ? cleanModeCss(SITES) + typographyCss(SITES) : undefined),
      },
      {
        // Most of the content script's functions run on every article (83% of its function code on a fixture page), so V8 is
        // told to compile them all as the script loads, once (Chrome 136+ explicit compile hints; other browsers ignore the
        // comment): lazily, each is pre-parsed at load and parsed again at its first call, inside our tasks after first paint.
        // Added after minification, which would strip it; it must open the file.
        name: 'ayeyar-compile-hints',
        generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk' && chunk.fileName.startsWith('content-scripts/')) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          }
        },
      },
      {
        // Messages with their placeholders resolved once, here; descriptions (for translators) stay out of the extension's code.
        name: 'ayeyar-catalogues',
        resolveId: (id: string) => (id in CATALOGUE_IDS ? '\0' + id : undefined),
        load(id: string) {
          const keep = id.startsWith('\0') ? CATALOGUE_IDS[id.slice(1)] : undefined;
          if (!keep) return undefined;
          const catalogues = Object.fromEntries(
            UI_LANGUAGES.map((lang) => {
              this.addWatchFile(localeFile(lang));
              return [lang, compileMessages(JSON.parse(fs.readFileSync(localeFile(lang), 'utf8')) as MessagesFile, keep)];
            }),
          );
          return `export default ${JSON.stringify(catalogues)};`;
        },
      },
    ],
  }),
  zip: {
    artifactTemplate: 'ayeyar-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'ayeyar-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'test-output/**', '.ci/**', 'demo-output/**', 'bench-output/**', '.output/**', 'node/**'],
  },
});
