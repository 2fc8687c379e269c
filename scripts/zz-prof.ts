import { chromium } from 'playwright-core';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { Router } from '../node/router';
import { loadFixture } from '../node/fixtures';
const ext = path.resolve('.output/chrome-mv3');
const router = new Router();
const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'p-')), { executablePath: '/usr/bin/chromium', headless: true, args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox'] });
await ctx.route('**/*', async (route) => { const url = route.request().url(); if (!/^https?:/.test(url)) return route.continue(); const a = router.respond(url); if (!a) return route.abort(); return route.fulfill({ status: a.status, contentType: a.contentType, body: a.body }); });
const selfBy = new Map<string, number>();
for (const name of ['irrawaddy--russia-visit-2017', 'irrawaddy--extra-ads', 'irrawaddy--renamed-blocks', 'irrawaddy--old-theme']) {
  const f = loadFixture(name);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  await page.goto(f.expected.url);
  await page.waitForFunction(() => !!document.querySelector('ayeyar-panel'), undefined, { timeout: 15000 });
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const ms = await page.evaluate(() => document.documentElement.getAttribute('data-ayeyar-ms'));
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  for (const n of profile.nodes) {
    const url = n.callFrame.url;
    const key = (url.startsWith('chrome-extension') ? path.basename(url) + ':' : url ? 'page:' : '') + (n.callFrame.functionName || '(anon)') + (url.startsWith('chrome-extension') ? `@${n.callFrame.lineNumber}` : '');
    selfBy.set(key, (selfBy.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
  }
  console.log(name, 'data-ayeyar-ms', ms);
  await page.close();
}
for (const [k, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), k);
await ctx.close();
