import type { ArticleFacts, Figure, Person } from '@/core/extract/types';
import type { FactFormat } from '@/core/format';
import { FACT_FORMATS } from '@/core/format/types';
import { excerptAround } from '@/core/format/excerpt';
import type { PanelKey } from '@/core/i18n/messages';
import { h, type Child } from '../dom';
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
  /** The class names of the extras' controls: keyboard focus stays on them across renders. */
  readonly controls: readonly string[];
  /** The control every fact carries, built once per render and cloned for each fact (before its Copy button). */
  itemControl(doc: Document): Element;
  /** Fills a fact's copy of the control and adds what else the fact shows; `name` is its text or name. */
  item(item: HTMLElement, control: Element, ref: FactRef, name: string): void;
  /** A click on one of the extras' controls (the panel listens once for all of them); `ref` is the fact it is on. */
  click(control: Element, ref: FactRef | null, name: string | null): void;
}

type MonthKey = Extract<PanelKey, `panel_month_${string}`>;

/** The one hidden text that tells what every fact's button does (its accessible description). */
const SHOW_HINT_ID = 'ayeyar-show-hint';

/** "2017-06-24" -> "24 June 2017", "၂၀၁၇ ခုနှစ် ဇွန်လ ၂၄ ရက်". By hand: the first toLocaleDateString call loads locale data (tens of ms). */
function readableDate(iso: string | null, t: PanelMessages): string | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (!match || month < 1 || month > 12) return iso;
  return t.text('panel_date', day, t.text(`panel_month_${month}` as MonthKey), year);
}

/** Controls of the panel by class; keyboard focus returns to the same one after a render. */
const PANEL_CONTROLS = ['fact-main', 'prev', 'next', 'copy', 'copy-all', 'move', 'collapse', 'format', 'tab'];

/**
 * The panel renders from its view in one pass: each fact is a clone of one
 * prototype list item (built once per render) with its own text filled in,
 * and the panel listens once, on its root, for every control (event
 * delegation). Each fact then costs a clone and about a dozen DOM calls,
 * not fifty and six listeners, on a page that has just loaded.
 */
export class FactsPanel {
  private readonly doc: Document;
  private view: PanelView;
  private active: { ref: FactRef; mention: number } | null = null;
  /** The person under the pointer, whose mentions are lit. */
  private hovered: Element | null = null;
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
    this.root.addEventListener('click', (event) => this.onClick(event));
    this.root.addEventListener('change', (event) => this.onChange(event));
    this.root.addEventListener('keydown', (event) => this.onKeydown(event));
    this.root.addEventListener('mouseover', (event) => this.onPointer(event.target));
    this.root.addEventListener('mouseout', (event) => this.onPointer(event.relatedTarget));
    this.root.addEventListener('focusin', (event) => this.onFocus(event.target, true));
    this.root.addEventListener('focusout', (event) => this.onFocus(event.target, false));
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

  /** Only what is shown is built: the tab while the panel is collapsed (a narrow window's start), else the panel. */
  private render(): void {
    const keepFocus = this.focusKey();
    this.root.lang = this.view.messages.lang;
    this.root.replaceChildren(this.view.collapsed ? this.tab() : this.panel());
    this.restoreFocus(keepFocus);
  }

  private tab(): HTMLElement {
    const { doc, view } = this;
    const { facts, messages: t } = view;
    const count = facts.figures.length + facts.people.length;
    return h(
      doc,
      'button',
      {
        type: 'button',
        class: 'tab',
        'data-side': view.side,
        'aria-label': t.text('panel_showTab', t.count('panel_figures', facts.figures.length), t.count('panel_people', facts.people.length)),
        'aria-expanded': 'false',
      },
      `Ayeyar · ${t.digits(count)}`,
    );
  }

  private panel(): HTMLElement {
    const { doc, view } = this;
    const { facts, messages: t, articleLang } = view;
    const toLeft = view.side === 'right';
    const format = h(doc, 'select', { class: 'format', 'aria-label': t.text('panel_copyFormat') });
    for (const value of FACT_FORMATS) format.append(h(doc, 'option', { value, selected: value === view.format }, t.text(`panel_format_${value}`)));

    const date = readableDate(facts.published, t);
    const head = h(
      doc,
      'header',
      { class: 'head' },
      h(
        doc,
        'div',
        { class: 'bar' },
        h(doc, 'span', { class: 'brand' }, 'Ayeyar'),
        h(
          doc,
          'button',
          {
            type: 'button',
            class: 'icon-button move',
            'data-to': toLeft ? 'left' : 'right',
            'aria-label': t.text(toLeft ? 'panel_moveLeft' : 'panel_moveRight'),
            title: t.text(toLeft ? 'panel_moveLeftTitle' : 'panel_moveRightTitle'),
          },
        ),
        h(
          doc,
          'button',
          { type: 'button', class: 'icon-button collapse', 'aria-label': t.text('panel_collapse'), 'aria-expanded': 'true', title: t.text('panel_collapseTitle') },
        ),
      ),
      facts.title && h(doc, 'h2', { class: 'title', lang: articleLang }, facts.title),
      (facts.byline || date) &&
        h(doc, 'p', { class: 'meta' }, facts.byline && h(doc, 'span', { lang: articleLang }, facts.byline), facts.byline && date && ' · ', date),
      h(doc, 'p', { class: 'counts' }, `${t.count('panel_figures', facts.figures.length)} · ${t.count('panel_people', facts.people.length)}`),
      h(doc, 'div', { class: 'actions' }, h(doc, 'label', {}, t.text('panel_copyAs'), format), h(doc, 'button', { type: 'button', class: 'primary copy-all' }, t.text('panel_copyAll'))),
      this.extras?.head(doc),
    );

    const scroll = h(doc, 'div', { class: 'scroll' });
    // One prototype for each shape of fact (a figure's kind, whether it has a unit; a person's title and role), its fixed words in it.
    const protos = new Map<string, HTMLLIElement>();
    const protoOf = (shape: string, build: () => HTMLLIElement) => protos.get(shape) ?? protos.set(shape, build()).get(shape)!;
    if (view.sections.figures) {
      const items = facts.figures.map((figure, index) => {
        const unit = !!figure.unit;
        const proto = protoOf(`${figure.kind}${unit}`, () =>
          this.prototypeItem(
            'figure',
            [h(doc, 'span', { class: `kind kind-${figure.kind}` }, t.text(`panel_kind_${figure.kind}`)), unit && ' · ', unit && h(doc, 'span', { lang: articleLang })],
            h(doc, 'span', { class: 'fact-context', lang: articleLang }),
          ),
        );
        return this.figureItem(proto, figure, index);
      });
      scroll.append(this.section('figures', t.text('panel_keyFigures'), items, t.text('panel_noFigures')));
    }
    if (view.sections.people) {
      const items = facts.people.map((person, index) => {
        const title = !!person.title;
        const role = !!person.role;
        const proto = protoOf(`person${title}${role}`, () =>
          this.prototypeItem('person', [title && h(doc, 'span', { lang: articleLang }), title && ' · ', ''], role && h(doc, 'span', { class: 'fact-role', lang: articleLang })),
        );
        return this.personItem(proto, person, index);
      });
      scroll.append(this.section('people', t.text('panel_people'), items, t.text('panel_noPeople')));
    }
    if (!view.sections.figures && !view.sections.people) {
      scroll.append(h(doc, 'p', { class: 'empty' }, t.text('panel_listsOff')));
    }
    const status = h(doc, 'div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    const hint = h(doc, 'span', { id: SHOW_HINT_ID, hidden: true }, t.text('panel_showInArticle'));
    return h(doc, 'aside', { class: 'panel', 'data-side': view.side, 'aria-label': t.text('panel_label') }, head, scroll, status, hint);
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

  /**
   * One list item with everything a shape of fact always shows; each fact is
   * a clone of it, with its own words set in its slots. Its children, in
   * order: the fact's button (value, tag, then a figure's context or a
   * person's role, the element `below`), the extras' control, Copy: no
   * wrappers, the stylesheet lays them out. The button is named by what it
   * shows and described by what it does ("Show in the article", one hidden
   * text for all), so no fact needs a label of its own.
   */
  private prototypeItem(kind: FactKind, tag: Child[], below: Child): HTMLLIElement {
    const { doc } = this;
    const { messages: t, articleLang } = this.view;
    const value = h(doc, 'span', { class: 'fact-value', lang: articleLang });
    const main = h(doc, 'button', { type: 'button', class: 'fact-main', 'aria-describedby': SHOW_HINT_ID }, value, h(doc, 'span', { class: 'fact-tag' }, ...tag), below);
    const copy = h(doc, 'button', { type: 'button', class: 'icon-button copy', title: t.text('panel_copyTitle') });
    return h(doc, 'li', { class: 'fact', 'data-fact': kind }, main, this.extras?.itemControl(doc), copy);
  }

  private figureItem(proto: HTMLLIElement, figure: Figure, index: number): HTMLElement {
    const { item, value, tag, below } = this.cloneItem(proto, { kind: 'figure', index }, figure.text, figure.spans.length);
    value.textContent = figure.text;
    if (figure.unit) tag.lastElementChild!.textContent = figure.unit;
    below!.textContent = excerptAround(figure.context, figure.text);
    item.setAttribute('data-value', String(figure.value));
    return item;
  }

  private personItem(proto: HTMLLIElement, person: Person, index: number): HTMLElement {
    const { item, value, tag, below } = this.cloneItem(proto, { kind: 'person', index }, person.name, person.spans.length);
    value.textContent = person.name;
    if (person.title) tag.firstElementChild!.textContent = person.title;
    tag.lastChild!.textContent = this.view.messages.count('panel_mentions', person.mentions);
    if (person.role) below!.textContent = person.role;
    return item;
  }

  /**
   * A fact's list item from the prototype: its place in the list, its tools
   * named after it, its mention stepper while it is the active fact; and its
   * slots (`below` is the element after the line, where the prototype has one).
   */
  private cloneItem(proto: HTMLLIElement, ref: FactRef, name: string, mentions: number) {
    const t = this.view.messages;
    const item = proto.cloneNode(true) as HTMLLIElement;
    const main = item.firstElementChild!;
    const value = main.firstElementChild!;
    const tag = value.nextElementSibling!;
    const copy = item.lastElementChild!;
    item.setAttribute('data-index', String(ref.index));
    copy.setAttribute('aria-label', t.text('panel_copyFact', name));
    const active = this.active;
    if (active && active.ref.kind === ref.kind && active.ref.index === ref.index) {
      item.setAttribute('aria-current', 'true');
      if (mentions > 1) main.after(this.stepper(name, active.mention, mentions));
    }
    if (this.extras) this.extras.item(item, copy.previousElementSibling!, ref, name);
    return { item, value, tag, below: tag.nextElementSibling };
  }

  /** Previous and next mention of the active fact, and where the reader is among them. */
  private stepper(name: string, mention: number, mentions: number): HTMLElement {
    const { doc } = this;
    const t = this.view.messages;
    return h(
      doc,
      'span',
      { class: 'stepper' },
      h(doc, 'button', { type: 'button', class: 'icon-button prev', 'aria-label': t.text('panel_previousMention', name) }),
      h(doc, 'span', { class: 'position', 'aria-live': 'polite' }, t.text('panel_mentionPosition', mention + 1, mentions)),
      h(doc, 'button', { type: 'button', class: 'icon-button next', 'aria-label': t.text('panel_nextMention', name) }),
    );
  }

  /** The fact a control is in, with its name, or null outside the lists. */
  private factOf(el: Element): { ref: FactRef; name: string; mentions: number } | null {
    const item = el.closest('.fact');
    if (!item) return null;
    const kind = item.getAttribute('data-fact') as FactKind;
    const index = Number(item.getAttribute('data-index'));
    const { figures, people } = this.view.facts;
    const fact = kind === 'figure' ? figures[index] : people[index];
    if (!fact) return null;
    return { ref: { kind, index }, name: 'text' in fact ? fact.text : fact.name, mentions: fact.spans.length };
  }

  private onClick(event: Event): void {
    const control = (event.target as Element).closest?.('button');
    if (!control || !this.root.contains(control)) return;
    const fact = this.factOf(control);
    const is = (name: string) => control.classList.contains(name);
    if (is('tab')) this.events.collapse(false);
    else if (is('collapse')) this.events.collapse(true);
    else if (is('move')) this.events.move(control.getAttribute('data-to') as PanelSide);
    else if (is('copy-all')) void this.copy('all');
    else if (fact && is('fact-main')) this.select(fact.ref, 0);
    else if (fact && is('copy')) void this.copy(fact.ref);
    else if (fact && (is('prev') || is('next'))) {
      const mention = this.active?.mention ?? 0;
      this.select(fact.ref, (mention + (is('next') ? 1 : fact.mentions - 1)) % fact.mentions);
    } else this.extras?.click(control, fact?.ref ?? null, fact?.name ?? null);
  }

  private onChange(event: Event): void {
    const target = event.target as HTMLSelectElement;
    if (target.classList?.contains('format')) this.events.format(target.value as FactFormat);
  }

  /** A person's mentions light up while the pointer is over them; `to`: where the pointer is now (null: off the panel). */
  private onPointer(to: EventTarget | null): void {
    const person = to instanceof Element ? to.closest('.fact[data-fact="person"]') : null;
    if (person === this.hovered) return;
    this.hovered = person;
    const fact = person && this.factOf(person);
    this.events.hover(fact ? fact.ref : null);
  }

  /** Keyboard focus on a person lights their mentions too. */
  private onFocus(target: EventTarget | null, entering: boolean): void {
    if (!(target instanceof Element) || !target.classList.contains('fact-main')) return;
    const fact = this.factOf(target);
    if (fact?.ref.kind === 'person') this.events.hover(entering ? fact.ref : null);
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

  /** In the panel, arrow keys move between facts; Esc collapses it. */
  private onKeydown(event: KeyboardEvent): void {
    if (!(event.target as Element).closest?.('.panel')) return;
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

  /** Re-rendering replaces the nodes: keep keyboard focus on the same control (a new panel has none). */
  private focusKey(): string | null {
    if (!this.root.isConnected) return null;
    const active = this.activeElement();
    if (!active || !this.root.contains(active)) return null;
    const control = [...active.classList].find((c) => PANEL_CONTROLS.includes(c) || this.extras?.controls.includes(c));
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
