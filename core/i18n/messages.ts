import type enMessages from '../../public/_locales/en/messages.json';
import { BURMESE_DIGIT_ZERO } from '../extract/tokens';

/**
 * Ayeyar's words in the reader's language: one lookup for every part (popup,
 * options, facts panel, notebook). The messages are the WebExtension
 * catalogues, public/_locales/<language>/messages.json; the browser reads
 * them only for the manifest (name, description, shortcuts). Everything else
 * is looked up here, because the reader chooses the language in Ayeyar's
 * settings, live, and browser.i18n can only give the browser's own language.
 *
 * A message's named placeholders ($count$) stand for $1, $2… as
 * messages.json defines them; arguments that are numbers are written in the
 * language's digits, strings (page text: names, figures) as they are.
 * Messages that count something have one form per plural category of the
 * language (key_one, key_other in English; only key_other in Burmese, which
 * does not inflect for number).
 */

export const UI_LANGUAGES = ['en', 'my'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** The reader's choice in the settings: the browser's language, or one of Ayeyar's. */
export const LANGUAGE_CHOICES = ['browser', ...UI_LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Every key of the catalogues (English is the reference: a unit test keeps Burmese in step). */
export type MessageKey = keyof typeof enMessages;
/** The facts panel's messages: the only ones the content script carries (see wxt.config.ts). */
export const PANEL_KEY_PREFIX = 'panel_';
export type PanelKey = Extract<MessageKey, `${typeof PANEL_KEY_PREFIX}${string}`>;

/** One entry of messages.json. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;
/** Messages by key with their placeholders resolved to $1…$9 (compileMessages). */
export type Catalogue = Readonly<Record<string, string>>;

export type PluralForm = 'one' | 'other';
/** The CLDR plural categories each language uses, and which one a count takes. */
export const PLURALS: Record<UiLanguage, { forms: readonly PluralForm[]; formOf(n: number): PluralForm }> = {
  en: { forms: ['one', 'other'], formOf: (n) => (n === 1 ? 'one' : 'other') },
  my: { forms: ['other'], formOf: () => 'other' },
};

/** A message with plural forms, by its key without the form: "panel_figures" for panel_figures_one and _other. */
export type CountKey<K extends string> = K extends `${infer Base}_other` ? Base : never;
/** A message with one form. */
export type TextKey<K extends string> = Exclude<K, `${string}_one` | `${string}_other`>;
export type MessageArg = string | number;

export interface Messages<K extends string = MessageKey> {
  readonly lang: UiLanguage;
  /** The message with its placeholders filled. */
  text(key: TextKey<K>, ...args: MessageArg[]): string;
  /** The form of a counting message for n; n is its first placeholder. */
  count(key: CountKey<K>, n: number, ...args: MessageArg[]): string;
  /** ASCII digits in a number or a date written in the language's own digits. */
  digits(value: number | string): string;
}

const DIGITS: Record<UiLanguage, (text: string) => string> = {
  en: (text) => text,
  my: (text) => text.replace(/[0-9]/g, (d) => String.fromCharCode(BURMESE_DIGIT_ZERO + Number(d))),
};

/**
 * The catalogue of a messages.json (only keys `keep` accepts): each message
 * with its named placeholders replaced by their content, as the browser
 * does. Runs at build time (the virtual modules in wxt.config.ts).
 */
export function compileMessages(file: MessagesFile, keep: (key: string) => boolean = () => true): Record<string, string> {
  const catalogue: Record<string, string> = {};
  for (const [key, { message, placeholders = {} }] of Object.entries(file)) {
    if (!keep(key)) continue;
    const named = Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name.toLowerCase(), content]));
    catalogue[key] = message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (token, name?: string) => (name ? (named[name.toLowerCase()] ?? token) : token));
  }
  return catalogue;
}

/** The messages of one language. A key missing from the catalogue (which the tests rule out) shows as itself. */
export function messagesFor<K extends string = MessageKey>(lang: UiLanguage, catalogue: Catalogue): Messages<K> {
  const digits = (value: number | string) => DIGITS[lang](String(value));
  const fill = (key: string, args: MessageArg[]) => {
    const message = catalogue[key] ?? key;
    // Most of the panel's words have no placeholder: as they are, without a pass of the pattern.
    if (!message.includes('$')) return message;
    return message.replace(/\$\$|\$([1-9])/g, (_match, n?: string) => {
      if (!n) return '$';
      const arg = args[Number(n) - 1];
      return arg === undefined ? '' : typeof arg === 'number' ? digits(arg) : arg;
    });
  };
  return {
    lang,
    text: (key, ...args) => fill(key, args),
    count: (key, n, ...args) => fill(`${key}_${PLURALS[lang].formOf(n)}`, [n, ...args]),
    digits,
  };
}

/** The language of Ayeyar's words: the reader's choice, or for 'browser' the browser's UI language ("my", "my-MM") when Ayeyar has it. */
export function resolveLanguage(choice: LanguageChoice, browserLanguage: string): UiLanguage {
  if (choice !== 'browser') return choice;
  const primary = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return UI_LANGUAGES.find((lang) => lang === primary) ?? 'en';
}
