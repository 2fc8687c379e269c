import type { ArticleParts } from '@/core/detect/body';
import { readArticle } from '@/core/extract/article';
import { pageSource } from '@/core/notebook/page-source';
import type { ArticleExtraction } from '@/core/extract';
import { interfaceLanguage } from '@/utils/i18n';
import { askBackground, type ArticleAnswer } from '@/utils/messages';
import { UNREACHABLE } from '@/utils/notebook/messages';
import { saveSetting, type SettingValues } from '@/utils/settings';
import type { CleanMode } from './clean-mode';
import { whenIdle } from './idle';
import type { PageState } from './page-state';
import { mountPanel, type PanelHost, type PanelPrefs } from './panel';

/**
 * The facts of the article and their panel. Nothing touches the page before
 * both the article's parts and the reader's settings are known: on an
 * edition the reader turned off no panel ever appears. At an idle moment
 * after first paint (the reader sees the article first) the body is read
 * here; people and figures are found in the background, off the page's main
 * thread. The panel shows while clean mode is on and follows every setting
 * live.
 */
export interface Facts {
  /** The article's parts are known (DOM parsed). */
  found(parts: ArticleParts): void;
  /** The settings arrived (first) or changed. */
  settingsChanged(values: SettingValues): void;
  /** Open or collapsed; undefined while there is no panel. */
  readonly open: boolean | undefined;
  setOpen(open: boolean): void;
  toggle(): void;
  /** Every fact in the reader's copy format with the citation; empty without a panel. */
  formatAll(): string;
}

const prefsOf = (values: SettingValues): PanelPrefs => ({
  side: values.panel.side,
  sections: { figures: values.panel.figures, people: values.panel.people },
  format: values.copyFormat,
  theme: values.typography.theme,
  language: interfaceLanguage(values.language),
});

export function startFacts(state: PageState, clean: CleanMode): Facts {
  let parts: ArticleParts | null = null;
  let settings: SettingValues | null = null;
  let extraction: ArticleExtraction | null = null;
  let panel: PanelHost | null = null;
  let waiting = false;

  const remove = () => {
    panel?.remove();
    panel = null;
  };
  state.signal.addEventListener('abort', remove, { once: true });
  state.onCleanChange((on) => panel?.setVisible(on));

  const mount = () => {
    if (!parts || !settings || panel || waiting || !settings.editions[state.edition]) return;
    waiting = true;
    whenIdle(state.signal, async () => {
      // The body is read once; what the notebook holds is asked at each mount (the reader may have kept or deleted facts meanwhile),
      // in the same question, so the panel is drawn once. Reading the page and asking is one task of ours, timed whole (the answer
      // comes in a later task).
      const { source, read, answer } = state.timed(() => {
        const source = pageSource(document, state.url);
        const read = extraction ? null : readArticle(document, state.url, parts!, clean.bodyClutter());
        const paragraphs = read?.body ? read.body.paragraphs.map((p) => p.text) : null;
        return { source, read, answer: askBackground<ArticleAnswer>({ type: 'ayeyar:article', source, paragraphs }) };
      });
      const reply = await answer;
      if (read?.body && reply?.facts) extraction = { facts: { ...read.meta, ...reply.facts }, body: read.body };
      const kept = reply?.kept ?? UNREACHABLE;
      waiting = false;
      // The settings may have changed while waiting (an edition turned off, the session ended).
      if (!extraction || !settings?.editions[state.edition] || panel || state.signal.aborted) return;
      const values = settings;
      panel = state.timed(() =>
        mountPanel(extraction!, prefsOf(values), {
          saveSide: (side) => void saveSetting('panel', { ...(settings ?? values).panel, side }).catch(() => {}),
          saveFormat: (format) => void saveSetting('copyFormat', format).catch(() => {}),
          startCollapsed: !values.showPanel,
          visible: clean.enabled,
          articleLang: state.edition,
          notebook: { source, kept },
        }),
      );
    });
  };

  return {
    found(found) {
      parts = found;
      mount();
    },
    settingsChanged(values) {
      const showChanged = settings !== null && settings.showPanel !== values.showPanel;
      settings = values;
      if (!values.editions[state.edition]) return remove();
      if (!panel) return mount();
      panel.setPrefs(prefsOf(values));
      if (showChanged) panel.setCollapsed(!values.showPanel);
    },
    get open() {
      return panel?.open;
    },
    setOpen: (open) => panel?.setCollapsed(!open),
    toggle: () => panel?.toggle(),
    formatAll: () => panel?.formatAll() ?? '',
  };
}
