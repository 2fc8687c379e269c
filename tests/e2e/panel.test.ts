import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { loadFixture, type Fixture } from '@/node/fixtures';
import { parseHtml } from '@/node/parse-html';
import { Router } from '@/node/router';
import { storeSettings } from '@/node/store-settings';
import { extractFacts } from '@/core/extract';
import { citationOf, formatterFor } from '@/core/format';
import { textFragmentUrl } from '@/core/format/text-fragment';
import { runCommand } from './support/extension';
import { axeViolations } from './support/axe';

/**
 * The facts panel as a reader uses it: the lists, clicking through to the
 * text, copying with a citation, the keyboard, themes, layout, and a page
 * that tries to run code through its text.
 */

const seed = loadFixture('irrawaddy--russia-visit-2017');
const hostile = loadFixture('irrawaddy--hostile-text');
const PANEL = 'ayeyar-panel';

/** The facts the panel must show, worked out in Node from the same page. */
const seedFacts = extractFacts(parseHtml(seed.html, seed.expected.url), seed.expected.url);

interface PanelSnapshot {
  people: string[];
  figures: { text: string; value: number }[];
  collapsed: boolean;
  side: string | null;
}

function panelSnapshot(): PanelSnapshot {
  const root = document.querySelector('ayeyar-panel')!.shadowRoot!;
  return {
    people: [...root.querySelectorAll('[data-fact="person"] .fact-value')].map((el) => el.textContent ?? ''),
    figures: [...root.querySelectorAll('[data-fact="figure"]')].map((el) => ({
      text: el.querySelector('.fact-value')!.textContent ?? '',
      value: Number(el.getAttribute('data-value')),
    })),
    // Collapsed, only the tab is there.
    collapsed: !root.querySelector('.panel') && !!root.querySelector('.tab'),
    side: root.querySelector('.panel, .tab')!.getAttribute('data-side'),
  };
}

/** Text of every range of a highlight (CSS Custom Highlight API). */
function highlighted(name: string): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const highlight = registry?.get(`ayeyar-${name}`);
  return highlight ? [...highlight].map((r) => r.toString()) : [];
}

/** Where the first focus highlight is on screen. */
function focusTop(): number | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
  const [range] = registry?.get('ayeyar-focus') ?? [];
  const rect = range?.getBoundingClientRect();
  return rect ? rect.top : null;
}

function activeInPanel(): string | null {
  const active = document.querySelector('ayeyar-panel')?.shadowRoot?.activeElement;
  return active ? `${active.className}|${active.closest('.fact')?.getAttribute('data-index') ?? ''}` : null;
}

async function openWithPanel(browser: E2EBrowser, fixture: Fixture, width = 1280): Promise<E2EPage> {
  const page = await browser.open(fixture.expected.url, { viewport: { width, height: 900 } });
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.panel, .tab'), undefined, 15_000);
  return page;
}

const item = (kind: 'figure' | 'person', index: number) => `${PANEL} [data-fact="${kind}"][data-index="${index}"]`;

describe.each(BROWSERS)('facts panel in %s', (browserName) => {
  let browser: E2EBrowser;
  const opened: E2EPage[] = [];
  const track = (page: E2EPage) => (opened.push(page), page);

  beforeAll(async () => {
    browser = await launch(browserName, new Router());
    // These tests read the panel's English words (language.test.ts switches them).
    await storeSettings(browser, { language: 'en' });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists the seed article's 12 people and 16 required figures, and no trap", async () => {
    const page = track(await openWithPanel(browser, seed));
    const shown = await page.evaluate(panelSnapshot);
    const { people = [], figures } = seed.expected;
    expect(shown.people.sort()).toEqual(people.map((p) => p.name).sort());
    const values = new Set(shown.figures.map((f) => f.value));
    for (const required of figures!.required) expect(values, required.text).toContain(required.value);
    for (const figure of shown.figures) {
      const allowed = [...figures!.required, ...figures!.optional].some((f) => f.value === figure.value);
      expect(allowed, `${figure.text} is neither required nor optional`).toBe(true);
    }
    expect(shown.collapsed).toBe(false);
  });

  it('clicking a figure scrolls to it and highlights exactly its words; the stepper walks through every mention', async () => {
    const page = track(await openWithPanel(browser, seed));
    const index = seedFacts.figures.findIndex((f) => f.value === 40_000_000_000);
    await page.click(`${item('figure', index)} .fact-main`);
    await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      return !!registry?.get('ayeyar-focus');
    });
    expect(await page.evaluate(highlighted, 'focus')).toEqual([seedFacts.figures[index].text]);
    // Scrolled so that the passage is on screen.
    await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      const [range] = registry?.get('ayeyar-focus') ?? [];
      const rect = range!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);

    // A person with several mentions: next and previous step through them.
    const fomin = seedFacts.people.findIndex((p) => p.name === 'Alexander Fomin');
    const mentions = seedFacts.people[fomin].spans.length;
    expect(mentions).toBeGreaterThan(2);
    await page.click(`${item('person', fomin)} .fact-main`);
    const position = () => page.evaluate((sel: string) => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector(sel)?.textContent, `[data-fact="person"][data-index="${fomin}"] .position`);
    await page.waitForFunction(() => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.position') !== null);
    expect(await position()).toBe(`1 / ${mentions}`);
    const firstTop = await page.evaluate(focusTop);
    await page.click(`${item('person', fomin)} .next`);
    expect(await position()).toBe(`2 / ${mentions}`);
    await page.waitForFunction((top: number | null) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      const [range] = registry?.get('ayeyar-focus') ?? [];
      const rect = range?.getBoundingClientRect();
      return !!rect && rect.top !== top;
    }, firstTop);
    await page.click(`${item('person', fomin)} .prev`);
    await page.click(`${item('person', fomin)} .prev`);
    expect(await position()).toBe(`${mentions} / ${mentions}`);
    // The article's text is never changed by highlighting.
    const text = await page.evaluate(() => document.querySelector('.content-inner')!.textContent);
    expect(text).toBe(parseHtml(seed.html, seed.expected.url).querySelector('.content-inner')!.textContent);
  });

  it('hovering a person highlights every mention of them', async () => {
    const page = track(await openWithPanel(browser, seed));
    const index = seedFacts.people.findIndex((p) => p.name === 'Min Aung Hlaing');
    await page.hover(`${item('person', index)} .fact-main`);
    await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      return !!registry?.get('ayeyar-hover');
    });
    const marked = await page.evaluate(highlighted, 'hover');
    expect(marked).toHaveLength(seedFacts.people[index].spans.length);
    for (const text of marked) expect(text).toMatch(/Min Aung Hlaing/);
  });

  it('copies one fact with its citation and a link to the passage, and all facts at once', async () => {
    const page = track(await openWithPanel(browser, seed));
    const markdown = formatterFor('markdown');
    const index = seedFacts.figures.findIndex((f) => f.value === 4705);
    const figure = seedFacts.figures[index];
    await page.click(`${item('figure', index)} .copy`);
    await page.waitForFunction(() => /copied/i.test(document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.status')!.textContent ?? ''));
    expect(await page.readClipboard()).toBe(markdown.figure(figure, { ...citationOf(seedFacts), url: textFragmentUrl(seedFacts.url, figure.context) }));

    await page.click(`${PANEL} .copy-all`);
    await page.waitForFunction(() => /All facts copied/.test(document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.status')!.textContent ?? ''));
    const all = await page.readClipboard();
    expect(all).toBe(markdown.facts(seedFacts));
    expect(all).toContain(seed.expected.url);
  });

  it('works from the keyboard alone, with the panel shortcut', async () => {
    const page = track(await openWithPanel(browser, seed));
    const url = seed.expected.url;
    await runCommand(browser, url, 'ayeyar:toggle-panel');
    await page.waitForFunction(() => !document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel'));
    await runCommand(browser, url, 'ayeyar:toggle-panel');
    await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel'));
    // Opening with the shortcut puts the focus on the first fact.
    expect(await page.evaluate(activeInPanel)).toBe('fact-main|0');
    await page.press('ArrowDown');
    expect(await page.evaluate(activeInPanel)).toBe('fact-main|1');
    await page.press('Enter');
    await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      return !!registry?.get('ayeyar-focus');
    });
    expect(await page.evaluate(highlighted, 'focus')).toEqual([seedFacts.figures[1].text]);
    // Tab reaches the fact's copy button (past the stepper when the fact has one).
    for (let i = 0; i < 4 && !(await page.evaluate(activeInPanel))?.includes('copy'); i++) await page.press('Tab');
    expect(await page.evaluate(activeInPanel)).toMatch(/copy\|1$/);
    await page.press('Enter');
    await page.waitForFunction(() => /copied/i.test(document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.status')!.textContent ?? ''));
    await page.press('Escape');
    await page.waitForFunction(() => !document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel'));
    expect(await page.evaluate(activeInPanel)).toMatch(/^tab/);
    await page.press('Enter');
    await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel'));
  });

  it.each(['light', 'dark'] as const)('has no accessibility violations in the %s scheme', async (scheme) => {
    // The colour scheme is set when a browser starts (WebDriver BiDi cannot emulate it per page).
    const themed = scheme === 'light' ? browser : await launch(browserName, new Router(), { colorScheme: scheme });
    try {
      const page = track(await openWithPanel(themed, seed));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      // One fact active, so the stepper and current-item styles are checked too.
      await page.click(`${item('person', 0)} .fact-main`);
      expect(await axeViolations(page, PANEL)).toEqual([]);
      await page.screenshot(`test-output/screenshots/${browserName}-panel-${scheme}.png`);
      await page.close();
    } finally {
      if (themed !== browser) await themed.close();
    }
  });

  it.each([1280, 1440, 1920])('stands beside the article at %i px, never over its text', async (width) => {
    const page = track(await openWithPanel(browser, seed, width));
    const overlaps = await page.evaluate(() => {
      const panel = document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      return [...document.querySelectorAll('.entry-header h1, .content-inner > p')].filter((p) => {
        const r = p.getBoundingClientRect();
        return r.right > panel.left && r.left < panel.right;
      }).length;
    });
    expect(overlaps).toBe(0);
  });

  it('starts as a small tab on narrow windows, moves to the left and collapses', async () => {
    const narrow = track(await openWithPanel(browser, seed, 1024));
    expect((await narrow.evaluate(panelSnapshot)).collapsed).toBe(true);
    // Its facts are built when the reader opens it.
    expect(await narrow.evaluate(() => document.querySelector('ayeyar-panel')!.shadowRoot!.querySelectorAll('[data-fact]').length)).toBe(0);
    await narrow.click(`${PANEL} .tab`);
    expect((await narrow.evaluate(panelSnapshot)).people.length).toBe(seed.expected.people?.length);

    const page = track(await openWithPanel(browser, seed, 1440));
    await page.click(`${PANEL} .move`);
    expect((await page.evaluate(panelSnapshot)).side).toBe('left');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-ayeyar-panel'))).toBe('left');
    const clear = await page.evaluate(() => {
      const panel = document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      const first = document.querySelector('.content-inner > p')!.getBoundingClientRect();
      return panel.left === 0 && first.left >= panel.right;
    });
    expect(clear).toBe(true);
    await page.click(`${PANEL} .collapse`);
    expect((await page.evaluate(panelSnapshot)).collapsed).toBe(true);
    // The side is a setting: put it back for the other tests.
    await page.click(`${PANEL} .tab`);
    await page.click(`${PANEL} .move`);
    expect((await page.evaluate(panelSnapshot)).side).toBe('right');
  });

  it('shows a hostile page’s text literally and runs nothing', async () => {
    const page = track(await openWithPanel(browser, hostile));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const report = await page.evaluate(() => {
      const root = document.querySelector('ayeyar-panel')!.shadowRoot!;
      return {
        title: root.querySelector('.title')?.textContent,
        contexts: [...root.querySelectorAll('.fact-context')].map((el) => el.textContent ?? ''),
        injected: root.querySelectorAll('img, script, iframe, math, object, embed, [onload], [onerror], a[href^="javascript"]').length,
      };
    });
    expect(report.title).toBe('Fake Pages Plant <script> Tags in Copies of Irrawaddy Reports');
    expect(report.contexts.some((c) => c.includes('<svg onload=alert(1)>'))).toBe(true);
    expect(report.contexts.some((c) => c.includes('<math><mtext><img src=x'))).toBe(true);
    expect(report.injected).toBe(0);
    expect(page.dialogs).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
