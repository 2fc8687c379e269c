import { CLUTTER_GROUPS, SITES, type ClutterGroup, type SiteRules } from '@/core/sites';
import { DEFAULT_TYPOGRAPHY, FONT_SIZES, LINE_HEIGHTS, TEXT_WIDTHS, THEMES, type Typography } from '@/core/clean/typography';
import { bool, fields, oneOf, siteOrStep, switches } from './checks';
import type { SettingSpec } from './setting-spec';

/**
 * Every setting Ayeyar has, defined once, as data: key, default, version,
 * migrations and check. Extension pages use them as WXT storage items
 * (settings.ts); the content script reads them straight from storage
 * (read-settings.ts), so it carries no storage library. All are reader preferences, small
 * and rarely written, so all live in the sync area: they follow the reader to
 * every device where the browser syncs (with no account, sync storage simply
 * stays on this device). Nothing needs the local area yet; a device-only or
 * often-written value would go there (sync allows 120 writes a minute).
 *
 * One item per concern, not one big object: sync resolves conflicts per item,
 * so a change on one device never undoes another setting changed elsewhere,
 * and each page reacts only to what changed.
 */

export type Language = SiteRules['editions'][number]['language'];
/** Every edition language of every site, in the order the sites list them. */
export const LANGUAGES: readonly Language[] = [...new Set(SITES.flatMap((site) => site.editions.map((e) => e.language)))];

export const COPY_FORMATS = ['markdown', 'text', 'csv', 'json'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];

export const PANEL_SIDES = ['right', 'left'] as const;
export type PanelSide = (typeof PANEL_SIDES)[number];

export interface PanelLayout {
  side: PanelSide;
  /** The Figures section (numbers, amounts, dates). */
  figures: boolean;
  /** The People section (names, titles, roles). */
  people: boolean;
}

/** A setting's key (storage area and name) with its spec. */
const spec = <T>(key: `sync:${string}` | `local:${string}`, rest: Omit<SettingSpec<T>, 'key'>): SettingSpec<T> => ({ key, ...rest });

const allOn = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, true])) as Record<K, boolean>;

export const SETTING_SPECS = {
  /** Clean mode switches itself on when an article opens. */
  cleanByDefault: spec('sync:clean-by-default', { fallback: true, version: 1, migrations: {}, check: bool }),
  /** Which groups of clutter clean mode hides. */
  hiddenClutter: spec<Record<ClutterGroup, boolean>>('sync:hidden-clutter', {
    fallback: allOn(CLUTTER_GROUPS),
    version: 1,
    migrations: {},
    check: switches(CLUTTER_GROUPS),
  }),
  /** Editions Ayeyar works on; pages of the others are left exactly as the site sends them. */
  editions: spec<Record<Language, boolean>>('sync:editions', {
    fallback: allOn(LANGUAGES),
    version: 1,
    migrations: {},
    check: switches(LANGUAGES),
  }),
  /** The facts panel opens with the article. */
  showPanel: spec('sync:show-panel', { fallback: true, version: 1, migrations: {}, check: bool }),
  panel: spec<PanelLayout>('sync:panel', {
    fallback: { side: 'right', figures: true, people: true },
    version: 1,
    migrations: {},
    check: fields<PanelLayout>({ side: oneOf(PANEL_SIDES), figures: bool, people: bool }),
  }),
  /** The format "Copy" and "Copy all" use unless the reader picks another. */
  copyFormat: spec<CopyFormat>('sync:copy-format', { fallback: 'markdown', version: 1, migrations: {}, check: oneOf(COPY_FORMATS) }),
  /** Reading typography of the article in clean mode. */
  typography: spec<Typography>('sync:typography', {
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

