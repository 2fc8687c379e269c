/**
 * npm run demo: builds Ayeyar and opens the bundled sample article with the
 * extension loaded in Chromium. With a display, a browser window opens on the
 * page (close it to finish). Without one, it runs headless and writes
 * before/after screenshots, printing where they are.
 *
 * The page is served at its real irrawaddy.com address by request routing:
 * nothing is fetched from the network.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launch, CHROMIUM_EXECUTABLE } from '../node/browsers';
import { loadFixture } from '../node/fixtures';
import { Router } from '../node/router';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = 'irrawaddy--russia-visit-2017';
const OUT = path.join(ROOT, 'demo-output');

if (!fs.existsSync(CHROMIUM_EXECUTABLE)) {
  console.error(`Chromium is not installed at ${CHROMIUM_EXECUTABLE}. On Debian or Ubuntu: sudo apt-get install -y chromium`);
  process.exit(1);
}

console.log('Building the extension (Chrome, MV3)…');
execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const sample = loadFixture(SAMPLE);
const router = new Router();

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  await openWindow();
} else {
  await takeScreenshots();
}

/** A real window the reader can use; the page is routed just like in the tests. */
async function openWindow(): Promise<void> {
  const browser = await launch('chromium', router, { headless: false });
  await browser.open(sample.expected.url);
  console.log(`Opened ${sample.expected.url} with Ayeyar loaded. Close the browser window to finish.`);
  await browser.closed();
}

async function takeScreenshots(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await launch('chromium', router);
  try {
    const before = await browser.open(Router.control(sample.expected.url));
    await before.screenshot(path.join(OUT, 'before.png'), true);
    await before.close();

    const after = await browser.open(sample.expected.url);
    await after.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar') === 'clean' && !!document.querySelector('[data-ayeyar-keep]'));
    await after.screenshot(path.join(OUT, 'after.png'), true);
    const ms = await after.evaluate(() => document.documentElement.getAttribute('data-ayeyar-ms'));
    await after.close();

    console.log(`No display: ran headless on the sample article (${sample.expected.url}).`);
    console.log(`Ayeyar's work on the page: ${ms} ms`);
    console.log(`Screenshots:\n  before: ${path.join(OUT, 'before.png')}\n  after:  ${path.join(OUT, 'after.png')}`);
  } finally {
    await browser.close();
  }
}
