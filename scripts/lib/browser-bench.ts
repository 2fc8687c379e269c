import fs from 'node:fs';
import path from 'node:path';
import { launch, type E2EPage } from '../../node/browsers';
import { loadFixtures, type Fixture } from '../../node/fixtures';
import { Router } from '../../node/router';
import { median } from './median';

/**
 * The content script's whole work on a page in Chromium (data-ayeyar-ms:
 * classification, clean mode, the generic detector, reading the body, the
 * panel; people and figures are found in the background, off the page)
 * against Readability.parse on the same page in the same run: the work every
 * reader-mode extension already does on every article. Also the longest
 * single task of that work (data-ayeyar-longest-ms).
 */

const READABILITY = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/@mozilla/readability/Readability.js'), 'utf8');

export interface BrowserTiming {
  page: string;
  ayeyarMs: number;
  longestTaskMs: number;
  readabilityMs: number;
}

/** Loads of each page; the median of each measure is reported (a single load varies by a factor of two). */
const LOADS = 3;

/**
 * How the reader arrives at each article:
 * - 'same-tab': from the site's home page, in the tab that showed it, as a
 *   reader clicks through the news: the tab's renderer process goes on, and
 *   the browser has kept what it compiled of the scripts (ours, and
 *   Readability's, injected again the same way);
 * - 'from-home': the site's home page stays open in a tab and each article
 *   opens in a new one, with a renderer process of its own that has
 *   compiled nothing yet;
 * - 'cold': no other tab, so each article starts a renderer process of its
 *   own, which starts up on the same two cores while the page loads.
 */
export type Arrival = 'same-tab' | 'from-home' | 'cold';

export async function chromiumTimings(arrival: Arrival = 'from-home'): Promise<BrowserTiming[]> {
  const browser = await launch('chromium', new Router());
  try {
    const [home] = loadFixtures((f) => f.name === 'irrawaddy--home');
    const homeTab = arrival === 'cold' ? null : await browser.open(home.expected.url);
    const open = async (url: string): Promise<E2EPage> => {
      if (arrival !== 'same-tab') return browser.open(url);
      await homeTab!.goto(home.expected.url);
      await homeTab!.goto(url);
      return homeTab!;
    };
    const rows: BrowserTiming[] = [];
    for (const fixture of loadFixtures((f) => f.expected.isArticle && !!f.expected.people)) {
      const loads: BrowserTiming[] = [];
      for (let n = 0; n < LOADS; n++) {
        const page = await open(fixture.expected.url);
        loads.push(await timeOnce(page, fixture));
        if (page !== homeTab) await page.close();
      }
      const middle = (pick: (t: BrowserTiming) => number) => median(loads.map(pick));
      rows.push({ page: fixture.name, ayeyarMs: middle((l) => l.ayeyarMs), longestTaskMs: middle((l) => l.longestTaskMs), readabilityMs: middle((l) => l.readabilityMs) });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

async function timeOnce(page: E2EPage, fixture: Fixture): Promise<BrowserTiming> {
  // Done when the panel is up: extraction has run.
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('.panel'), undefined, 15_000);
  // The generic detector's idle slices may still be running when the panel is up: wait until the count settles.
  const ayeyarMs = await settledWork(page);
  const longestTaskMs = Number(await page.evaluate(() => document.documentElement.getAttribute('data-ayeyar-longest-ms')));
  const readabilityMs = await page.evaluate((source: string) => {
    // Loaded as a script in the page, as a reader-mode extension would run it: the first parse, like ours.
    const script = document.createElement('script');
    script.textContent = `${source}\nwindow.__Readability = Readability;`;
    document.head.append(script);
    const Readability = (window as unknown as { __Readability: new (doc: Document) => { parse(): unknown } }).__Readability;
    const copy = document.cloneNode(true) as Document;
    const start = performance.now();
    new Readability(copy).parse();
    return performance.now() - start;
  }, READABILITY);
  return { page: fixture.name, ayeyarMs, longestTaskMs, readabilityMs };
}

/** data-ayeyar-ms once it has not changed for a while (all idle work done). */
async function settledWork(page: E2EPage): Promise<number> {
  const read = () => page.evaluate(() => Number(document.documentElement.getAttribute('data-ayeyar-ms')));
  let last = await read();
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const now = await read();
    if (now === last) return now;
    last = now;
  }
  return last;
}
