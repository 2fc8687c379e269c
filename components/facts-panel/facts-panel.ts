import type { ArticleFacts, Figure, Person } from '@/core/extract/types';
import type { FactFormat } from '@/core/format';
import { FACT_FORMATS } from '@/core/format/types';
import { excerptAround } from '@/core/format/excerpt';
import type { PanelKey } from '@/core/i18n/messages';
import { h } from '../dom';
import { icon } from './icons';
import type { PanelMessages } from './panel-messages';

/**
 * The facts panel's UI: data in, events out. It knows nothing of the page or
 * the extension; the content script listens to its events and does the
 * highlighting, scrolling and copying. Page text is only ever set as text.
 */

export type FactKind = 'figure' | 'person';
export interface FactRef {
  kind: FactKind;
  index: number;
}
export type PanelSide = 'left' | 'right';

export interface PanelView {
  facts: ArticleFacts;
  /** The language of the article's text (its edition): names, figures and sentences are marked with it. */
  articleLang: string;
  /** The panel's own words, in the reader's language. */
  messages: PanelMessages;
  side: PanelSide;
  sections: { figures: boolean; people: boolean };
  format: FactFormat;
  collapsed: boolean;
}

export interface PanelEvents {
  /** A fact chosen, at its n-th mention (0-based). */
  select(ref: FactRef, mention: number): void;
  /** The pointer is over a person (all their mentions light up), or left. */
  hover(ref: FactRef | null): void;
  /** Copy one fact, or all; resolves true when the clipboard took it. */
  copy(ref: FactRef | 'all', format: FactFormat): Promise<boolean>;
  collapse(collapsed: boolean): void;
  move(side: PanelSide): void;
  format(format: FactFormat): void;
}

/** More controls, from outside the panel (the notebook's Keep): in the head, and on each fact. */
export interface PanelExtras {
  head(doc: Document): Node;
  /** Adds to a fact's list item; `name` is its text or name. */
  item(item: HTMLElement, ref: FactRef, name: string): void;
}

type MonthKey = Extract<PanelKey, `panel_month_${string}`>;

/** "2017-06-24" -> "24 June 2017", "၂၀၁၇ ခုနှစ် ဇွန်လ ၂၄ ရက်". By hand: the first toLocaleDateString call loads locale data (tens of ms). */
function readableDate(iso: string | null, t: PanelMessages): string | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (!match || month < 1 || month > 12) return iso;
  return t.text('panel_date', day, t.text(`panel_month_${month}` as MonthKey), year);
}

export class FactsPanel {
  private readonly doc: Document;
  private view: PanelView;
  private active: { ref: FactRef; mention: number } | null = null;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  readonly root: HTMLElement;

  constructor(
    container: HTMLElement,
    view: PanelView,
    private readonly events: PanelEvents,
    private readonly extras?: PanelExtras,
  ) {
    this.doc = container.ownerDocument;
    this.view = view;
    this.root = h(this.doc, 'div', { class: 'ayeyar' });
    container.append(this.root);
    this.render();
  }

  update(patch: Partial<PanelView>): void {
    this.view = { ...this.view, ...patch };
    this.render();
  }

  /** Focus moves into the panel (keyboard shortcut, reader's request). */
  focus(): void {
    const target = this.view.collapsed ? this.root.querySelector<HTMLElement>('.tab') : (this.root.querySelector<HTMLElement>('.fact-main') ?? this.root.querySelector<HTMLElement>('.primary'));
    target?.focus();
  }

  private render(): void {
    const keepFocus = this.focusKey();
    const { doc, view } = this;
    const { facts, messages: t } = view;
    const count = facts.figures.length + facts.people.length;
    this.root.lang = t.lang;
    this.root.replaceChildren(
      h(
        doc,
        'button',
        {
          type: 'button',
          class: 'tab',
          'data-side': view.side,
          hidden: !view.collapsed,
          'aria-label': t.text('panel_showTab', t.count('panel_figures', facts.figures.length), t.count('panel_people', facts.people.length)),
          'aria-expanded': 'false',
        },
        `Ayeyar · ${t.digits(count)}`,
      ),
      this.panel(),
    );
    this.root.querySelector('.tab')!.addEventListener('click', () => this.events.collapse(false));
    this.restoreFocus(keepFocus);
  }

  private panel(): HTMLElement {
    const { doc, view } = this;
    const { facts, messages: t, articleLang } = view;
    const panel = h(doc, 'aside', {
      class: 'panel',
      'data-side': view.side,
      hidden: view.collapsed,
      'aria-label': t.text('panel_label'),
    });
    panel.addEventListener('keydown', (event) => this.onKeydown(event));
    const toLeft = view.side === 'right';
    const moveButton = h(
      doc,
      'button',
      {
        type: 'button',
        class: 'icon-button move',
        'aria-label': t.text(toLeft ? 'panel_moveLeft' : 'panel_moveRight'),
        title: t.text(toLeft ? 'panel_moveLeftTitle' : 'panel_moveRightTitle'),
      },
      icon(doc, 'side'),
    );
    moveButton.addEventListener('click', () => this.events.move(toLeft ? 'left' : 'right'));
    const collapseButton = h(
      doc,
      'button',
      { type: 'button', class: 'icon-button collapse', 'aria-label': t.text('panel_collapse'), 'aria-expanded': 'true', title: t.text('panel_collapseTitle') },
      icon(doc, 'collapse'),
    );
    collapseButton.addEventListener('click', () => this.events.collapse(true));

    const format = h(doc, 'select', { class: 'format', 'aria-label': t.text('panel_copyFormat') });
    for (const value of FACT_FORMATS) format.append(h(doc, 'option', { value, selected: value === view.format }, t.text(`panel_format_${value}`)));
    format.addEventListener('change', () => this.events.format(format.value as FactFormat));
    const copyAll = h(doc, 'button', { type: 'button', class: 'primary copy-all' }, t.text('panel_copyAll'));
    copyAll.addEventListener('click', () => void this.copy('all'));

    const date = readableDate(facts.published, t);
    const head = h(
      doc,
      'header',
      { class: 'head' },
      h(doc, 'div', { class: 'bar' }, h(doc, 'span', { class: 'brand' }, icon(doc, 'logo'), 'Ayeyar'), moveButton, collapseButton),
      facts.title && h(doc, 'h2', { class: 'title', lang: articleLang }, facts.title),
      (facts.byline || date) &&
        h(doc, 'p', { class: 'meta' }, facts.byline && h(doc, 'span', { lang: articleLang }, facts.byline), facts.byline && date && ' · ', date),
      h(doc, 'p', { class: 'counts' }, `${t.count('panel_figures', facts.figures.length)} · ${t.count('panel_people', facts.people.length)}`),
      h(doc, 'div', { class: 'actions' }, h(doc, 'label', {}, t.text('panel_copyAs'), format), copyAll),
      this.extras?.head(doc),
    );

    const scroll = h(doc, 'div', { class: 'scroll' });
    if (view.sections.figures) {
      scroll.append(this.section('figures', t.text('panel_keyFigures'), facts.figures.map((f, i) => this.figureItem(f, i)), t.text('panel_noFigures')));
    }
    if (view.sections.people) {
      scroll.append(this.section('people', t.text('panel_people'), facts.people.map((p, i) => this.personItem(p, i)), t.text('panel_noPeople')));
    }
    if (!view.sections.figures && !view.sections.people) {
      scroll.append(h(doc, 'p', { class: 'empty' }, t.text('panel_listsOff')));
    }
    const status = h(doc, 'div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    panel.append(head, scroll, status);
    return panel;
  }

  private section(id: string, title: string, items: HTMLElement[], empty: string): HTMLElement {
    const { doc } = this;
    const headingId = `ayeyar-${id}`;
    return h(
      doc,
      'section',
      { 'aria-labelledby': headingId },
      h(doc, 'h3', { class: 'section-title', id: headingId }, title, h(doc, 'span', { class: 'count' }, this.view.messages.digits(items.length))),
      items.length ? h(doc, 'ul', { class: 'facts' }, ...items) : h(doc, 'p', { class: 'empty' }, empty),
    );
  }

  private figureItem(figure: Figure, index: number): HTMLElement {
    const { doc } = this;
    const { messages: t, articleLang } = this.view;
    const ref: FactRef = { kind: 'figure', index };
    const tag = h(
      doc,
      'span',
      { class: 'fact-tag' },
      h(doc, 'span', { class: `kind kind-${figure.kind}` }, t.text(`panel_kind_${figure.kind}`)),
      figure.unit && ' · ',
      figure.unit && h(doc, 'span', { lang: articleLang }, figure.unit),
    );
    const main = h(
      doc,
      'button',
      { type: 'button', class: 'fact-main' },
      h(doc, 'span', { class: 'fact-line' }, h(doc, 'span', { class: 'fact-value', lang: articleLang }, figure.text), tag),
      h(doc, 'span', { class: 'fact-context', lang: articleLang }, excerptAround(figure.context, figure.text)),
    );
    const item = this.item(ref, main, figure.text, figure.spans.length);
    item.setAttribute('data-value', String(figure.value));
    return item;
  }

  private personItem(person: Person, index: number): HTMLElement {
    const { doc } = this;
    const { messages: t, articleLang } = this.view;
    const ref: FactRef = { kind: 'person', index };
    const detail = h(
      doc,
      'span',
      { class: 'fact-tag' },
      person.title && h(doc, 'span', { lang: articleLang }, person.title),
      person.title && ' · ',
      t.count('panel_mentions', person.mentions),
    );
    const main = h(
      doc,
      'button',
      { type: 'button', class: 'fact-main' },
      h(doc, 'span', { class: 'fact-line' }, h(doc, 'span', { class: 'fact-value', lang: articleLang }, person.name), detail),
      person.role && h(doc, 'span', { class: 'fact-role', lang: articleLang }, person.role),
    );
    const item = this.item(ref, main, person.name, person.spans.length);
    item.addEventListener('mouseenter', () => this.events.hover(ref));
    item.addEventListener('mouseleave', () => this.events.hover(null));
    main.addEventListener('focus', () => this.events.hover(ref));
    main.addEventListener('blur', () => this.events.hover(null));
    return item;
  }

  /** One list item: the fact (a button that shows it in the article), its mention stepper and copy button. */
  private item(ref: FactRef, main: HTMLButtonElement, name: string, mentions: number): HTMLElement {
    const { doc } = this;
    const t = this.view.messages;
    const isActive = this.active?.ref.kind === ref.kind && this.active.ref.index === ref.index;
    const mention = isActive ? this.active!.mention : 0;
    main.setAttribute('aria-label', t.text('panel_showInArticle', main.textContent ?? name));
    main.addEventListener('click', () => this.select(ref, 0));

    const tools = h(doc, 'div', { class: 'fact-tools' });
    if (isActive && mentions > 1) {
      const prev = h(doc, 'button', { type: 'button', class: 'icon-button prev', 'aria-label': t.text('panel_previousMention', name) }, icon(doc, 'prev'));
      const next = h(doc, 'button', { type: 'button', class: 'icon-button next', 'aria-label': t.text('panel_nextMention', name) }, icon(doc, 'next'));
      prev.addEventListener('click', () => this.select(ref, (mention - 1 + mentions) % mentions));
      next.addEventListener('click', () => this.select(ref, (mention + 1) % mentions));
      tools.append(h(doc, 'span', { class: 'stepper' }, prev, h(doc, 'span', { class: 'position', 'aria-live': 'polite' }, t.text('panel_mentionPosition', mention + 1, mentions)), next));
    }
    const copy = h(doc, 'button', { type: 'button', class: 'icon-button copy', 'aria-label': t.text('panel_copyFact', name), title: t.text('panel_copyTitle') }, icon(doc, 'copy'));
    copy.addEventListener('click', () => void this.copy(ref));
    tools.append(copy);

    const item = h(doc, 'li', { class: 'fact', 'data-fact': ref.kind, 'data-index': ref.index, 'aria-current': isActive ? 'true' : undefined }, main, tools);
    this.extras?.item(item, ref, name);
    return item;
  }

  private select(ref: FactRef, mention: number): void {
    this.active = { ref, mention };
    this.events.select(ref, mention);
    this.render();
  }

  private async copy(ref: FactRef | 'all'): Promise<void> {
    const ok = await this.events.copy(ref, this.view.format);
    const t = this.view.messages;
    const copied = ref === 'all' ? 'panel_copiedAll' : ref.kind === 'figure' ? 'panel_copiedFigure' : 'panel_copiedPerson';
    this.announce(ok ? t.text(copied, t.text(`panel_format_${this.view.format}`)) : t.text('panel_copyRefused'));
  }

  /** Shown on screen and read out by screen readers (role=status). */
  announce(message: string, ms = 2500): void {
    const status = this.root.querySelector<HTMLElement>('.status');
    if (!status) return;
    status.textContent = message;
    status.classList.add('visible');
    clearTimeout(this.statusTimer);
    this.statusTimer = setTimeout(() => status.classList.remove('visible'), ms);
  }

  /** Arrow keys move between facts; Esc collapses the panel. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.events.collapse(true);
      return;
    }
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...this.root.querySelectorAll<HTMLElement>('.fact-main')];
    if (!buttons.length) return;
    event.preventDefault();
    const at = buttons.indexOf(this.activeElement() as HTMLElement);
    const last = buttons.length - 1;
    const next = { Home: 0, End: last, ArrowDown: Math.min(last, at + 1), ArrowUp: Math.max(0, at - 1) }[event.key]!;
    buttons[next].focus();
  }

  private activeElement(): Element | null {
    return (this.root.getRootNode() as Document | ShadowRoot).activeElement;
  }

  /** Re-rendering replaces the nodes: keep keyboard focus on the same control. */
  private focusKey(): string | null {
    const active = this.activeElement();
    if (!active || !this.root.contains(active)) return null;
    const control = [...active.classList].find((c) => ['fact-main', 'prev', 'next', 'copy', 'copy-all', 'move', 'collapse', 'format', 'tab', 'keep', 'keep-all', 'open-notebook'].includes(c));
    if (!control) return null;
    const item = active.closest('.fact');
    return item ? `.fact[data-fact="${item.getAttribute('data-fact')}"][data-index="${item.getAttribute('data-index')}"] .${control}` : `.${control}`;
  }

  private restoreFocus(selector: string | null): void {
    if (!selector) return;
    // Collapsing moves focus to the tab, expanding to the panel's collapse button.
    if (this.view.collapsed) selector = '.tab';
    else if (selector === '.tab') selector = '.collapse';
    this.root.querySelector<HTMLElement>(selector)?.focus();
  }
}
