import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * Google's myanmar-tools (Apache-2.0), the reference our Zawgyi detector and
 * converter are measured against: its Markov-model detector, its rule-based
 * Zawgyi → Unicode converter and the paired Zawgyi/Unicode texts it is tested
 * on. The npm package ships its TypeScript sources and resources but not the
 * build its index.js requires, so the build step of its gulpfile is done here:
 * the model and the rules are put in place of the placeholders, the Node
 * variant of its conditional blocks is kept, and the
 * sources are compiled to a module in a temporary folder. Development only;
 * nothing of it reaches the extension.
 */

const PACKAGE = path.resolve(import.meta.dirname, '../node_modules/myanmar-tools');

export interface ZawgyiDetector {
  /** Probability (0–1) that Burmese text is Zawgyi; -Infinity without Burmese letters. */
  getZawgyiProbability(text: string): number;
}
export interface ZawgyiConverter {
  zawgyiToUnicode(text: string): string;
}

function built(file: string, replacements: [placeholder: string, value: string][]): string {
  let source = fs.readFileSync(path.join(PACKAGE, 'src', file), 'utf8');
  for (const [placeholder, value] of replacements) {
    if (!source.includes(placeholder)) throw new Error(`myanmar-tools: ${placeholder} not found in src/${file} (a new version?)`);
    source = source.replace(placeholder, () => value);
  }
  // The gulpfile's preprocessor builds for Node: blocks meant only for the minified browser build go.
  source = source.replace(/\/\/ @if !NODEJS[\s\S]*?\/\/ @endif/g, '');
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}

export async function loadMyanmarTools(): Promise<{ detector: ZawgyiDetector; converter: ZawgyiConverter }> {
  const resource = (name: string) => fs.readFileSync(path.join(PACKAGE, 'resources', name));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'myanmar-tools-'));
  const detectorFile = path.join(dir, 'zawgyi-detector.mjs');
  const converterFile = path.join(dir, 'zawgyi-converter.mjs');
  fs.writeFileSync(detectorFile, built('zawgyi_detector.ts', [['<BASE64_DATA_PLACEHOLDER>', resource('zawgyiUnicodeModel.dat').toString('base64')]]));
  fs.writeFileSync(
    converterFile,
    built(
      'zawgyi_converter.ts',
      (['Z2U', 'U2Z', 'ZNorm'] as const).map((rules) => [`declare function getAllRules${rules}(): TranslitRule[][]; // PLACEHOLDER`, resource(`${rules}.js`).toString('utf8')]),
    ),
  );
  const { ZawgyiDetector } = await import(pathToFileURL(detectorFile).href);
  const { ZawgyiConverter } = await import(pathToFileURL(converterFile).href);
  fs.rmSync(dir, { recursive: true, force: true });
  return { detector: new ZawgyiDetector(), converter: new ZawgyiConverter() };
}

/** The package's paired texts: the same lines in Zawgyi and in Unicode. */
export function pairedTexts(): { name: string; zawgyi: string[]; unicode: string[] }[] {
  const lines = (name: string) => fs.readFileSync(path.join(PACKAGE, 'resources', name), 'utf8').split('\n');
  return [
    { name: 'Myanmar government text', zawgyi: lines('mmgov_zawgyi_src.txt'), unicode: lines('mmgov_unicode_out.txt') },
    { name: 'Universal Declaration of Human Rights', zawgyi: lines('udhr_mya_zawgyi_out.txt'), unicode: lines('udhr_mya_unicode_src.txt') },
  ];
}
