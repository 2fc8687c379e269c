import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { irrawaddy } from '@/core/sites/irrawaddy';
import { parseHtml } from '@/node/parse-html';

/**
 * The content script's side of the settings, on a bare page: what <html>
 * carries after the stored settings arrive and as they change. (The real
 * pages, in real browsers: tests/e2e/settings.test.ts.)
 */

// A page for the content script's code to mark. (Not the jsdom environment: wxt/browser's test mock loads esbuild, which refuses to run there.)
vi.stubGlobal('document', parseHtml('<!doctype html><html><head></head><body><p>An article.</p></body></html>'));
const html = document.documentElement;
const attrs = () => Object.fromEntries([...html.attributes].map((a) => [a.name, a.value]));

/** As entrypoints/clean.content/session.ts does at document_start: clean mode on at once, then the settings. */
async function start(language: 'en' | 'my' = 'en') {
  vi.resetModules();
  const { CleanMode } = await import('@/entrypoints/clean.content/clean-mode');
  const { applySettings } = await import('@/entrypoints/clean.content/apply-settings');
  const { publishWorkTime } = await import('@/utils/work-timer');
  const { settings } = await import('@/utils/settings');
  const clean = new CleanMode(irrawaddy);
  clean.enable();
  publishWorkTime();
  const tab = applySettings(clean, language);
  return { clean, tab, settings };
}

/** Lets the first read and any change reach the page. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
  fakeBrowser.reset();
  for (const { name } of [...html.attributes]) html.removeAttribute(name);
});

describe('settings on an article tab', () => {
  it('keeps clean mode as it is with the defaults', async () => {
    await start();
    await settle();
    expect(attrs()).toMatchObject({ 'data-ayeyar': 'clean', 'data-ayeyar-hide': 'header related sidebars share popups footer' });
    expect(Object.keys(attrs()).filter((a) => /theme|size|leading|width/.test(a))).toEqual([]);
  });

  it('turns clean mode off once the stored default says off, and back on when it changes', async () => {
    await fakeBrowser.storage.sync.set({ 'clean-by-default': false });
    const { settings } = await start();
    await settle();
    expect(html.hasAttribute('data-ayeyar')).toBe(false);
    await settings.cleanByDefault.set(true);
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
  });

  it('hides only the chosen groups, live', async () => {
    await fakeBrowser.storage.sync.set({ 'hidden-clutter': { sidebars: false } });
    const { settings } = await start();
    await settle();
    expect(html.getAttribute('data-ayeyar-hide')).toBe('header related share popups footer');
    await settings.hiddenClutter.set({ header: false, related: true, sidebars: true, share: true, popups: true, footer: true });
    expect(html.getAttribute('data-ayeyar-hide')).toBe('related sidebars share popups footer');
  });

  it('sets the typography only while clean mode is on', async () => {
    await fakeBrowser.storage.sync.set({ typography: { theme: 'dark', size: 22, leading: 'site', width: 70 } });
    const { tab, settings } = await start();
    await settle();
    expect(attrs()).toMatchObject({ 'data-ayeyar-theme': 'dark', 'data-ayeyar-size': '22', 'data-ayeyar-width': '70' });
    expect(html.hasAttribute('data-ayeyar-leading')).toBe(false);
    tab.setClean(false);
    expect(Object.keys(attrs()).filter((a) => a !== 'data-ayeyar-ms')).toEqual([]);
    await settings.typography.set({ theme: 'sepia', size: 'site', leading: 1.9, width: 'site' });
    expect(Object.keys(attrs()).filter((a) => a !== 'data-ayeyar-ms')).toEqual([]);
    tab.setClean(true);
    expect(attrs()).toMatchObject({ 'data-ayeyar-theme': 'sepia', 'data-ayeyar-leading': '1.9' });
    expect(html.hasAttribute('data-ayeyar-size')).toBe(false);
  });

  it('leaves a page of a turned-off edition without a trace, and ignores switching it', async () => {
    await fakeBrowser.storage.sync.set({ editions: { en: true, my: false } });
    const { tab, settings } = await start('my');
    await settle();
    expect(attrs()).toEqual({});
    expect(tab.editionOn).toBe(false);
    tab.setClean(true);
    expect(attrs()).toEqual({});
    await settings.editions.set({ en: true, my: true });
    expect(tab.editionOn).toBe(true);
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
    expect(html.hasAttribute('data-ayeyar-ms')).toBe(true);
  });

  it('lets a new default win over a per-tab switch', async () => {
    const { tab, settings } = await start();
    await settle();
    tab.setClean(false);
    await settings.cleanByDefault.set(false);
    await settings.cleanByDefault.set(true);
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
  });

  it('stops following the settings once stopped', async () => {
    const { tab, settings } = await start();
    await settle();
    tab.stop();
    await settings.cleanByDefault.set(false);
    await settings.typography.set({ theme: 'dark', size: 'site', leading: 'site', width: 'site' });
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
    expect(html.hasAttribute('data-ayeyar-theme')).toBe(false);
  });

  it('keeps clean mode on with the defaults when stored values are junk', async () => {
    await fakeBrowser.storage.sync.set({ 'clean-by-default': 'no', 'hidden-clutter': 'all', editions: [], typography: { theme: 'neon', size: -4 } });
    await start('my');
    await settle();
    expect(attrs()).toMatchObject({ 'data-ayeyar': 'clean', 'data-ayeyar-hide': 'header related sidebars share popups footer' });
    expect(Object.keys(attrs()).filter((a) => /theme|size|leading|width/.test(a))).toEqual([]);
  });
});
