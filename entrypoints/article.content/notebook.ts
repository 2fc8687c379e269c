import type { ArticleExtraction } from '@/core/extract';
import type { PageSource } from '@/core/notebook/page-source';
import { keepControls, type KeepEvents } from '@/components/facts-panel/keep-controls';
import { askNotebook, type NotebookAnswer } from '@/utils/notebook/messages';

/**
 * The panel's notebook controls wired to the background, which writes the
 * extension's IndexedDB (a content script cannot: IndexedDB here would be the
 * site's).
 */

/** The article's page as the notebook knows it, and what it holds from it already. */
export interface ArticleInNotebook {
  source: PageSource;
  kept: NotebookAnswer;
}

export function notebookControls(extraction: ArticleExtraction, { source, kept }: ArticleInNotebook, panel: Pick<KeepEvents, 'changed' | 'announce' | 'messages'>) {
  const { facts, body } = extraction;
  return keepControls(
    {
      ...panel,
      keep: (keys) => askNotebook({ type: 'ayeyar:keep', request: { source, facts, paragraphs: body?.paragraphs.map((p) => p.text) ?? [], keys } }),
      annotate: (key, note, tags) => askNotebook({ type: 'ayeyar:annotate', source, key, note, tags }),
      openNotebook: () => void askNotebook({ type: 'ayeyar:open-notebook' }),
    },
    // A failure here is not worth a message on every article: Keep will say it if it persists.
    'kept' in kept ? kept.kept : {},
  );
}
