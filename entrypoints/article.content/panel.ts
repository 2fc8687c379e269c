import type { ArticleExtraction } from '@/core/extract';
import { textSpanToRange } from '@/core/extract/body-text';
import type { TextSpan } from '@/core/extract/types';
import { citationOf, formatterFor, type FactFormat } from '@/core/format';
import { textFragmentUrl } from '@/core/format/text-fragment';
import { FactsPanel, type FactRef, type PanelView } from '@/components/facts-panel/facts-panel';
import { panelMessages } from '@/components/facts-panel/panel-messages';
import type { UiLanguage } from '@/core/i18n/messages';
import panelCss from '@/components/facts-panel/panel.css?inline';
import keepCss from '@/components/facts-panel/keep.css?inline';
import { iconCss } from '@/components/facts-panel/icons';
import type { Language, PanelSide } from '@/core/settings/specs';
import type { Theme } from '@/core/clean/typography';
import { createHighlighter } from './highlighter';
import { notebookControls, type ArticleInNotebook } from './notebook';
import { ATTR, PANEL_ELEMENT } from '@/core/clean/hide-css';

/**
 * The facts panel on an article: mounts the shadow-root UI beside the article,
 * and turns the panel's events into highlights, scrolling and clipboard
 * writes. Page text reaches the panel only as text (components/dom.ts).
 */

/** Below this width the panel overlays the page and starts collapsed (the stylesheet reserves room above it). */
export const SIDE_BY_SIDE_MIN_WIDTH = 1280;

export interface PanelPrefs {
  side: PanelSide;
  sections: { figures: boolean; people: boolean };
  format: FactFormat;
  theme: Theme;
  /** The language of the panel's own words. */
  language: UiLanguage;
}

export interface PanelHost {
  /** Shown beside the article, or taken away (clean mode off); highlights stay either way. */
  setVisible(visible: boolean): void;
  setCollapsed(collapsed: boolean): void;
  toggle(): void;
  readonly open: boolean;
  setPrefs(prefs: Partial<PanelPrefs>): void;
  /** The whole fact list in a format, with its citation (for the popup's Copy all). */
  formatAll(format?: FactFormat): string;
  remove(): void;
}

export interface PanelOptions {
  /** The reader moved the panel or picked another copy format: remember it. */
  saveSide(side: PanelSide): void;
  saveFormat(format: FactFormat): void;
  /** The reader keeps the panel folded to its tab when an article opens. */
  startCollapsed: boolean;
  /** Clean mode is on: the panel is in the page. */
  visible: boolean;
  /** The article's language (its edition). */
  articleLang: Language;
  /** The article in the notebook: its page, and what the notebook holds from it already (its Keep buttons show it). */
  notebook: ArticleInNotebook;
}

export function mountPanel(extraction: ArticleExtraction, prefs: PanelPrefs, options: PanelOptions): PanelHost {
  const { facts, body } = extraction;
  const highlighter = createHighlighter(document);
  let current = prefs;
  let collapsed = options.startCollapsed || innerWidth < SIDE_BY_SIDE_MIN_WIDTH;
  let visible = options.visible;
  let panel: FactsPanel | null = null;
  let messages = panelMessages(prefs.language);

  const spansOf = (ref: FactRef): TextSpan[] => (ref.kind === 'figure' ? facts.figures[ref.index]?.spans : facts.people[ref.index]?.spans) ?? [];
  const rangesOf = (spans: TextSpan[]): Range[] =>
    body ? spans.map((span) => textSpanToRange(body, span, document)).filter((r): r is Range => !!r) : [];

  const view = (): PanelView => ({ facts, articleLang: options.articleLang, messages, side: current.side, sections: current.sections, format: current.format, collapsed });

  /** The page keeps room for the open panel at wide widths (see page.css). */
  const layout = () => {
    const html = document.documentElement;
    if (visible && !collapsed) html.setAttribute(ATTR.panel, current.side);
    else html.removeAttribute(ATTR.panel);
    // Out of the page while clean mode is off, so turning it off gives back the page exactly.
    if (visible && !host.isConnected) (document.body ?? document.documentElement).append(host);
    if (!visible) host.remove();
    host.setAttribute('data-theme', current.theme);
  };

  const scrollTo = (range: Range) => {
    const rect = range.getBoundingClientRect();
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: window.scrollY + rect.top - innerHeight / 3, behavior: smooth ? 'smooth' : 'instant' });
  };

  const citation = citationOf(facts);
  const copyText = (ref: FactRef | 'all', format: FactFormat): string => {
    const formatter = formatterFor(format);
    if (ref === 'all') return formatter.facts(facts);
    if (ref.kind === 'figure') {
      const figure = facts.figures[ref.index];
      // A single fact links to its exact passage.
      return formatter.figure(figure, { ...citation, url: textFragmentUrl(facts.url, figure.context) });
    }
    const person = facts.people[ref.index];
    return formatter.person(person, citation);
  };

  // Our own element with an open shadow root: the page's CSS cannot reach in, ours cannot leak out.
  const host = document.createElement(PANEL_ELEMENT);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = panelCss + keepCss + iconCss();
  const container = document.createElement('div');
  shadow.append(style, container);

  const keep = notebookControls(extraction, options.notebook, {
    changed: () => panel?.update({}),
    announce: (message, ms) => panel?.announce(message, ms),
    messages: () => messages,
  });
  panel = new FactsPanel(container, view(), {
    select(ref, mention) {
      const [range] = rangesOf(spansOf(ref).slice(mention, mention + 1));
      if (!range) return;
      highlighter.set('focus', () => rangesOf(spansOf(ref).slice(mention, mention + 1)));
      scrollTo(range);
    },
    hover(ref) {
      if (ref) highlighter.set('hover', () => rangesOf(spansOf(ref)));
      else highlighter.clear('hover');
    },
    copy: (ref, format) => writeClipboard(copyText(ref, format), shadow),
    collapse(value) {
      collapsed = value;
      panel?.update({ collapsed });
      layout();
    },
    move(side) {
      current = { ...current, side };
      panel?.update({ side });
      layout();
      options.saveSide(side);
    },
    format(format) {
      current = { ...current, format };
      panel?.update({ format });
      options.saveFormat(format);
    },
  }, keep);
  layout();

  const setCollapsed = (value: boolean) => {
    collapsed = value;
    panel?.update({ collapsed });
    layout();
    if (!value) panel?.focus();
  };

  return {
    get open() {
      return visible && !collapsed;
    },
    setVisible(value) {
      visible = value;
      layout();
    },
    setCollapsed,
    toggle: () => setCollapsed(!collapsed),
    setPrefs(patch) {
      current = { ...current, ...patch };
      if (current.language !== messages.lang) messages = panelMessages(current.language);
      panel?.update({ messages, side: current.side, sections: current.sections, format: current.format });
      layout();
    },
    formatAll: (format = current.format) => copyText('all', format),
    remove() {
      highlighter.clearAll();
      document.documentElement.removeAttribute(ATTR.panel);
      host.remove();
    },
  };
}

/**
 * The async Clipboard API where the page allows it; otherwise the classic
 * copy command on a hidden text field inside our shadow root.
 */
async function writeClipboard(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
    shadow.append(field);
    field.select();
    const ok = document.execCommand('copy');
    field.remove();
    return ok;
  }
}
