import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '@/node/fixtures';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { Router } from '@/node/router';
import { storeSettings } from '@/node/store-settings';
import { PALETTES } from '@/core/clean/typography';
import { checkRegions, serializePage } from './support/page-checks';
import { clearSettings, openOptions, openPopupFor, toggleCleanMode } from './support/extension';
import { axeViolations } from './support/axe';

/**
 * Settings end to end: a reader changes something on the options page (or in
 * the popup) and the Irrawaddy tabs react at once, keep it after a reload,
 * and new tabs open with it.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
fs.mkdirSync(SHOTS, { recursive: true });

const seed = loadFixture('irrawaddy--russia-visit-2017');
const ARTICLE = seed.expected.url;
/** The same page at an address of the Burmese edition, for the editions setting. */
const BURMESE_ARTICLE = 'https://burma.irrawaddy.com/article/2017/06/24/140001.html';
const PARAGRAPH = '.entry-content .content-inner > p';

/** Pages a test opened; closed after it, whatever happened. */
const opened: E2EPage[] = [];
function track<P extends E2EPage>(page: P): P {
  opened.push(page);
  return page;
}

/** An article tab, once the content script has worked on it and the stored settings have arrived. */
async function openArticle(browser: E2EBrowser, url = ARTICLE): Promise<E2EPage> {
  const page = track(await browser.open(url));
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ayeyar-ms'));
  // The settings' first read lands within a few milliseconds; give it room before judging the page.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  return page;
}

const isVisible = (page: E2EPage, selector: string) =>
  page.evaluate(checkRegions, { hidden: [], kept: [selector] }).then((report) => report.missing.length === 0 && report.lost.length === 0);

const textLook = (page: E2EPage, selector: string) =>
  page.evaluate((sel: string) => {
    const style = getComputedStyle(document.querySelector(sel)!);
    return { color: style.color, fontSize: style.fontSize, background: getComputedStyle(document.body).backgroundColor };
  }, selector);

/** The facts panel's background once it is up (its colours follow the reader's theme, the system's scheme for the site's own look). */
const panelBackground = async (page: E2EPage) => {
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.panel'), undefined, 15_000);
  return page.evaluate(() => getComputedStyle(document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel')!).backgroundColor);
};

/**
 * Installed before the page's own scripts: the body's background colour at
 * every frame in which it is painted (not transparent), read back from
 * window.__ayeyarFrames once the page has settled.
 */
const PAINT_PROBE = `(() => {
  const frames = (window.__ayeyarFrames = []);
  const start = performance.now();
  const look = () => {
    const body = document.body;
    if (body && body.childElementCount && getComputedStyle(body).opacity !== '0') frames.push(getComputedStyle(body).backgroundColor);
    if (performance.now() - start < 3000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** Installed before the page's own scripts: whether an Ayeyar panel element was ever put into the page. */
const PANEL_PROBE = `(() => {
  window.__ayeyarPanelSeen = false;
  new MutationObserver(() => {
    if (document.querySelector('ayeyar-panel')) window.__ayeyarPanelSeen = true;
  }).observe(document, { childList: true, subtree: true });
})();`;

/** #rrggbb as the browser reports a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.each(BROWSERS)('settings in %s', (browserName) => {
  let browser: E2EBrowser;
  let options: E2EPage;

  beforeAll(async () => {
    const router = new Router();
    router.serve(BURMESE_ARTICLE, seed.html);
    browser = await launch(browserName, router);
  });
  beforeEach(async () => {
    options = track(await openOptions(browser));
    await clearSettings(options);
    // These tests read Ayeyar's English words (language.test.ts switches them).
    await storeSettings(browser, { language: 'en' });
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('unticking a clutter group shows it again in an open article at once, ticking hides it', async () => {
    const article = await openArticle(browser);
    expect(await isVisible(article, '.jeg_sidebar')).toBe(false);

    await options.click('#hide-sidebars');
    await article.waitForFunction(() => !/\bsidebars\b/.test(document.documentElement.getAttribute('data-ayeyar-hide') ?? ''));
    expect(await isVisible(article, '.jeg_sidebar')).toBe(true);
    // Only that group: the rest of the clutter stays hidden.
    expect(await isVisible(article, '.jeg_header_wrapper')).toBe(false);

    await options.click('#hide-sidebars');
    await article.waitForFunction(() => /\bsidebars\b/.test(document.documentElement.getAttribute('data-ayeyar-hide') ?? ''));
    expect(await isVisible(article, '.jeg_sidebar')).toBe(false);
    expect(article.errors).toEqual([]);
  });

  it('a theme and text size recolour and resize the article text at once, and only in clean mode', async () => {
    const article = await openArticle(browser);
    const siteLook = await textLook(article, PARAGRAPH);
    // The site's own look in a light system scheme: a light panel.
    expect(await panelBackground(article)).toBe(rgb('#ffffff'));

    await options.click('input[name="typography.theme"][value="dark"]');
    await article.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar-theme') === 'dark');
    const dark = await textLook(article, PARAGRAPH);
    expect(dark.color).toBe(rgb(PALETTES.dark.text));
    expect(dark.background).toBe(rgb(PALETTES.dark.background));
    expect(dark.color).not.toBe(siteLook.color);
    expect(await panelBackground(article)).toBe(rgb('#1c1d21'));

    await options.evaluate(() => {
      const size = document.getElementById('text-size') as HTMLSelectElement;
      size.value = '22';
      size.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await article.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar-size') === '22');
    expect((await textLook(article, PARAGRAPH)).fontSize).toBe('22px');
    await article.screenshot(path.join(SHOTS, `${browserName}-settings-dark.png`));

    // Clean mode off: the site's own look, exactly.
    await toggleCleanMode(browser, ARTICLE);
    await article.waitForFunction(() => !document.documentElement.hasAttribute('data-ayeyar'));
    expect(await textLook(article, PARAGRAPH)).toEqual(siteLook);
  });

  it('clean mode off by default: open articles turn off, new ones are untouched, and the popup still turns it on', async () => {
    const control = track(await browser.open(Router.control(ARTICLE)));
    const controlDom = await control.evaluate(serializePage);
    await control.close();
    const open = await openArticle(browser);

    await options.click('#clean-by-default');
    await open.waitForFunction(() => !document.documentElement.hasAttribute('data-ayeyar'));
    expect(open.errors).toEqual([]);
    await open.close();

    const fresh = await openArticle(browser);
    expect(await fresh.evaluate(serializePage)).toBe(controlDom);
    expect(await isVisible(fresh, '.jeg_sidebar')).toBe(true);

    await toggleCleanMode(browser, ARTICLE);
    await fresh.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar') === 'clean');
    expect(await isVisible(fresh, '.jeg_sidebar')).toBe(false);
    expect(fresh.errors).toEqual([]);
  });

  it('settings survive reopening the options page and reloading the article', async () => {
    const article = await openArticle(browser);
    await options.click('#hide-sidebars');
    await options.click('input[name="typography.theme"][value="sepia"]');
    await options.click('input[name="copyFormat"][value="csv"]');
    await options.waitForFunction(() => /Saved/.test(document.getElementById('status')!.textContent ?? ''));
    await options.close();
    const reopened = track(await openOptions(browser));
    expect(
      await reopened.evaluate(() => ({
        sidebars: (document.getElementById('hide-sidebars') as HTMLInputElement).checked,
        header: (document.getElementById('hide-header') as HTMLInputElement).checked,
        theme: (document.querySelector('input[name="typography.theme"]:checked') as HTMLInputElement).value,
        copy: (document.querySelector('input[name="copyFormat"]:checked') as HTMLInputElement).value,
      })),
    ).toEqual({ sidebars: false, header: true, theme: 'sepia', copy: 'csv' });

    await article.reload();
    await article.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar-theme') === 'sepia');
    expect(await isVisible(article, '.jeg_sidebar')).toBe(true);
    expect((await textLook(article, PARAGRAPH)).background).toBe(rgb(PALETTES.sepia.background));
    expect(await panelBackground(article)).toBe(rgb('#f6efe1'));

    // A new article is first painted in the reader's theme: no frame shows the site's own colours before it.
    const fresh = track(await browser.open(ARTICLE, { initScript: PAINT_PROBE }));
    await fresh.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar-theme') === 'sepia');
    await fresh.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const frames = await fresh.evaluate(() => (window as unknown as { __ayeyarFrames: string[] }).__ayeyarFrames);
    expect(frames.length).toBeGreaterThan(0);
    expect(new Set(frames)).toEqual(new Set([rgb(PALETTES.sepia.background)]));
  });

  it('an edition turned off is left alone, live, and the popup says so', async () => {
    const burmese = await openArticle(browser, BURMESE_ARTICLE);
    const english = await openArticle(browser);
    expect(await burmese.evaluate(() => document.documentElement.getAttribute('data-ayeyar'))).toBe('clean');

    await options.click('#edition-my');
    await burmese.waitForFunction(() => ![...document.documentElement.attributes].some((a) => a.name.startsWith('data-ayeyar')));
    expect(await english.evaluate(() => document.documentElement.getAttribute('data-ayeyar'))).toBe('clean');
    const popup = track(await openPopupFor(browser, BURMESE_ARTICLE));
    expect(await popup.evaluate(() => document.getElementById('status')!.textContent)).toMatch(/turned off for this edition/);
    expect(await popup.evaluate(() => document.getElementById('clean-row')!.getClientRects().length)).toBe(0);
    await popup.close();

    // A page of the turned-off edition opened now never sees an element of ours come and go.
    const untouched = track(await browser.open(BURMESE_ARTICLE, { initScript: PANEL_PROBE }));
    await untouched.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    expect(await untouched.evaluate(() => (window as unknown as { __ayeyarPanelSeen: boolean }).__ayeyarPanelSeen)).toBe(false);
    expect(await untouched.evaluate(() => [...document.documentElement.attributes].filter((a) => a.name.startsWith('data-ayeyar')).length)).toBe(0);

    await options.click('#edition-my');
    await burmese.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar') === 'clean');
  });

  it('every setting works from the keyboard, and Reset to defaults undoes them all', async () => {
    const article = await openArticle(browser);
    await options.evaluate(() => document.getElementById('hide-footer')!.focus());
    await options.press(' ');
    await article.waitForFunction(() => !/\bfooter\b/.test(document.documentElement.getAttribute('data-ayeyar-hide') ?? ''));
    // Arrow keys move through a radio group and choose.
    await options.evaluate(() => (document.querySelector('input[name="typography.theme"]:checked') as HTMLElement).focus());
    await options.press('ArrowDown');
    await article.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar-theme') === 'light');

    await options.click('#reset');
    await article.waitForFunction(
      () => /\bfooter\b/.test(document.documentElement.getAttribute('data-ayeyar-hide') ?? '') && !document.documentElement.hasAttribute('data-ayeyar-theme'),
    );
    expect(
      await options.evaluate(() => ({
        footer: (document.getElementById('hide-footer') as HTMLInputElement).checked,
        theme: (document.querySelector('input[name="typography.theme"]:checked') as HTMLInputElement).value,
      })),
    ).toEqual({ footer: true, theme: 'site' });
  });

  it('the popup shows clean mode, the panel and Copy all for the tab, and a way to the settings', async () => {
    const article = await openArticle(browser);
    await article.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('[data-fact]'));
    const popup = track(await openPopupFor(browser, ARTICLE));
    expect(
      await popup.evaluate(() => {
        const shown = (id: string) => document.getElementById(id)!.getClientRects().length > 0;
        return {
          clean: shown('clean') && document.getElementById('clean')!.getAttribute('aria-checked'),
          panel: shown('panel') && document.getElementById('panel')!.getAttribute('aria-checked'),
          copy: shown('copy-all'),
          settings: shown('options-link') && document.getElementById('options-link')!.textContent,
        };
      }),
    ).toEqual({ clean: 'true', panel: 'true', copy: true, settings: 'All settings' });

    await popup.click('#copy-all');
    await popup.waitForFunction(() => /copied/.test(document.getElementById('status')!.textContent ?? ''));
    const copied = await article.readClipboard();
    expect(copied).toContain('## Key facts');
    expect(copied).toContain(ARTICLE);

    await popup.click('#panel');
    await article.waitForFunction(() => !document.documentElement.hasAttribute('data-ayeyar-panel'));
    await popup.click('#clean');
    await article.waitForFunction(() => !document.documentElement.hasAttribute('data-ayeyar'));
    expect(await article.evaluate(() => document.querySelector('ayeyar-panel'))).toBeNull();
  });

  it('the options page lists both keyboard shortcuts with the keys the browser gave them', async () => {
    const shortcuts = await options.evaluate(() => document.getElementById('shortcuts')!.textContent);
    expect(shortcuts).toContain('Alt+Shift+D');
    expect(shortcuts).toContain('Alt+Shift+F');
    expect(shortcuts).not.toContain('Not set');
  });

  it('the options page and the popup have no accessibility violations', async () => {
    expect(await axeViolations(options)).toEqual([]);
    if (browserName === 'chromium') await options.screenshot(path.join(SHOTS, 'chromium-options.png'), true);
    await openArticle(browser);
    // The popup as it shows on an article: status, clean mode switch, settings link.
    const popup = track(await openPopupFor(browser, ARTICLE));
    expect(await axeViolations(popup)).toEqual([]);
  });
});
