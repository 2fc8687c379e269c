import { CLUTTER_GROUPS } from '@/core/sites';
import type { Setting } from '@/utils/define-setting';
import { settings, type Language } from '@/utils/settings';
import type { CleanMode } from './clean-mode';
import { publishWorkTime, retractWorkTime, timed } from './work-timer';

/**
 * The reader's settings on one article tab. Clean mode is already on, set
 * synchronously at document_start so nothing flashes; the stored settings
 * adjust it as soon as they arrive, then follow every change made in the
 * options, the popup, another tab or on another synced device:
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

  /** Watches a setting and reads it once; the first value is applied with the others, in list order. */
  const follow = <T>(setting: Setting<T>, apply: (value: T) => void) => {
    const guarded = (value: T) => {
      if (!stopped) apply(value);
    };
    // Watch first, then read: a change made while the first read is on its way is not lost.
    return { unwatch: setting.watch(guarded), first: setting.get().then((value) => () => guarded(value)) };
  };
  // Looks first, so that clean mode, when it stays on, never shows the defaults in between.
  const followed = [
    follow(settings.hiddenClutter, (hide) => timed(() => clean.setGroups(CLUTTER_GROUPS.filter((group) => hide[group])))),
    follow(settings.typography, (typography) => timed(() => clean.setTypography(typography))),
    follow(settings.cleanByDefault, (on) => {
      cleanByDefault = on;
      setClean(on);
    }),
    follow(settings.editions, (editions) => setEdition(editions[language])),
  ];
  void Promise.all(followed.map((f) => f.first)).then((applyFirst) => applyFirst.forEach((apply) => apply()));

  return {
    get editionOn() {
      return editionOn;
    },
    setClean: (on) => {
      if (!stopped && editionOn) setClean(on);
    },
    stop: () => {
      stopped = true;
      for (const f of followed) f.unwatch();
    },
  };
}
