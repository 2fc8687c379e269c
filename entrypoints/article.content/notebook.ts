import type { ArticleExtraction } from '@/core/extract';
import { pageSource } from '@/core/notebook/page-source';
import { keepControls, type KeepEvents } from '@/components/facts-panel/keep-controls';
import { askNotebook } from '@/utils/notebook/messages';

/**
 * The panel's notebook controls wired to the background, which writes the
 * extension's IndexedDB (a content script cannot: IndexedDB here would be the
 * site's). On mount, the facts already kept from this article are marked.
 */
export function notebookControls(extraction: ArticleExtraction, panel: Pick<KeepEvents, 'changed' | 'announce' | 'messages'>) {
  const { facts, body } = extraction;
  const source = pageSource(document, facts.url);
  const controls = keepControls({
    ...panel,
    keep: (keys) => askNotebook({ type: 'ayeyar:keep', request: { source, facts, paragraphs: body?.paragraphs.map((p) => p.text) ?? [], keys } }),
    annotate: (key, note, tags) => askNotebook({ type: 'ayeyar:annotate', source, key, note, tags }),
    openNotebook: () => void askNotebook({ type: 'ayeyar:open-notebook' }),
  });
  // A failure here is not worth a message on every article: Keep will say it if it persists.
  void askNotebook({ type: 'ayeyar:kept', source }).then((answer) => 'kept' in answer && controls.update(answer));
  return controls;
}
