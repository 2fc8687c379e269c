import { h } from '@/components/dom';
import type { FactGroup, NotebookGrouping } from '@/core/notebook/query';
import type { KeptArticle, KeptFact } from '@/core/notebook/types';
import type { NotebookStrings } from './strings';

/**
 * The notebook's facts as tables, one per group, built from data (page text
 * only ever becomes text nodes, as in the panel).
 */

export interface ResultEvents {
  remove(facts: KeptFact[], label: string): void;
  /** Resolves true once saved (the form then closes). */
  annotate(fact: KeptFact, note: string, tags: string): Promise<boolean>;
  edit(fact: KeptFact | null): void;
}

export interface ResultView {
  groups: FactGroup[];
  grouping: NotebookGrouping;
  articles: Map<string, KeptArticle>;
  /** The fact whose note and tags are being edited. */
  editing: string | null;
  /** The page's words in the reader's language. */
  strings: NotebookStrings;
}

const articleTitle = (article: KeptArticle | undefined, S: NotebookStrings) => article?.title ?? S.untitled;

/** "Nilar Aye, Ko Htet · The Irrawaddy · Burma · published 2024-03-09 · English edition · read 2025-01-15" */
function citationLine(article: KeptArticle, S: NotebookStrings): string {
  return [article.authors.join(', '), article.publication, article.section, article.published && S.published(article.published), S.editionNames[article.edition], S.accessed(article.accessed)]
    .filter(Boolean)
    .join(' · ');
}

export function renderResults(container: HTMLElement, view: ResultView, events: ResultEvents): void {
  const doc = container.ownerDocument;
  const S = view.strings;
  container.replaceChildren(
    ...view.groups.map((group, index) => {
      const headingId = `group-${index}`;
      const heading = groupHeading(doc, group, view, headingId, events);
      const table = h(
        doc,
        'table',
        { class: 'facts', 'aria-labelledby': heading ? headingId : 'results-heading' },
        h(
          doc,
          'thead',
          {},
          h(doc, 'tr', {}, ...S.columns.map((column) => h(doc, 'th', { scope: 'col' }, column))),
        ),
        h(doc, 'tbody', {}, ...group.facts.map((fact) => row(doc, fact, view, events))),
      );
      return h(doc, 'div', { class: 'group' }, heading, table);
    }),
  );
}

function groupHeading(doc: Document, group: FactGroup, view: ResultView, id: string, events: ResultEvents): HTMLElement | null {
  const S = view.strings;
  if (view.grouping === 'none') return null;
  if (view.grouping === 'person') return h(doc, 'h3', { id }, group.key ? S.personGroup(group.key, group.facts.length) : S.noPerson);
  const article = group.article;
  const title = articleTitle(article, S);
  const remove = h(doc, 'button', { type: 'button', class: 'secondary danger', 'aria-label': S.deleteArticleLabel(title) }, S.deleteArticle);
  remove.addEventListener('click', () => events.remove(group.facts, title));
  return h(
    doc,
    'header',
    { class: 'group-head' },
    h(doc, 'h3', { id }, h(doc, 'a', { href: group.key, target: '_blank', rel: 'noopener noreferrer' }, title)),
    article && h(doc, 'p', { class: 'citation' }, citationLine(article, S)),
    remove,
  );
}

function row(doc: Document, fact: KeptFact, view: ResultView, events: ResultEvents): HTMLElement {
  const S = view.strings;
  const article = view.articles.get(fact.articleUrl);
  // The article's own words are marked with its language, the page's with the reader's.
  const lang = article?.edition;
  const detail = [fact.title, fact.role].filter(Boolean).join(' · ');
  const edit = h(doc, 'button', { type: 'button', class: 'secondary', 'aria-label': S.editLabel(fact.text), 'aria-expanded': String(view.editing === fact.id) }, S.edit);
  const remove = h(doc, 'button', { type: 'button', class: 'secondary danger', 'aria-label': S.deleteLabel(fact.text) }, S.delete);
  edit.addEventListener('click', () => events.edit(view.editing === fact.id ? null : fact));
  remove.addEventListener('click', () => events.remove([fact], fact.text));
  return h(
    doc,
    'tr',
    { 'data-id': fact.id, 'data-kind': fact.kind },
    h(doc, 'th', { scope: 'row', class: 'fact', lang }, h(doc, 'span', { class: 'value' }, fact.text), detail && h(doc, 'span', { class: 'detail' }, detail)),
    h(doc, 'td', { class: `kind kind-${fact.kind}` }, S.kinds[fact.kind]),
    h(
      doc,
      'td',
      { class: 'sentence' },
      h(doc, 'span', { lang }, `“${fact.sentence}”`),
      ' ',
      h(doc, 'a', { href: fact.link, target: '_blank', rel: 'noopener noreferrer', class: 'passage', 'aria-label': S.openPassageLabel(fact.text) }, S.openPassage),
    ),
    h(doc, 'td', { class: 'note' }, view.editing === fact.id ? editor(doc, fact, S, events) : annotation(doc, fact)),
    h(
      doc,
      'td',
      { class: 'article' },
      h(doc, 'a', { href: fact.articleUrl, target: '_blank', rel: 'noopener noreferrer', lang: article && lang }, articleTitle(article, S)),
      article && h(doc, 'span', { class: 'detail' }, [article.published && S.day(article.published), S.editions[article.edition]].filter(Boolean).join(' · ')),
    ),
    h(doc, 'td', { class: 'actions' }, edit, remove),
  );
}

function annotation(doc: Document, fact: KeptFact): Node {
  return h(
    doc,
    'div',
    {},
    fact.note && h(doc, 'p', { class: 'note-text' }, fact.note),
    fact.tags.length > 0 && h(doc, 'ul', { class: 'tags' }, ...fact.tags.map((tag) => h(doc, 'li', {}, tag))),
  );
}

function editor(doc: Document, fact: KeptFact, S: NotebookStrings, events: ResultEvents): HTMLElement {
  const note = h(doc, 'textarea', { name: 'note', rows: 3 });
  const tags = h(doc, 'input', { name: 'tags', type: 'text' });
  note.value = fact.note;
  tags.value = fact.tags.join(', ');
  const cancel = h(doc, 'button', { type: 'button', class: 'secondary' }, S.cancel);
  const form = h(
    doc,
    'form',
    { class: 'note-form' },
    h(doc, 'label', {}, S.note, note),
    h(doc, 'label', {}, S.tags, tags),
    h(doc, 'div', { class: 'buttons' }, h(doc, 'button', { type: 'submit', class: 'primary' }, S.save), cancel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void events.annotate(fact, note.value, tags.value);
  });
  cancel.addEventListener('click', () => events.edit(null));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') events.edit(null);
  });
  return form;
}
