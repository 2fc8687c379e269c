// Lint rules that guard what Ayeyar promises: page text never becomes markup
// or code, and core/ stays pure (no browser APIs, storage or timers).
import tseslint from 'typescript-eslint';

/** Ways page data could become markup or code. */
export const UNSAFE_SINKS = [
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]",
    message: 'Never assign markup: build nodes and set textContent (components/dom.ts).',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment|setHTMLUnsafe)$/]",
    message: 'Never parse strings as markup: build nodes and set textContent.',
  },
  { selector: "NewExpression[callee.name='DOMParser']", message: 'Never parse strings as markup: build nodes and set textContent.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**', 'demo-output/**', 'bench-output/**', '.scratch-fuzz/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  {
    // Everything that ships in the extension.
    files: ['core/**/*.ts', 'entrypoints/**/*.ts', 'components/**/*.ts', 'utils/**/*.ts'],
    // Globals through which a string can be run as code (no-implied-eval needs to know them).
    languageOptions: { globals: { window: 'readonly', globalThis: 'readonly', setTimeout: 'readonly', setInterval: 'readonly', execScript: 'readonly' } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...UNSAFE_SINKS],
    },
  },
  {
    // The pure core: data in, data out, the same in the content script, in Node and in tests.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'], message: 'core/ is pure: no extension APIs.' },
            { group: ['@/entrypoints/*', '@/components/*', '@/utils/*', '../../entrypoints/*', '../../components/*', '../../utils/*'], message: 'core/ never imports from the extension layers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'localStorage', 'sessionStorage', 'setTimeout', 'setInterval', 'requestIdleCallback', 'fetch', 'XMLHttpRequest'].map((name) => ({
          name,
          message: 'core/ is pure: no browser APIs, storage, timers or network.',
        })),
      ],
    },
  },
);
