import type { NotebookFileProblem } from '@/core/notebook/notebook-json';
import type { NotebookGrouping, NotebookSort } from '@/core/notebook/query';
import type { Edition, FactKind } from '@/core/notebook/types';
import type { ImportSummary, StoreProblem } from '@/utils/notebook/store';

/**
 * Every word the notebook page shows, in one table: index.html names its
 * texts by key (data-text, data-label), main.ts and render.ts read the rest
 * from here. A translation replaces this table and nothing else.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const STRINGS = {
  pageTitle: 'Ayeyar notebook',
  heading: 'Notebook',
  lead: 'The facts you kept from articles, with their sources. They are stored in this browser only: never synced, never sent. A JSON backup keeps them safe and takes them to another browser.',
  findHeading: 'Find',
  search: 'Search facts, sentences, notes and tags',
  kind: 'Kind',
  person: 'Person',
  tag: 'Tag',
  edition: 'Edition',
  from: 'Published from',
  to: 'to',
  sort: 'Sort',
  group: 'Group',
  any: 'Any',
  clear: 'Clear the search',
  transferHeading: 'Export and import',
  exportShown: 'Export what is shown:',
  backup: 'Back up everything:',
  importLabel: 'Import a JSON backup',
  importHint: 'Facts already in the notebook are not added twice; where both have a note, the more recent one stays.',
  undo: 'Undo',
  kinds: { money: 'Money', percent: 'Percent', count: 'Count', quantity: 'Quantity', duration: 'Duration', person: 'Person' } satisfies Record<FactKind, string>,
  editions: { en: 'English', my: 'Burmese' } satisfies Record<Edition, string>,
  editionNames: { en: 'English edition', my: 'Burmese edition' } satisfies Record<Edition, string>,
  sorts: {
    'kept-newest': 'Kept, newest first',
    'kept-oldest': 'Kept, oldest first',
    'published-newest': 'Published, newest first',
    'published-oldest': 'Published, oldest first',
    'value-largest': 'Value, largest first',
    text: 'Fact, A to Z',
  } satisfies Record<NotebookSort, string>,
  groupings: { none: 'No grouping', article: 'By article', person: 'By person' } satisfies Record<NotebookGrouping, string>,
  formats: { csv: 'CSV', markdown: 'Markdown', csl: 'CSL-JSON', ris: 'RIS', json: 'JSON' },
  columns: { fact: 'Fact', kind: 'Kind', sentence: 'Sentence', note: 'Note and tags', article: 'Article', actions: 'Actions' },
  loading: 'Opening the notebook…',
  empty: 'Nothing is kept yet. On an Irrawaddy article, press Keep beside a fact in the Ayeyar panel, or Keep all.',
  noMatch: 'No kept fact matches this search.',
  counts: (facts: number, articles: number, total: number) =>
    `${plural(facts, 'fact', 'facts')} from ${plural(articles, 'article', 'articles')}${facts < total ? ` (of ${total} kept)` : ''}`,
  noPerson: 'Facts naming no one',
  personGroup: (name: string, n: number) => `${name}: ${plural(n, 'fact', 'facts')}`,
  openPassage: 'Open the passage',
  openPassageLabel: (fact: string) => `Open “${fact}” at its passage in the article`,
  edit: 'Edit',
  editLabel: (fact: string) => `Edit the note and tags of “${fact}”`,
  note: 'Note',
  tags: 'Tags (comma-separated)',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  deleteLabel: (fact: string) => `Delete “${fact}”`,
  deleteArticle: 'Delete the article’s facts',
  deleteArticleLabel: (title: string) => `Delete every fact kept from “${title}”`,
  untitled: 'Untitled article',
  published: (day: string) => `published ${day}`,
  accessed: (day: string) => `read ${day}`,
  deleted: (n: number) => `${plural(n, 'fact', 'facts')} deleted.`,
  restored: (n: number) => `${plural(n, 'fact', 'facts')} restored.`,
  saved: 'Note and tags saved.',
  exported: (name: string) => `Saved ${name} to your downloads.`,
  imported: ({ added, updated, unchanged, skipped }: ImportSummary, leftOut: number) =>
    [
      `Imported: ${plural(added, 'fact', 'facts')} added, ${updated} updated, ${unchanged} already here.`,
      skipped ? `${plural(skipped, 'fact', 'facts')} stored here damaged ${skipped === 1 ? 'was' : 'were'} left as ${skipped === 1 ? 'it was' : 'they were'}.` : '',
      leftOut ? `${plural(leftOut, 'damaged record', 'damaged records')} in the file ${leftOut === 1 ? 'was' : 'were'} left out.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  fileProblems: {
    'not-json': 'This file is not JSON: nothing was imported.',
    'not-notebook': 'This file is not an Ayeyar notebook backup: nothing was imported. (CSV, Markdown, CSL-JSON and RIS are for other programs; import a JSON backup.)',
    'newer-version': 'This backup was made by a newer Ayeyar: update Ayeyar, then import it. Nothing was imported.',
  } satisfies Record<NotebookFileProblem, string>,
  unreadableFile: 'The file could not be read: nothing was imported.',
  damaged: (n: number) =>
    `${plural(n, 'stored record', 'stored records')} could not be read and ${n === 1 ? 'is' : 'are'} left exactly as ${n === 1 ? 'it is' : 'they are'}; everything else works.`,
  problems: {
    quota: 'The browser has no room left for the notebook: nothing was changed. Free some disk space, or export and delete old facts.',
    unavailable: 'This browser does not let Ayeyar open its notebook here (a private window?): nothing was changed.',
    failed: 'The notebook could not be written: nothing was changed. Please try again.',
  } satisfies Record<StoreProblem, string>,
} as const;
