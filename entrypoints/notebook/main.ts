import { h } from '@/components/dom';
import { parseTags } from '@/core/notebook/merge';
import { parseNotebookJson } from '@/core/notebook/notebook-json';
import { EMPTY_QUERY, facetsOf, groupFacts, selectFacts, type NotebookGrouping, type NotebookQuery } from '@/core/notebook/query';
import { articlesByUrl, FACT_KINDS, type KeptFact, type Notebook } from '@/core/notebook/types';
import { announceNotebookChange, onNotebookChange } from '@/utils/notebook/changes';
import { keepPersistent, NotebookStoreError, openNotebookStore, type StoredNotebook } from '@/utils/notebook/store';
import { followPageLanguage } from '@/utils/page-language';
import { renderResults } from './render';
import { notebookStrings, type NotebookStrings } from './strings';
import { download, exportFile, type ExportFormat } from './transfer';
import '@/assets/page-base.css';
import './style.css';

/**
 * The notebook page: every kept fact, found again by search, filters, sort
 * and grouping; exported, imported, annotated, deleted with undo. It reads
 * and writes the extension's IndexedDB itself (it is the extension's origin)
 * and follows changes made elsewhere (a fact kept in a tab) as they happen.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('query');
const status = $('status');
const undoButton = $<HTMLButtonElement>('undo');
const damagedNotice = $('damaged');
const results = $('results');
const resultsHeading = $('results-heading');
const importInput = $<HTMLInputElement>('import');

const store = openNotebookStore({ onWrite: announceNotebookChange });
let notebook: StoredNotebook = { articles: [], facts: [], damaged: 0 };
let editing: string | null = null;
/** The notebook has been read once (until then the results say nothing). */
let loaded = false;
/** What each delete removed, newest last: Undo puts back the newest. */
const undoable: Notebook[] = [];
/** The page's words in the reader's language (set before anything is drawn). */
let S: NotebookStrings;
/** What the status line says, worded afresh when the language changes. */
let said: { text: (strings: NotebookStrings) => string; canUndo: boolean } | null = null;

/** The lists' choices in the page's language (the fixed texts are index.html's data-text). */
function fillChoices(): void {
  fillSelect('kind', FACT_KINDS.map((kind) => [kind, S.kinds[kind]]));
  fillSelect('edition', Object.entries(S.editions));
  fillSelect('sort', Object.entries(S.sorts), false);
  fillSelect('group', Object.entries(S.groupings), false);
}

/** Options of a select, keeping the reader's choice when it is still offered. */
function fillSelect(name: string, options: [string, string][], withAny = true): void {
  const select = form.elements.namedItem(name) as HTMLSelectElement;
  const chosen = select.value;
  select.replaceChildren(...(withAny ? [h(document, 'option', { value: '' }, S.any)] : []), ...options.map(([value, label]) => h(document, 'option', { value }, label)));
  if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
}

function readQuery(): { query: NotebookQuery; grouping: NotebookGrouping } {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
  const orNull = (name: string) => value(name) || null;
  return {
    query: {
      ...EMPTY_QUERY,
      search: value('search'),
      kind: orNull('kind') as NotebookQuery['kind'],
      person: orNull('person'),
      tag: orNull('tag'),
      edition: orNull('edition') as NotebookQuery['edition'],
      from: orNull('from'),
      to: orNull('to'),
      sort: value('sort') as NotebookQuery['sort'],
    },
    grouping: value('group') as NotebookGrouping,
  };
}

function shown(): Notebook {
  return { articles: notebook.articles, facts: selectFacts(notebook, readQuery().query) };
}

function render(): void {
  const facets = facetsOf(notebook);
  fillSelect('person', facets.people.map((p) => [p, p]));
  fillSelect('tag', facets.tags.map((t) => [t, t]));
  const { query, grouping } = readQuery();
  const facts = selectFacts(notebook, query);
  const articleCount = new Set(facts.map((f) => f.articleUrl)).size;
  resultsHeading.textContent = S.counts(facts.length, articleCount, notebook.facts.length);
  damagedNotice.hidden = !notebook.damaged;
  damagedNotice.textContent = notebook.damaged ? S.damaged(notebook.damaged) : '';
  if (!facts.length) {
    results.replaceChildren(h(document, 'p', { class: 'empty' }, notebook.facts.length ? S.noMatch : S.empty));
    return;
  }
  renderResults(results, { groups: groupFacts(facts, grouping, notebook), grouping, articles: articlesByUrl(notebook), editing, strings: S }, { remove, annotate, edit });
}

function say(text: (strings: NotebookStrings) => string, canUndo = false): void {
  said = { text, canUndo };
  status.textContent = text(S);
  undoButton.hidden = !canUndo;
}

function sayProblem(error: unknown): void {
  const problem = error instanceof NotebookStoreError ? error.problem : 'failed';
  say((words) => words.problems[problem]);
}

async function load(): Promise<void> {
  try {
    notebook = await store.read();
  } catch (error) {
    sayProblem(error);
  }
  loaded = true;
  render();
  results.parentElement!.removeAttribute('aria-busy');
}

async function remove(facts: KeptFact[]): Promise<void> {
  try {
    const removed = await store.remove(facts.map((f) => f.id));
    undoable.push(removed);
    await load();
    say((words) => words.deleted(removed.facts.length), true);
    undoButton.focus();
  } catch (error) {
    sayProblem(error);
  }
}

async function undo(): Promise<void> {
  const removed = undoable.pop();
  if (!removed) return;
  try {
    await store.restore(removed);
    await load();
    say((words) => words.restored(removed.facts.length), undoable.length > 0);
    // The Undo button may be gone: the focus goes to the first fact put back.
    if (!undoable.length) results.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(removed.facts[0].id)}"] .actions button`)?.focus();
  } catch (error) {
    undoable.push(removed);
    sayProblem(error);
  }
}

function edit(fact: KeptFact | null): void {
  const returnTo = editing;
  editing = fact?.id ?? null;
  render();
  const id = editing ?? returnTo;
  const row = id ? results.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`) : null;
  row?.querySelector<HTMLElement>(editing ? 'textarea' : '.actions button')?.focus();
}

async function annotate(fact: KeptFact, note: string, tags: string): Promise<boolean> {
  try {
    await store.annotate(fact.id, note, parseTags(tags), new Date());
    await load();
    edit(null);
    say((words) => words.saved);
    return true;
  } catch (error) {
    sayProblem(error);
    return false;
  }
}

function exportAs(format: ExportFormat): void {
  // JSON is the backup: always everything. The others take what the search shows.
  const file = exportFile(format, format === 'json' ? { articles: notebook.articles, facts: notebook.facts } : shown(), new Date());
  download(document, file);
  say((words) => words.exported(file.name));
}

async function importFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return say((words) => words.unreadableFile);
  }
  const parsed = parseNotebookJson(text);
  if (!parsed.ok) {
    const { problem } = parsed;
    return say((words) => words.fileProblem(problem));
  }
  try {
    const summary = await store.import(parsed.notebook);
    await load();
    say((words) => words.imported(summary, parsed.skipped));
  } catch (error) {
    sayProblem(error);
  }
}

form.addEventListener('input', render);
form.addEventListener('change', render);
form.addEventListener('submit', (event) => event.preventDefault());
// The form's values are back to their defaults only after the reset event.
form.addEventListener('reset', () => setTimeout(render));
undoButton.addEventListener('click', () => void undo());
for (const button of document.querySelectorAll<HTMLElement>('[data-export]')) button.addEventListener('click', () => exportAs(button.dataset.export as ExportFormat));
$('import-button').addEventListener('click', () => importInput.click());
importInput.addEventListener('change', () => {
  const file = importInput.files?.[0];
  importInput.value = '';
  if (file) void importFile(file);
});
void followPageLanguage(document, (t) => {
  S = notebookStrings(t);
  fillChoices();
  if (said) say(said.text, said.canUndo);
  if (loaded) render();
}).then(() => {
  onNotebookChange(() => void load());
  return load();
});
keepPersistent();
