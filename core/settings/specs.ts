import { CLUTTER_GROUPS, SITES, type ClutterGroup, type SiteRules } from '../sites';
import { DEFAULT_TYPOGRAPHY, FONT_SIZES, LINE_HEIGHTS, TEXT_WIDTHS, THEMES, type Typography } from '../clean/typography';
import { FACT_FORMATS, type FactFormat } from '../format/types';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../i18n/messages';
import { bool, fields, isRecord, oneOf, siteOrStep, switches, type Check } from './checks';

/**
 * Every setting Ayeyar has, defined once, as data: the name it is stored
 * under, its default, the version of its stored shape with the migrations
 * from older shapes, and the check that turns any stored value into a valid
 * one. The content script, the extension's pages and the tests all read and
 * write them through utils/settings.ts.
 *
 * All are reader preferences, small and rarely written, so all live in the
 * sync area: they follow the reader to every device where the browser syncs.
 * One stored item per concern, not one big object: sync resolves conflicts
 * per item, so a change on one device never undoes another setting changed
 * elsewhere, and each page reacts only to what changed.
 *
 * Changing a stored shape: raise `version`, add `migrations[version]` taking
 * the previous shape (as unknown: it may be corrupted), and add a sample of
 * the previous shape to tests/unit/settings/stored-samples.ts.
 */

/** Migrations by target version; each takes the stored value of the version before. */
export type Migrations = Record<number, (previous: unknown) => unknown>;

export interface SettingSpec<T> {
  /** The storage name (sync area); its version is kept beside it under `<name>$`. */
  name: string;
  fallback: T;
  version: number;
  migrations: Migrations;
  check: Check<T>;
}

export type Language = SiteRules['editions'][number]['language'];
/** Every edition language of every site, in the order the sites list them. */
export const LANGUAGES: readonly Language[] = [...new Set(SITES.flatMap((site) => site.editions.map((e) => e.language)))];

export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

export interface PanelLayout {
  side: PanelSide;
  /** The Figures section (money, percentages, counts, quantities). */
  figures: boolean;
  /** The People section (names, titles, roles). */
  people: boolean;
}

const allOn = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, true])) as Record<K, boolean>;

const spec = <T>(name: string, rest: Omit<SettingSpec<T>, 'name'>): SettingSpec<T> => ({ name, ...rest });

export const SETTINGS = {
  /** The language of Ayeyar's own words (pages, popup, panel); 'browser' follows the browser's, where Ayeyar has it. */
  language: spec<LanguageChoice>('language', { fallback: 'browser', version: 1, migrations: {}, check: oneOf(LANGUAGE_CHOICES) }),
  /** Clean mode switches itself on when an article opens. */
  cleanByDefault: spec('clean-by-default', { fallback: true, version: 1, migrations: {}, check: bool }),
  /** Which groups of clutter clean mode hides. */
  hiddenClutter: spec<Record<ClutterGroup, boolean>>('hidden-clutter', {
    fallback: allOn(CLUTTER_GROUPS),
    version: 2,
    migrations: {
      // Version 1 had one switch for related stories, promotions and ads; ads have their own since version 2.
      // A reader who chose to see related stories saw the ads with them: they still do until they choose.
      2: (v1) => (isRecord(v1) ? { ...v1, ads: v1.related } : v1),
    },
    check: switches(CLUTTER_GROUPS),
  }),
  /** Editions Ayeyar works on; pages of the others are left exactly as the site sends them. */
  editions: spec<Record<Language, boolean>>('editions', { fallback: allOn(LANGUAGES), version: 1, migrations: {}, check: switches(LANGUAGES) }),
  /** The facts panel opens with the article. */
  showPanel: spec('show-panel', { fallback: true, version: 1, migrations: {}, check: bool }),
  panel: spec<PanelLayout>('panel', {
    fallback: { side: 'right', figures: true, people: true },
    version: 1,
    migrations: {},
    check: fields<PanelLayout>({ side: oneOf(PANEL_SIDES), figures: bool, people: bool }),
  }),
  /** The format "Copy" and "Copy all" use unless the reader picks another. */
  copyFormat: spec<FactFormat>('copy-format', { fallback: 'markdown', version: 1, migrations: {}, check: oneOf(FACT_FORMATS) }),
  /** Reading typography of the article in clean mode. */
  typography: spec<Typography>('typography', {
    fallback: DEFAULT_TYPOGRAPHY,
    version: 1,
    migrations: {},
    check: fields<Typography>({
      theme: oneOf(THEMES),
      size: siteOrStep(FONT_SIZES),
      leading: siteOrStep(LINE_HEIGHTS),
      width: siteOrStep(TEXT_WIDTHS),
    }),
  }),
};

export type Settings = typeof SETTINGS;
export type SettingName = keyof Settings;
export type SettingValue<N extends SettingName> = Settings[N] extends SettingSpec<infer T> ? T : never;
export type SettingValues = { [N in SettingName]: SettingValue<N> };

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export function defaultSettings(): SettingValues {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTINGS[name].fallback])) as SettingValues;
}
