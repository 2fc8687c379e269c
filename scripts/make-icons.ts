/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for
 * (public/icon/16, 32, 48, 128 px) with the system Chromium. Run after
 * changing the SVG: npx tsx scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const svg = fs.readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log('wrote public/icon/{16,32,48,128}.png');
