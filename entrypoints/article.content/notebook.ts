import type { ArticleExtraction } from '@/core/extract';
import { pageSource } from '@/core/notebook/page-source';
import { keepControls, type KeepEvents } from '@/components/facts-panel/keep-controls';
import { askNotebook, type NotebookAnswer } from '@/utils/notebook/messages';

/**
 * The panel's notebook controls wired to the background, which writes the
 * extension's IndexedDB (a content script cannot: IndexedDB here would be the
 * site's).
 */

/** The facts already kept from the article at `url`: asked while its facts are found, so the panel is drawn once, with its marks. */
export function keptFromArticle(url: string): Promise<NotebookAnswer> {
  return askNotebook({ type: 'ayeyar:kept', source: pageSource(document, url) });
}

export function notebookControls(extraction: ArticleExtraction, kept: NotebookAnswer, panel: Pick<KeepEvents, 'changed' | 'announce' | 'messages'>) {
  const { facts, body } = extraction;
  const source = pageSource(document, facts.url);
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
