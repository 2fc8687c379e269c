/**
 * Checks the place gazetteer's data and prints its counts:
 *   npx tsx scripts/check-gazetteer.ts
 * Exits 1 when a table has a problem (a duplicate, a name written unlike the
 * others, a name that is also a personal name, a count that differs from the
 * official one).
 */
import { checkGazetteer } from './lib/gazetteer-check';

const report = checkGazetteer();
const forms = report.entries.reduce((n, e) => n + e.forms.length, 0);
console.log(`${report.entries.length} places, ${forms} names`);
console.log('by kind:', Object.entries(report.byKind).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('by country and kind:', Object.entries(report.byCountry).map(([k, n]) => `${k} ${n}`).join(', '));
console.log('Myanmar townships by state:', Object.entries(report.townshipsByState).map(([k, n]) => `${k} ${n}`).join(', '));
console.log(`matched only as one word (their letters are also a name written apart): ${report.guarded.join(', ')}`);
if (report.commonWords.length > 0) console.log(`also common English words: ${report.commonWords.join(', ')}`);
for (const problem of report.problems) console.error(`problem: ${problem}`);
if (report.problems.length > 0) process.exit(1);
