/**
 * npm run -s facts -- [--url URL] [--format json|md|csv|text] FILE... (FILE may be - for stdin)
 * Prints the facts of saved article pages: JSON by default (an array when
 * several files are given), or Markdown, CSV or plain text for notes. Bad
 * input gets one clear line on stderr and a non-zero exit, never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { extractFacts, type ArticleFacts } from '../core/extract';
import { csv, factsRecord, formatterFor, type FactFormat } from '../core/format';
import { HtmlParseError, parseHtml } from '../node/parse-html';

const MAX_BYTES = 20 * 1024 * 1024;
const FORMATS: Record<string, FactFormat> = { json: 'json', md: 'markdown', markdown: 'markdown', csv: 'csv', text: 'text', txt: 'text' };
const HELP = `Usage: npm run -s facts -- [options] FILE...

Prints the named people and key figures of saved article pages.

  FILE            an HTML file of an article page; - reads standard input
  --url URL       the page's address (default: its canonical or og:url link);
                  only with a single FILE
  --format F      json (default), md, csv or text
  -h, --help      this help

Several files print one result each (a JSON array for json, one CSV table).`;

class UsageError extends Error {}

interface Options {
  url: string | null;
  format: FactFormat;
  files: string[];
}

function parseArgs(argv: string[]): Options | 'help' {
  const options: Options = { url: null, format: 'json', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value (see --help)`);
      return v;
    };
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--url') options.url = value();
    else if (arg === '--format') {
      const f = value();
      if (!(f in FORMATS)) throw new UsageError(`unknown format "${f}": use json, md, csv or text`);
      options.format = FORMATS[f];
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg} (see --help)`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no FILE given (see --help)');
  if (options.url && options.files.length > 1) throw new UsageError('--url applies to one FILE only');
  if (options.url && !/^https?:\/\/\S+$/.test(options.url)) throw new UsageError(`--url ${options.url} is not an http(s) address`);
  return options;
}

function readPage(file: string): string {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  try {
    if (file !== '-') {
      const stat = statSync(file);
      if (!stat.isFile()) throw new UsageError(`${name} is not a file`);
      if (stat.size > MAX_BYTES) throw new UsageError(`${name} is larger than 20 MB: not an article page`);
    }
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${name}: no such file` : `${name}: cannot be read (${code ?? (e as Error).message})`);
  }
  if (bytes.length > MAX_BYTES) throw new UsageError(`${name} is larger than 20 MB: not an article page`);
  const html = bytes.toString('utf8');
  if (!html.trim()) throw new UsageError(`${name} is empty`);
  if (!/<(?:html|head|body|p|div|article)[\s>]/i.test(html)) throw new UsageError(`${name} is not HTML`);
  return html;
}

function factsOf(file: string, url: string | null): ArticleFacts {
  const html = readPage(file);
  const name = file === '-' ? 'standard input' : file;
  const parse = (address: string) => {
    try {
      return parseHtml(html, address);
    } catch (e) {
      if (e instanceof HtmlParseError) throw new UsageError(`${name}: ${e.message}`);
      throw e;
    }
  };
  const doc = parse(url ?? 'https://localhost/');
  const address = url ?? pageAddress(doc);
  if (!address) throw new UsageError(`${name}: the page has no canonical or og:url address; give one with --url`);
  if (!doc.body?.textContent?.trim()) throw new UsageError(`${name}: the page has no text`);
  return extractFacts(url ? doc : parse(address), address);
}

function pageAddress(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https?:\/\//.test(href.trim()) ? href.trim() : null;
}

function render(results: ArticleFacts[], format: FactFormat): string {
  if (format === 'json') return JSON.stringify(results.length === 1 ? factsRecord(results[0]) : results.map(factsRecord), null, 2) + '\n';
  if (format === 'csv') return csv.header() + results.map((r) => csv.rows(r)).join('');
  return results.map((r) => formatterFor(format).facts(r)).join('\n');
}

function main(): number {
  try {
    const options = parseArgs(process.argv.slice(2));
    if (options === 'help') {
      console.log(HELP);
      return 0;
    }
    const results = options.files.map((file) => factsOf(file, options.url));
    process.stdout.write(render(results, options.format));
    return 0;
  } catch (e) {
    console.error(`facts: ${e instanceof UsageError ? e.message : `unexpected error: ${(e as Error).message}`}`);
    return e instanceof UsageError ? 2 : 1;
  }
}

// A reader that stops early ("| head") is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
process.exitCode = main();
