/**
 * Regenerates the README's screenshots (docs/screenshots/) from the sample
 * article with the built extension in headless Chromium:
 *   clean-mode.png   the page as the site sends it, and in clean mode
 *   panel-light.png  clean mode with the facts panel, light scheme
 *   panel-dark.png   the same in the dark scheme
 *   panel-burmese.png the panel in Burmese (a person chosen: Burmese digits in the stepper)
 *   options.png      the options page
 *   notebook.png     the notebook: facts kept from three articles, grouped by person
 * Run after `npm run build`: npx tsx scripts/screenshots.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { launch, type E2EBrowser, type E2EPage } from '../node/browsers';
import { loadFixture } from '../node/fixtures';
import { Router } from '../node/router';
import { storeSettings } from '../node/store-settings';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');
const sample = loadFixture('irrawaddy--russia-visit-2017');
fs.mkdirSync(OUT, { recursive: true });

/** The sample article with its panel, one fact chosen in it (shown in use: highlighted in the text). */
async function withPanel(browser: E2EBrowser, chosen = '[data-fact="figure"][data-index="1"]'): Promise<E2EPage> {
  const page = await browser.open(sample.expected.url, { viewport: { width: 1440, height: 900 } });
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('[data-fact]'));
  await page.click(`ayeyar-panel ${chosen} .fact-main`);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 700)));
  return page;
}

/** Keeps facts (by their text; null: Keep all) on an article, and a note on one. */
async function keep(browser: E2EBrowser, url: string, texts: string[] | null, note?: { text: string; note: string; tags: string }): Promise<void> {
  const page = await browser.open(url, { viewport: { width: 1440, height: 900 } });
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.keep'));
  const refs = await page.evaluate(() =>
    [...document.querySelector('ayeyar-panel')!.shadowRoot!.querySelectorAll<HTMLElement>('.fact')].map((item) => ({
      text: item.querySelector('.fact-value')!.textContent,
      selector: `ayeyar-panel [data-fact="${item.dataset.fact}"][data-index="${item.dataset.index}"]`,
    })),
  );
  const at = (text: string) => refs.find((r) => r.text === text)!.selector;
  const settle = () => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  if (!texts) await page.click('ayeyar-panel .keep-all');
  for (const text of texts ?? []) {
    await page.click(`${at(text)} .keep`);
    await settle();
  }
  if (note) {
    await settle();
    await page.click(`${at(note.text)} .keep`);
    await page.evaluate((values: string[]) => {
      const form = document.querySelector('ayeyar-panel')!.shadowRoot!.querySelector('.note-form')!;
      [form.querySelector('textarea')!.value, form.querySelector('input')!.value] = values;
    }, [note.note, note.tags]);
    await page.click(`${at(note.text)} .note-form .primary`);
  }
  await settle();
  await page.close();
}

const light = await launch('chromium', new Router());
try {
  const before = await light.open(Router.control(sample.expected.url), { viewport: { width: 1280, height: 1000 } });
  await before.screenshot(path.join(OUT, 'before.tmp.png'));
  const after = await light.open(sample.expected.url, { viewport: { width: 1280, height: 1000 } });
  await after.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar') === 'clean');
  // The panel is collapsed for this picture: it is about what clean mode hides.
  await after.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.collapse'));
  await after.click('ayeyar-panel .collapse');
  await after.screenshot(path.join(OUT, 'after.tmp.png'));

  // Side by side, composed by the browser itself (no image library needed).
  const pair = await light.open(Router.control(sample.expected.url));
  await pair.setViewport(1600, 660);
  await pair.evaluate((images: string[]) => {
    document.documentElement.replaceChildren();
    const body = document.createElement('body');
    body.style.cssText = 'margin:0;display:flex;gap:16px;padding:16px;background:#e9ebef;font:600 15px system-ui,sans-serif';
    for (const [label, src] of [['As the site sends it', images[0]], ['In clean mode', images[1]]]) {
      const figure = document.createElement('figure');
      figure.style.cssText = 'margin:0;flex:1';
      const img = document.createElement('img');
      img.src = src;
      img.style.cssText = 'width:100%;border:1px solid #c8ccd4;border-radius:6px;display:block';
      const caption = document.createElement('figcaption');
      caption.textContent = label;
      caption.style.cssText = 'margin:0 0 8px;color:#333';
      figure.append(caption, img);
      body.append(figure);
    }
    document.documentElement.append(body);
    return Promise.all([...document.images].map((i) => i.decode()));
  }, ['before', 'after'].map((name) => `data:image/png;base64,${fs.readFileSync(path.join(OUT, `${name}.tmp.png`)).toString('base64')}`));
  await pair.screenshot(path.join(OUT, 'clean-mode.png'));
  for (const name of ['before', 'after']) fs.rmSync(path.join(OUT, `${name}.tmp.png`));

  await (await withPanel(light)).screenshot(path.join(OUT, 'panel-light.png'));

  const options = await light.openExtensionPage('options.html');
  await options.setViewport(1000, 1300);
  await options.waitForFunction(() => !document.getElementById('settings')?.hasAttribute('aria-busy'));
  await options.screenshot(path.join(OUT, 'options.png'), true);

  await keep(light, sample.expected.url, ['US$1.63 billion', 'Min Aung Hlaing'], { text: 'Min Aung Hlaing', note: 'First visit announced after the Fomin meeting: check the dates.', tags: 'Russia, visits' });
  await keep(light, loadFixture('irrawaddy--junta-reshuffle-regional-commanders').expected.url, ['14 senior officers', 'two regional commanders', 'Min Aung Hlaing']);
  await keep(light, loadFixture('irrawaddy--burmese-edition').expected.url, null);
  const notebook = await light.openExtensionPage('notebook.html');
  await notebook.setViewport(1440, 1500);
  await notebook.waitForFunction(() => !document.querySelector('.results')?.hasAttribute('aria-busy'));
  await notebook.evaluate(() => {
    const group = document.getElementById('group') as HTMLSelectElement;
    group.value = 'person';
    group.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await notebook.screenshot(path.join(OUT, 'notebook.png'));

  // Last: the panel in Burmese, on a person named several times (the stepper counts in Burmese digits).
  await storeSettings(light, { language: 'my' });
  await (await withPanel(light, '[data-fact="person"][data-index="1"]')).screenshot(path.join(OUT, 'panel-burmese.png'));
} finally {
  await light.close();
}

const dark = await launch('chromium', new Router(), { colorScheme: 'dark' });
try {
  await (await withPanel(dark)).screenshot(path.join(OUT, 'panel-dark.png'));
} finally {
  await dark.close();
}
console.log(`wrote ${OUT}/{clean-mode,panel-light,panel-dark,panel-burmese,options,notebook}.png`);
