import { defineConfig } from 'wxt';
import { SITES } from './core/sites';
import { matchPatterns } from './core/sites/match-patterns';
import { cleanModeCss } from './core/clean/hide-css';
import { typographyCss } from './core/clean/typography-css';

/** Firefox needs a fixed id for storage.sync and for a stable moz-extension:// address. */
export const GECKO_ID = 'ayeyar@ayeyar.app';

const CLEAN_CSS_ID = 'virtual:ayeyar-clean.css';

export default defineConfig({
  manifest: ({ browser }) => ({
    name: 'Ayeyar: clean reading for Myanmar news',
    short_name: 'Ayeyar',
    description:
      'Reads The Irrawaddy without clutter and lists the key figures and people of each article, with citations to copy. Sends nothing anywhere.',
    // storage: the reader's settings (utils/settings.ts). unlimitedStorage: the notebook (IndexedDB needs no permission) is the
    // reader's own research, kept nowhere else; without it both browsers may clear it to make room on a full disk (README, "The notebook").
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: matchPatterns(SITES),
    action: { default_title: 'Ayeyar' },
    commands: {
      // Not Alt+Shift+C: Chromium keeps Alt+Shift with A, B, C, N, P, R, T, W, X and Z for itself and leaves the key unset. D, for declutter.
      'toggle-clean-mode': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Toggle clean mode on this article',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Show or hide the facts panel on this article',
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
      : // 105: the CSS Custom Highlight API, which marks facts without touching the article (Firefox has it from 140).
        { minimum_chrome_version: '105' }),
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
    ],
  }),
  zip: {
    artifactTemplate: 'ayeyar-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'ayeyar-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'test-output/**', '.ci/**', 'demo-output/**', 'bench-output/**', '.output/**', 'node/**'],
  },
});
