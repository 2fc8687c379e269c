import { loadFixtures } from './fixtures';

/**
 * Answers every request the browser makes, so tests never reach the network:
 * fixture pages at their real irrawaddy.com addresses, the same pages at a
 * control host the extension does not run on (to compare with), a placeholder
 * for images, and nothing else.
 */

export const CONTROL_HOST = 'control.ayeyar.test';

export interface Answer {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** A 4×3 grey PNG: images keep their boxes without any network. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAADklEQVR4nGM4gQQYcHIAJLUcIQKArPgAAAAASUVORK5CYII=',
  'base64',
);

function key(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}${u.search}`;
}

export class Router {
  private readonly pages = new Map<string, string>();
  /** Every http(s) request the browser made, in order (the privacy tests read it). */
  readonly requests: string[] = [];

  constructor(withFixtures = true) {
    if (withFixtures) for (const f of loadFixtures()) this.serve(f.expected.url, f.html);
  }

  /** Serve html at url (and at the control host with the same path). */
  serve(url: string, html: string): void {
    this.pages.set(key(url), html);
    const control = new URL(url);
    control.host = CONTROL_HOST;
    this.pages.set(key(control.href), html);
  }

  /** The same address on the control host, where Ayeyar does not run. */
  static control(url: string): string {
    const u = new URL(url);
    u.host = CONTROL_HOST;
    return u.href;
  }

  respond(url: string): Answer | null {
    this.requests.push(url);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    const html = this.pages.get(key(url));
    if (html !== undefined) return { status: 200, contentType: 'text/html; charset=utf-8', body: html };
    if (/\.(?:png|jpe?g|gif|webp)$/i.test(parsed.pathname)) return { status: 200, contentType: 'image/png', body: PLACEHOLDER_PNG };
    if (/irrawaddy\.com$|\.test$/.test(parsed.hostname)) return { status: 404, contentType: 'text/plain', body: 'not found' };
    return null;
  }
}
