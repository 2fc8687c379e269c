import fs from 'node:fs';
import path from 'node:path';

/** The fixture corpus (tests/fixtures/<site>--<slug>/page.html + expected.json), for unit and browser tests. */

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../tests/fixtures');

export interface ExpectedPerson {
  name: string;
  title: string | null;
  aliases: string[];
  role?: string | null;
}
export interface ExpectedFigure {
  text: string;
  kind: string;
  value: number;
  unit?: string;
}
export interface Expected {
  url: string;
  isArticle: boolean;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  people?: ExpectedPerson[];
  figures?: { required: ExpectedFigure[]; optional: ExpectedFigure[]; traps: { text: string; why: string }[] };
  hidden?: string[];
  kept?: string[];
  late?: string[];
  notes?: string | string[];
}
export interface Fixture {
  name: string;
  dir: string;
  html: string;
  expected: Expected;
}

export function loadFixtures(filter: (f: Fixture) => boolean = () => true): Fixture[] {
  return fs
    .readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(FIXTURES_DIR, d.name, 'expected.json')))
    .map((d) => {
      const dir = path.join(FIXTURES_DIR, d.name);
      return {
        name: d.name,
        dir,
        html: fs.readFileSync(path.join(dir, 'page.html'), 'utf8'),
        expected: JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected,
      };
    })
    .filter(filter)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function loadFixture(name: string): Fixture {
  const found = loadFixtures((f) => f.name === name)[0];
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}
