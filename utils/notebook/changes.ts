/**
 * Word among the extension's own pages that the notebook changed (a fact kept
 * in a tab, deleted or imported on a notebook page), so an open notebook
 * page shows it at once. BroadcastChannel reaches every page and worker of
 * the extension's origin, and nothing else.
 */

const CHANNEL = 'ayeyar-notebook';

export function announceNotebookChange(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onNotebookChange(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
