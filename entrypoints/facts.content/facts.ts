import { ATTR } from '@/core/clean/hide-css';
import { classifyUrl } from '@/core/detect/article';
import { articleParts } from '@/utils/article-parts';
import { extractArticle } from '@/core/extract';
import type { PanelState } from '@/utils/messages';
import { saveSetting } from '@/utils/messages';
import type { PageSession } from '@/utils/page-session';
import { readSettings, watchSetting } from '@/utils/read-settings';
import { SETTING_SPECS as specs } from '@/utils/setting-specs';
import { timed } from '@/utils/work-timer';
import { mountPanel, type PanelHost } from './panel';

/**
 * The facts of the article at one address and their panel: extraction once
 * the page is idle (the reader sees the article first), the panel mounted
 * with the reader's settings and kept in step with them, shown only while
 * clean mode is on (the clean script marks <html>). It answers the messages
 * about the panel.
 */
export function startFacts(url: string): PageSession | null {
  const verdict = classifyUrl(url);
  if (!verdict.site || !verdict.article) return null;
  const site = verdict.site;
  let panel: PanelHost | null = null;
  let stopped = false;
  const stopping: (() => void)[] = [];

  const start = async () => {
    if (stopped) return;
    const parts = timed(() => articleParts(document, url, site));
    if (!parts) return;
    const extraction = timed(() => extractArticle(document, url, parts));
    const [showPanel, firstLayout, format, typography] = await readSettings([specs.showPanel, specs.panel, specs.copyFormat, specs.typography]);
    if (stopped) return;
    let layout = firstLayout;
    const host = mountPanel(
      extraction,
      { side: layout.side, sections: { figures: layout.figures, people: layout.people }, format, theme: typography.theme },
      {
        saveSide: (side) => void saveSetting({ name: 'panel', value: { ...layout, side } }),
        saveFormat: (value) => void saveSetting({ name: 'copyFormat', value }),
      },
      !showPanel,
    );
    panel = host;

    const followCleanMode = () => host.setVisible(document.documentElement.getAttribute(ATTR.mode) === 'clean');
    followCleanMode();
    const observer = new MutationObserver(followCleanMode);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: [ATTR.mode] });
    stopping.push(
      () => observer.disconnect(),
      watchSetting(specs.showPanel, (open) => host.setCollapsed(!open)),
      watchSetting(specs.panel, (l) => {
        layout = l;
        host.setPrefs({ side: l.side, sections: { figures: l.figures, people: l.people } });
      }),
      watchSetting(specs.copyFormat, (value) => host.setPrefs({ format: value })),
      watchSetting(specs.typography, (t) => host.setPrefs({ theme: t.theme })),
    );
  };

  // After the page's own work: the article is readable before we extract anything.
  const idle = (globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1))) as (fn: () => void, options?: { timeout: number }) => void;
  idle(() => void start(), { timeout: 500 });

  const state = (): PanelState => ({ panel: panel?.open });
  return {
    stop() {
      stopped = true;
      for (const stop of stopping) stop();
      panel?.remove();
      panel = null;
    },
    answer(message) {
      if (stopped) return undefined;
      switch (message.type) {
        case 'ayeyar:get-panel':
          return Promise.resolve(state());
        case 'ayeyar:toggle-panel':
          panel?.toggle();
          return Promise.resolve(state());
        case 'ayeyar:set-panel':
          panel?.setCollapsed(!message.on);
          return Promise.resolve(state());
        case 'ayeyar:copy-all':
          return Promise.resolve({ text: panel?.formatAll() ?? '' });
        default:
          return undefined;
      }
    },
  };
}
