import { cslJson } from '@/core/notebook/csl-json';
import { notebookCsv } from '@/core/notebook/notebook-csv';
import { notebookJson } from '@/core/notebook/notebook-json';
import { notebookMarkdown } from '@/core/notebook/notebook-markdown';
import { localDay } from '@/core/notebook/records';
import { ris } from '@/core/notebook/ris';
import type { Notebook } from '@/core/notebook/types';

/** The notebook's files: each export format's name, type and content, and the download itself. */

export type ExportFormat = 'csv' | 'markdown' | 'csl' | 'ris' | 'json';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const FORMATS: Record<ExportFormat, { extension: string; type: string; make(notebook: Notebook, now: Date): string }> = {
  // A byte-order mark: without it, spreadsheet programs read UTF-8 CSV as a legacy code page and Burmese comes out garbled.
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8', make: (notebook) => '\uFEFF' + notebookCsv(notebook) },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8', make: notebookMarkdown },
  csl: { extension: 'csl.json', type: 'application/vnd.citationstyles.csl+json', make: cslJson },
  ris: { extension: 'ris', type: 'application/x-research-info-systems', make: ris },
  json: { extension: 'json', type: 'application/json', make: notebookJson },
};

export function exportFile(format: ExportFormat, notebook: Notebook, now: Date): ExportFile {
  const { extension, type, make } = FORMATS[format];
  return { name: `ayeyar-notebook-${localDay(now)}.${extension}`, type, text: make(notebook, now) };
}

/** Saves a file through the browser's own download (no permission needed: a link to a blob). */
export function download(doc: Document, file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Long enough for the download to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
