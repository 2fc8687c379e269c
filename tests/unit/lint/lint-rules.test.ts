import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep page text from ever running or becoming markup, and core/ pure. */
const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../../..') });

async function problems(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('lint rules', () => {
  it.each([
    ['panel.innerHTML = pageText;', 'no-restricted-syntax'],
    ['node.outerHTML = `<b>${name}</b>`;', 'no-restricted-syntax'],
    ['el.insertAdjacentHTML("beforeend", text);', 'no-restricted-syntax'],
    ['document.write(text);', 'no-restricted-syntax'],
    ['new DOMParser().parseFromString(text, "text/html");', 'no-restricted-syntax'],
    ['eval(code);', 'no-eval'],
    ['setTimeout("alert(1)", 0);', 'no-implied-eval'],
    ['new Function("return 1");', 'no-new-func'],
    ['location.href = "javascript:void(0)";', 'no-script-url'],
  ])('refuses %s in shipped code', async (code, rule) => {
    expect(await problems(code, 'components/example.ts')).toContain(rule);
  });

  it('accepts text set as text', async () => {
    expect(await problems('el.textContent = pageText;', 'components/example.ts')).toEqual([]);
  });

  it.each([
    ["import { browser } from 'wxt/browser';", 'no-restricted-imports'],
    ["import { settings } from '@/utils/settings';", 'no-restricted-imports'],
    ['setTimeout(() => {}, 10);', 'no-restricted-globals'],
    ['browser.storage.local.get();', 'no-restricted-globals'],
    ['fetch("https://example.org");', 'no-restricted-globals'],
  ])('keeps core/ pure: refuses %s', async (code, rule) => {
    expect(await problems(code, 'core/example.ts')).toContain(rule);
  });
});
