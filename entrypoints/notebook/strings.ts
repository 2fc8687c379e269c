import type { MessageKey, TextKey } from '@/core/i18n/messages';
import type { NotebookFileProblem } from '@/core/notebook/notebook-json';
import type { NotebookGrouping, NotebookSort } from '@/core/notebook/query';
import { FACT_KINDS, type Edition, type FactKind } from '@/core/notebook/types';
import type { ImportSummary, StoreProblem } from '@/utils/notebook/store';
import type { PageMessages } from '@/utils/page-language';

/**
 * The notebook page's words in the reader's language, from the catalogues
 * (public/_locales): the lists' labels and the sentences main.ts and
 * render.ts put together. Fixed texts are named in index.html (data-text).
 */

// Message keys allow no hyphen.
const SORT_KEYS: Record<NotebookSort, TextKey<MessageKey>> = {
  'kept-newest': 'notebook_sort_keptNewest',
  'kept-oldest': 'notebook_sort_keptOldest',
  'published-newest': 'notebook_sort_publishedNewest',
  'published-oldest': 'notebook_sort_publishedOldest',
  'value-largest': 'notebook_sort_valueLargest',
  text: 'notebook_sort_text',
};
const FILE_PROBLEM_KEYS: Record<NotebookFileProblem, TextKey<MessageKey>> = {
  'not-json': 'notebook_fileProblem_notJson',
  'not-notebook': 'notebook_fileProblem_notNotebook',
  'newer-version': 'notebook_fileProblem_newerVersion',
};
const GROUPINGS: readonly NotebookGrouping[] = ['none', 'article', 'person'];
const EDITIONS: readonly Edition[] = ['en', 'my'];
const STORE_PROBLEMS: readonly StoreProblem[] = ['quota', 'unavailable', 'failed'];

const table = <K extends string>(keys: readonly K[], text: (key: K) => string) => Object.fromEntries(keys.map((key) => [key, text(key)])) as Record<K, string>;

export function notebookStrings(t: PageMessages) {
  const facts = (n: number) => t.count('notebook_facts', n);
  return {
    any: t.text('notebook_any'),
    kinds: table<FactKind>(FACT_KINDS, (kind) => t.text(`panel_kind_${kind}`)),
    editions: table(EDITIONS, (edition) => t.text(`notebook_editionShort_${edition}`)),
    editionNames: table(EDITIONS, (edition) => t.text(`edition_${edition}`)),
    sorts: table(Object.keys(SORT_KEYS) as NotebookSort[], (sort) => t.text(SORT_KEYS[sort])),
    groupings: table(GROUPINGS, (grouping) => t.text(`notebook_group_${grouping}`)),
    columns: [
      t.text('notebook_column_fact'),
      t.text('notebook_kind'),
      t.text('notebook_column_sentence'),
      t.text('notebook_column_note'),
      t.text('notebook_column_article'),
      t.text('notebook_column_actions'),
    ],
    empty: t.text('notebook_empty'),
    noMatch: t.text('notebook_noMatch'),
    counts: (shown: number, articles: number, total: number) =>
      shown < total
        ? t.text('notebook_countsOf', facts(shown), t.count('notebook_articles', articles), total)
        : t.text('notebook_counts', facts(shown), t.count('notebook_articles', articles)),
    noPerson: t.text('notebook_noPerson'),
    personGroup: (name: string, n: number) => t.text('notebook_personGroup', name, facts(n)),
    openPassage: t.text('notebook_openPassage'),
    openPassageLabel: (fact: string) => t.text('notebook_openPassageLabel', fact),
    edit: t.text('notebook_edit'),
    editLabel: (fact: string) => t.text('notebook_editLabel', fact),
    note: t.text('panel_note'),
    tags: t.text('panel_tags'),
    save: t.text('panel_save'),
    cancel: t.text('notebook_cancel'),
    delete: t.text('notebook_delete'),
    deleteLabel: (fact: string) => t.text('notebook_deleteLabel', fact),
    deleteArticle: t.text('notebook_deleteArticle'),
    deleteArticleLabel: (title: string) => t.text('notebook_deleteArticleLabel', title),
    untitled: t.text('notebook_untitled'),
    /** A day (YYYY-MM-DD) in the language's digits. */
    day: (day: string) => t.digits(day),
    published: (day: string) => t.text('notebook_published', t.digits(day)),
    accessed: (day: string) => t.text('notebook_accessed', t.digits(day)),
    deleted: (n: number) => t.count('notebook_deleted', n),
    restored: (n: number) => t.count('notebook_restored', n),
    saved: t.text('panel_noteSaved'),
    exported: (name: string) => t.text('notebook_exported', name),
    imported: ({ added, updated, unchanged, skipped }: ImportSummary, leftOut: number) =>
      [
        t.text('notebook_imported', facts(added), updated, unchanged),
        skipped ? t.count('notebook_importSkipped', skipped) : '',
        leftOut ? t.count('notebook_importLeftOut', leftOut) : '',
      ]
        .filter(Boolean)
        .join(' '),
    fileProblem: (problem: NotebookFileProblem) => t.text(FILE_PROBLEM_KEYS[problem]),
    unreadableFile: t.text('notebook_unreadableFile'),
    damaged: (n: number) => t.count('notebook_damaged', n),
    problems: table(STORE_PROBLEMS, (problem) => t.text(`notebook_problem_${problem}`)),
  };
}

export type NotebookStrings = ReturnType<typeof notebookStrings>;
