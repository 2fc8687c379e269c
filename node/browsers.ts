import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium as playwrightChromium, type BrowserContext, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { GECKO_ID } from '../wxt.config';
import { Router } from './router';

/**
 * The built extension loaded into real browsers: Debian's Chromium through
 * Playwright, Firefox ESR through puppeteer over WebDriver BiDi (recipe:
 * ../shared/docs/browser-testing.md). Both are wrapped in one small interface
 * so every end-to-end test runs unchanged in both.
 */

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv2'),
};
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';
const EXECUTABLES: Record<BrowserName, string> = { chromium: CHROMIUM_EXECUTABLE, firefox: '/usr/bin/firefox-esr' };
/** Pinned so moz-extension:// addresses are known in advance. */
const FIREFOX_UUID = '3f1c9a52-7d4e-4b8a-9c61-2a5e0d7b4f10';
/** Chromium flags for this closed network (no background connections to Google). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenOptions {
  waitUntil?: 'domcontentloaded' | 'load';
  /** A script run in the page before any of its own (main world). */
  initScript?: string;
  viewport?: { width: number; height: number };
}

export interface E2EPage {
  readonly browserName: BrowserName;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  /** Clicks and key presses bring the tab to the front first, as a reader's would (background tabs get no input). */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  hover(selector: string): Promise<void>;
  goto(url: string, waitUntil?: 'domcontentloaded' | 'load'): Promise<void>;
  reload(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** What the system clipboard holds now (as a reader's paste would give it). */
  readClipboard(): Promise<string>;
  /** Messages of dialogs (alert, confirm, prompt) the page opened; each is dismissed. */
  readonly dialogs: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  readonly router: Router;
  open(url: string, options?: OpenOptions): Promise<E2EPage>;
  /** An extension page (options.html, popup.html) in a tab. */
  openExtensionPage(file: string): Promise<E2EPage>;
  /** Resolves when the browser closes (the reader closed the window). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A real window instead of headless (the demo, with a display). */
  headless?: boolean;
  /** prefers-color-scheme for every page (WebDriver BiDi cannot emulate it per page, so it is set at launch). */
  colorScheme?: 'light' | 'dark';
  /** The browser's own language ("my"), where the browser has it; by default the system's. */
  language?: string;
}

export async function launch(name: BrowserName, router = new Router(), options: LaunchOptions = {}): Promise<E2EBrowser> {
  if (!fs.existsSync(path.join(EXTENSION_DIRS[name], 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIRS[name]} is not built: run npm run build && npm run build:firefox`);
  }
  const headless = options.headless ?? true;
  const scheme = options.colorScheme ?? 'light';
  return name === 'chromium' ? launchChromium(router, headless, scheme, options.language) : launchFirefox(router, headless, scheme, options.language);
}

function scratchDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

async function launchChromium(router: Router, headless: boolean, colorScheme: 'light' | 'dark', language?: string): Promise<E2EBrowser> {
  const profile = scratchDir('ayeyar-chromium-');
  const ext = EXTENSION_DIRS.chromium;
  const context: BrowserContext = await playwrightChromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLES.chromium,
    headless,
    colorScheme,
    viewport: headless ? { width: 1280, height: 900 } : null,
    locale: language,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_ARGS, ...(language ? [`--lang=${language}`] : [])],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue(); // the extension's own files
    const answer = router.respond(url);
    if (answer) await route.fulfill(answer);
    else await route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The persistent context opens one blank tab; headless, it is not ours to keep.
  if (headless) for (const page of context.pages()) await page.close();

  const wrap = (page: PlaywrightPage): E2EPage => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return {
      browserName: 'chromium',
      dialogs,
      errors,
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitForFunction: async (fn, arg, timeoutMs = 10_000) => {
        await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
      },
      screenshot: async (file, fullPage = false) => {
        await page.screenshot({ path: file, fullPage });
      },
      click: async (selector) => {
        await page.bringToFront();
        await page.locator(selector).first().click();
      },
      press: async (key) => {
        await page.bringToFront();
        await page.keyboard.press(key);
      },
      hover: (selector) => page.locator(selector).first().hover(),
      goto: async (url, waitUntil = 'load') => {
        await page.goto(url, { waitUntil });
      },
      reload: async () => {
        await page.reload();
      },
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      readClipboard: async () => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
        await page.bringToFront();
        return page.evaluate(() => navigator.clipboard.readText());
      },
      close: () => page.close(),
    };
  };

  return {
    name: 'chromium',
    router,
    async open(url, options = {}) {
      const page = await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      if (options.initScript) await page.addInitScript(options.initScript);
      const wrapped = wrap(page);
      await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
      return wrapped;
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      const wrapped = wrap(page);
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return wrapped;
    },
    closed: () => new Promise((resolve) => context.on('close', () => resolve())),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright's CSS selectors reach into open shadow roots; puppeteer's need
 * ">>>" after the shadow host ("ayeyar-panel .copy") or pierce/ for one part.
 */
function deepSelector(selector: string): string {
  const host = selector.match(/^([a-z][a-z0-9]*-[a-z0-9-]*)\s+(.+)$/);
  return host ? `${host[1]} >>> ${host[2]}` : `pierce/${selector}`;
}

async function launchFirefox(router: Router, headless: boolean, colorScheme: 'light' | 'dark', language?: string): Promise<E2EBrowser> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    protocol: 'webDriverBiDi',
    headless,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      // Keep Firefox off the network entirely.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      // Taken only where a language pack for it is installed.
      ...(language ? { 'intl.locale.requested': language } : {}),
    },
  });
  await browser.installExtension(EXTENSION_DIRS.firefox);

  const wrap = async (page: PuppeteerPage): Promise<E2EPage> => {
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (!/^https?:/.test(url)) return void request.continue();
      const answer = router.respond(url);
      if (answer) void request.respond({ status: answer.status, contentType: answer.contentType, body: answer.body });
      else void request.abort();
    });
    return {
      browserName: 'firefox',
      dialogs,
      errors,
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitForFunction: async (fn, arg, timeoutMs = 10_000) => {
        await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 50 }, arg);
      },
      screenshot: async (file, fullPage = false) => {
        await page.screenshot({ path: file as `${string}.png`, fullPage });
      },
      click: async (selector) => {
        await page.bringToFront();
        await page.locator(deepSelector(selector)).click();
      },
      press: async (key) => {
        await page.bringToFront();
        await page.keyboard.press(key as never);
      },
      hover: async (selector) => {
        await page.bringToFront();
        await page.locator(deepSelector(selector)).hover();
      },
      goto: async (url, waitUntil = 'load') => {
        await page.goto(url, { waitUntil: waitUntil === 'load' ? 'load' : 'domcontentloaded' });
      },
      reload: async () => {
        await page.reload();
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
      readClipboard: async () => {
        // Firefox lets pages read the clipboard only through a real paste: paste into a scratch field.
        await page.bringToFront();
        await page.evaluate(() => {
          const field = document.createElement('textarea');
          field.id = '__clipboard_probe';
          document.body.append(field);
          field.focus();
        });
        await page.keyboard.down('Control');
        await page.keyboard.press('v');
        await page.keyboard.up('Control');
        return page.evaluate(() => {
          const field = document.getElementById('__clipboard_probe') as HTMLTextAreaElement;
          field.remove();
          return field.value;
        });
      },
      close: () => page.close(),
    };
  };

  return {
    name: 'firefox',
    router,
    async open(url, options = {}) {
      const page = await browser.newPage();
      if (options.viewport) await page.setViewport(options.viewport);
      if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
      const wrapped = await wrap(page);
      await page.goto(url, { waitUntil: options.waitUntil === 'domcontentloaded' ? 'domcontentloaded' : 'load' });
      return wrapped;
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      const wrapped = await wrap(page);
      // page.goto() times out on moz-extension:// (puppeteer 24); the raw BiDi command works.
      const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
      await connection.send('browsingContext.navigate', {
        context: (page.mainFrame() as unknown as { _id: string })._id,
        url: `moz-extension://${FIREFOX_UUID}/${file}`,
        wait: 'complete',
      });
      return wrapped;
    },
    closed: () => new Promise((resolve) => browser.on('disconnected', () => resolve())),
    close: async () => {
      await browser.close();
    },
  };
}
