import { defineSetting, type Setting } from './define-setting';
import { SETTING_SPECS } from './setting-specs';
import type { SettingSpec } from './setting-spec';

export * from './setting-specs';

/**
 * The settings as WXT storage items, for the extension's pages (options,
 * popup, background): reads, writes, resets, watches and migrations.
 * Defining them runs their migrations (the background does it first).
 */
const item = <T>(spec: SettingSpec<T>): Setting<T> => defineSetting(spec.key, spec);
const specs = SETTING_SPECS;
export const settings = {
  cleanByDefault: item(specs.cleanByDefault),
  hiddenClutter: item(specs.hiddenClutter),
  editions: item(specs.editions),
  showPanel: item(specs.showPanel),
  panel: item(specs.panel),
  copyFormat: item(specs.copyFormat),
  typography: item(specs.typography),
};

export type Settings = typeof settings;
export type SettingName = keyof Settings;

/** Every setting back to its default. */
export async function resetSettings(): Promise<void> {
  await Promise.all(Object.values(settings).map((setting) => setting.reset()));
}
