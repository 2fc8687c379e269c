import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { irrawaddy } from '@/core/sites/irrawaddy';
import { parseHtml } from '@/node/parse-html';
import type { SettingValues } from '@/utils/settings';

/**
 * The content script's side of the settings, on a bare page: what <html>
 * carries after the stored settings arrive and as they change. (The real
 * pages, in real browsers: tests/e2e/settings.test.ts.)
 */

// A page for the content script's code to mark. (Not the jsdom environment: wxt/browser's test mock loads esbuild, which refuses to run there.)
vi.stubGlobal('document', parseHtml('<!doctype html><html><head></head><body><p>An article.</p></body></html>'));
const html = document.documentElement;
const attrs = () => Object.fromEntries([...html.attributes].map((a) => [a.name, a.value]));
const looks = () => Object.keys(attrs()).filter((a) => /theme|size|leading|width/.test(a));
/** What clean mode puts on <html>: everything but the work counters (which stay while clean mode is off). */
const marks = () => Object.keys(attrs()).filter((a) => !/^data-ayeyar-(ms|longest-ms)$/.test(a));
const ALL_GROUPS = 'header related ads sidebars share popups footer';

/** As entrypoints/article.content/session.ts does at document_start: clean mode on at once, then the settings. */
async function start(language: 'en' | 'my' = 'en') {
  vi.resetModules();
  const { PageState } = await import('@/entrypoints/article.content/page-state');
  const { CleanMode } = await import('@/entrypoints/article.content/clean-mode');
  const { followSettings } = await import('@/entrypoints/article.content/follow-settings');
  const settings = await import('@/utils/settings');
  const life = new AbortController();
  const state = new PageState('https://www.irrawaddy.com/news/burma/a.html', irrawaddy, language, life.signal);
  const clean = new CleanMode(state);
  clean.enable();
  state.publishWork();
  const seen: SettingValues[] = [];
  const tab = followSettings(state, clean, (values) => seen.push(values));
  return { clean, tab, settings, life, seen };
}

/** Lets the first read and any change reach the page. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

beforeEach(() => {
  fakeBrowser.reset();
  for (const { name } of [...html.attributes]) html.removeAttribute(name);
});

describe('settings on an article tab', () => {
  it('holds the page unpainted until the settings arrive, then shows it in the reader\'s look', async () => {
    await fakeBrowser.storage.sync.set({ typography: { theme: 'dark', size: 'site', leading: 'site', width: 'site' } });
    const { seen } = await start();
    expect(html.hasAttribute('data-ayeyar-pending')).toBe(true);
    await settle();
    expect(html.hasAttribute('data-ayeyar-pending')).toBe(false);
    expect(attrs()).toMatchObject({ 'data-ayeyar': 'clean', 'data-ayeyar-theme': 'dark' });
    expect(seen).toHaveLength(1);
  });

  it('keeps clean mode as it is with the defaults', async () => {
    await start();
    await settle();
    expect(attrs()).toMatchObject({ 'data-ayeyar': 'clean', 'data-ayeyar-hide': ALL_GROUPS });
    expect(looks()).toEqual([]);
  });

  it('turns clean mode off once the stored default says off, and back on when it changes', async () => {
    await fakeBrowser.storage.sync.set({ 'clean-by-default': false });
    const { settings } = await start();
    await settle();
    expect(html.hasAttribute('data-ayeyar')).toBe(false);
    await settings.saveSetting('cleanByDefault', true);
    await settle();
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
  });

  it('hides only the chosen groups, live', async () => {
    await fakeBrowser.storage.sync.set({ 'hidden-clutter': { sidebars: false }, 'hidden-clutter$': { v: 2 } });
    const { settings } = await start();
    await settle();
    expect(html.getAttribute('data-ayeyar-hide')).toBe('header related ads share popups footer');
    await settings.saveSetting('hiddenClutter', { header: false, related: true, ads: false, sidebars: true, share: true, popups: true, footer: true });
    await settle();
    expect(html.getAttribute('data-ayeyar-hide')).toBe('related sidebars share popups footer');
  });

  it('sets the typography only while clean mode is on', async () => {
    await fakeBrowser.storage.sync.set({ typography: { theme: 'dark', size: 22, leading: 'site', width: 70 } });
    const { tab, settings } = await start();
    await settle();
    expect(attrs()).toMatchObject({ 'data-ayeyar-theme': 'dark', 'data-ayeyar-size': '22', 'data-ayeyar-width': '70' });
    expect(html.hasAttribute('data-ayeyar-leading')).toBe(false);
    tab.setClean(false);
    expect(marks()).toEqual([]);
    await settings.saveSetting('typography', { theme: 'sepia', size: 'site', leading: 1.9, width: 'site' });
    await settle();
    expect(marks()).toEqual([]);
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
    await settings.saveSetting('editions', { en: true, my: true });
    await settle();
    expect(tab.editionOn).toBe(true);
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
    expect(html.hasAttribute('data-ayeyar-ms')).toBe(true);
  });

  it('keeps a per-tab switch through other changes, and lets a new default win over it', async () => {
    const { tab, settings } = await start();
    await settle();
    tab.setClean(false);
    await settings.saveSetting('typography', { theme: 'sepia', size: 'site', leading: 'site', width: 'site' });
    await settle();
    expect(html.hasAttribute('data-ayeyar')).toBe(false);
    await settings.saveSetting('cleanByDefault', false);
    await settle();
    await settings.saveSetting('cleanByDefault', true);
    await settle();
    expect(html.getAttribute('data-ayeyar')).toBe('clean');
  });

  it('stops following the settings once the session ends', async () => {
    const { life, settings, clean } = await start();
    await settle();
    life.abort();
    await settings.saveSetting('cleanByDefault', false);
    await settings.saveSetting('typography', { theme: 'dark', size: 'site', leading: 'site', width: 'site' });
    await settle();
    expect(clean.enabled).toBe(true);
    expect(html.hasAttribute('data-ayeyar-theme')).toBe(false);
  });

  it('keeps clean mode on with the defaults when stored values are junk', async () => {
    await fakeBrowser.storage.sync.set({ 'clean-by-default': 'no', 'hidden-clutter': 'all', editions: [], typography: { theme: 'neon', size: -4 } });
    await start('my');
    await settle();
    expect(attrs()).toMatchObject({ 'data-ayeyar': 'clean', 'data-ayeyar-hide': ALL_GROUPS });
    expect(looks()).toEqual([]);
  });
});
