import fs from 'node:fs';
import path from 'node:path';
import { UI_LANGUAGES, type MessagesFile, type UiLanguage } from '@/core/i18n/messages';

/** The catalogues as the browser and the build read them (public/_locales/<language>/messages.json). */
export const ROOT = path.resolve(import.meta.dirname, '../../..');

export const CATALOGUES = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [lang, JSON.parse(fs.readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as MessagesFile]),
) as Record<UiLanguage, MessagesFile>;

export const PLURAL_SUFFIX = /_(one|other)$/;

/** A message's key without its plural form: panel_figures for panel_figures_one. */
export const messageOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
