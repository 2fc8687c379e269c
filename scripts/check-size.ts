/**
 * npm run size: the content scripts' gzip size against the budget; exits 1
 * when a build grows past it (npm test runs this after the builds).
 */
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSizes } from '../node/bundle-size';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let over = false;
for (const { build, file, bytes, gzipBytes } of contentScriptSizes()) {
  if (!file.endsWith('.js')) {
    console.log(`     ${build}/content-scripts/${file}: ${kb(gzipBytes)} gzip (${kb(bytes)} raw)`);
    continue;
  }
  const fits = gzipBytes <= CONTENT_SCRIPT_BUDGET_BYTES;
  over ||= !fits;
  console.log(`${fits ? 'ok  ' : 'OVER'} ${build}/content-scripts/${file}: ${kb(gzipBytes)} gzip (${kb(bytes)} raw), budget ${kb(CONTENT_SCRIPT_BUDGET_BYTES)}`);
}
if (over) {
  console.error('A content script is over its size budget.');
  process.exit(1);
}
