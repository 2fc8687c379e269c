import { CLUTTER_GROUPS } from '@/core/sites';
import { defaultSettings, readSettings, watchSettings, type SettingValues } from '@/utils/settings';
import type { CleanMode } from './clean-mode';
import type { PageState } from './page-state';

/**
 * The reader's settings on one article tab. Clean mode is already on, set
 * synchronously at document_start so nothing flashes, with the page held
 * unpainted; the stored settings arrive (one storage read), adjust it and let
 * the page paint, then every change made in the options, the popup, another
 * tab or on another synced device is followed:
 *   clean mode by default: every open article follows (the latest choice
 *     wins over a per-tab switch);
 *   hidden clutter groups and typography: applied as they change;
 *   an edition turned off: clean mode off, no panel, no trace left on its
 *     pages until the edition is turned on again.
 * The rest (the panel's) goes to `changed`, with the first read too.
 */
export interface TabSettings {
  /** The settings as last read (the defaults until the first read arrives). */
  readonly values: SettingValues;
  /** Whether this page's edition is turned on (known once the first read arrives). */
  readonly editionOn: boolean;
  /** Clean mode on or off for this tab only (popup, keyboard); ignored while the edition is off. */
  setClean(on: boolean): void;
}

/** Longest the page waits unpainted for the first read; past it the page shows with the defaults. */
export const MAX_PAINT_HOLD_MS = 300;

export function followSettings(state: PageState, clean: CleanMode, changed: (values: SettingValues, first: boolean) => void): TabSettings {
  let values = defaultSettings();
  let editionOn = true;
  let arrived = false;
  /** Changes that came while the first read was on its way: newer than what it brings. */
  const early: Partial<SettingValues> = {};

  const setClean = (on: boolean) => (on && editionOn ? clean.enable() : clean.disable());
  /** Applies settings; `cleanOn`: whether clean mode should be on in this tab now. */
  const apply = (next: SettingValues, cleanOn: boolean) => {
    values = next;
    // Looks first, so that clean mode, when it stays on, never shows the defaults in between.
    clean.setGroups(CLUTTER_GROUPS.filter((group) => next.hiddenClutter[group]));
    clean.setTypography(next.typography);
    const wasOn = editionOn;
    editionOn = next.editions[state.edition];
    setClean(cleanOn);
    if (editionOn && !wasOn) state.publishWork();
    if (!editionOn) state.retractWork();
  };

  clean.holdPaint(true);
  const hold = setTimeout(() => clean.holdPaint(false), MAX_PAINT_HOLD_MS);
  state.signal.addEventListener('abort', () => clearTimeout(hold), { once: true });

  // Watch first, then read: a change made while the first read is on its way is not lost.
  watchSettings((change) => {
    if (!arrived) return void Object.assign(early, change);
    const next = { ...values, ...change };
    const editionReturns = next.editions[state.edition] && !editionOn;
    // A per-tab choice of clean mode stands until the default itself changes or the edition comes back.
    state.timed(() => apply(next, change.cleanByDefault ?? (editionReturns ? next.cleanByDefault : clean.enabled)));
    changed(values, false);
  }, state.signal);
  void readSettings().then((read) => {
    if (state.signal.aborted) return;
    arrived = true;
    const first = { ...read, ...early };
    state.timed(() => apply(first, first.cleanByDefault));
    clearTimeout(hold);
    clean.holdPaint(false);
    changed(values, true);
  });

  return {
    get values() {
      return values;
    },
    get editionOn() {
      return editionOn;
    },
    setClean: (on) => {
      if (!state.signal.aborted && editionOn) setClean(on);
    },
  };
}
