import type { SettingName } from '@/core/settings/specs';

/**
 * Each setting as an Ayeyar of every stored-shape version wrote it, and what
 * it must read as today. When a setting's version goes up, add the shape it
 * had before under the old version number: settings.test.ts checks that
 * every version of every setting has samples, and that each still reads right.
 */
export interface StoredSample {
  stored: unknown;
  reads: unknown;
}

const same = (value: unknown): StoredSample => ({ stored: value, reads: value });

export const STORED_SAMPLES: Record<SettingName, Record<number, StoredSample[]>> = {
  language: { 1: [same('my'), same('en'), same('browser')] },
  cleanByDefault: { 1: [same(false), same(true)] },
  hiddenClutter: {
    // Version 1 had no ads switch: ads went with related stories, and still do until the reader chooses.
    1: [
      {
        stored: { header: true, related: false, sidebars: false, share: true, popups: true, footer: false },
        reads: { header: true, related: false, ads: false, sidebars: false, share: true, popups: true, footer: false },
      },
      {
        stored: { header: false, related: true, sidebars: true, share: true, popups: true, footer: true },
        reads: { header: false, related: true, ads: true, sidebars: true, share: true, popups: true, footer: true },
      },
    ],
    2: [same({ header: true, related: false, ads: true, sidebars: false, share: true, popups: true, footer: false })],
  },
  editions: { 1: [same({ en: true, my: false })] },
  showPanel: { 1: [same(false)] },
  panel: { 1: [same({ side: 'left', figures: false, people: true })] },
  copyFormat: { 1: [same('csv'), same('json')] },
  typography: {
    1: [same({ theme: 'sepia', size: 20, leading: 1.9, width: 70 }), same({ theme: 'dark', size: 'site', leading: 2.1, width: 'site' })],
  },
};
