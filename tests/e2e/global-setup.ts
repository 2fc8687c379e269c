import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The browser tests load the built extension: build it when a run starts without one. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  if (!fs.existsSync(path.join(root, '.output/chrome-mv3/manifest.json'))) execSync('npx wxt build', { cwd: root, stdio: 'inherit' });
  if (!fs.existsSync(path.join(root, '.output/firefox-mv2/manifest.json'))) execSync('npx wxt build -b firefox', { cwd: root, stdio: 'inherit' });
}
