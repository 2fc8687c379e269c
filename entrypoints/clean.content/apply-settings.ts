import { CLUTTER_GROUPS } from '@/core/sites';
import type { Typography } from '@/core/clean/typography';
import { readSettings, watchSetting } from '@/utils/read-settings';
import { SETTING_SPECS as specs, type Language } from '@/utils/setting-specs';
import type { CleanMode } from './clean-mode';
import { publishWorkTime, retractWorkTime, timed } from '@/utils/work-timer';

/**
 * The reader's settings on one article tab. Clean mode is already on, set
 * synchronously at document_start so nothing flashes; the stored settings
 * adjust it as soon as they arrive (one storage read), then follow every
 * change made in the options, the popup, another tab or on another synced
 * device:
 *   clean mode by default: every open article follows (the latest choice
 *     wins over a per-tab switch);
 *   hidden clutter groups and typography: applied as they change;
 *   an edition turned off: clean mode off and no trace left on its pages
 *     until the edition is turned on again.
 */
export interface TabSettings {
  /** Whether this page's edition is turned on. */
  readonly editionOn: boolean;
  /** Clean mode on or off for this tab only (popup, keyboard); ignored while the edition is off. */
  setClean(on: boolean): void;
  /** Stop following the settings: the page is not an article after all, or the extension was reloaded. */
  stop(): void;
}

export function applySettings(clean: CleanMode, language: Language): TabSettings {
  let editionOn = true;
  let cleanByDefault = true;
  let stopped = false;

  const setClean = (on: boolean) => timed(() => (on && editionOn ? clean.enable() : clean.disable()));
  const setEdition = (on: boolean) => {
    if (on === editionOn) return;
    editionOn = on;
    if (on) publishWorkTime();
    setClean(cleanByDefault);
    if (!on) retractWorkTime();
  };
  const apply = {
    hiddenClutter: (hide: Record<string, boolean>) => timed(() => clean.setGroups(CLUTTER_GROUPS.filter((group) => hide[group]))),
    typography: (typography: Typography) => timed(() => clean.setTypography(typography)),
    cleanByDefault: (on: boolean) => {
      cleanByDefault = on;
      setClean(on);
    },
    editions: (editions: Record<Language, boolean>) => setEdition(editions[language]),
  };
  const unlessStopped =
    <T>(fn: (value: T) => void) =>
    (value: T) => {
      if (!stopped) fn(value);
    };

  // Watch first, then read: a change made while the first read is on its way is not lost.
  const unwatch = [
    watchSetting(specs.hiddenClutter, unlessStopped(apply.hiddenClutter)),
    watchSetting(specs.typography, unlessStopped(apply.typography)),
    watchSetting(specs.cleanByDefault, unlessStopped(apply.cleanByDefault)),
    watchSetting(specs.editions, unlessStopped(apply.editions)),
  ];
  void readSettings([specs.hiddenClutter, specs.typography, specs.cleanByDefault, specs.editions]).then(
    unlessStopped(([hide, typography, on, editions]) => {
      // Looks first, so that clean mode, when it stays on, never shows the defaults in between.
      apply.hiddenClutter(hide);
      apply.typography(typography);
      apply.cleanByDefault(on);
      apply.editions(editions);
    }),
  );

  return {
    get editionOn() {
      return editionOn;
    },
    setClean: (on) => {
      if (!stopped && editionOn) setClean(on);
    },
    stop: () => {
      stopped = true;
      for (const stopWatching of unwatch) stopWatching();
    },
  };
}
