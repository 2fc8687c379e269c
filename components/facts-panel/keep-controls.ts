import { factKey, type FactKey } from '@/core/notebook/types';
import type { NotebookAnswer } from '@/utils/notebook/messages';
import { h } from '../dom';
import type { FactRef, PanelExtras } from './facts-panel';
import type { PanelMessages } from './panel-messages';

/**
 * The panel's notebook controls: Keep on each fact (once kept, the same
 * button opens its note and tags), Keep all and Notebook in the head. Data
 * in, events out, like the panel: the content script sends the requests;
 * the background answers with what was kept or why nothing was, worded here
 * in the panel's language. In a file of its own, so the panel stays as it
 * was and the controls' cost in the content script can be read.
 */

export interface KeepEvents {
  /** Keep these facts (null: every fact of the article). */
  keep(keys: FactKey[] | null): Promise<NotebookAnswer>;
  annotate(key: FactKey, note: string, tags: string): Promise<NotebookAnswer>;
  openNotebook(): void;
  /** The controls changed: render the panel again (keyboard focus stays on the same control). */
  changed(): void;
  announce(message: string, ms?: number): void;
  /** The panel's words as it shows them now. */
  messages(): PanelMessages;
}

type Kept = Extract<NotebookAnswer, { kept: unknown }>['kept'];

/** `kept`: what the notebook holds from this article already. */
export function keepControls(events: KeepEvents, kept: Kept = {}): PanelExtras & { update(answer: NotebookAnswer): boolean } {
  /** The fact whose note and tags are open. */
  let editing: FactKey | null = null;

  /** Takes an answer in, or shows why it failed (long enough to read); true when it went well. */
  const update = (answer: NotebookAnswer): boolean => {
    if ('failed' in answer) {
      events.announce(events.messages().text(`panel_notKept_${answer.failed}`), 8000);
      return false;
    }
    kept = answer.kept;
    events.changed();
    return true;
  };

  const keep = async (keys: FactKey[] | null) => {
    if (update(await events.keep(keys))) events.announce(events.messages().text(keys ? 'panel_kept' : 'panel_keptAll'));
  };

  const editor = (doc: Document, key: FactKey, button: HTMLElement): HTMLElement => {
    const [note, tags] = kept[key];
    const t = events.messages();
    const noteField = h(doc, 'textarea', { class: 'note-text', rows: 2 });
    const tagsField = h(doc, 'input', { class: 'note-tags' });
    noteField.value = note;
    tagsField.value = tags.join(', ');
    const form = h(
      doc,
      'form',
      { class: 'note-form' },
      h(doc, 'label', {}, t.text('panel_note'), noteField),
      h(doc, 'label', {}, t.text('panel_tags'), tagsField),
      h(doc, 'button', { class: 'primary' }, t.text('panel_save')),
    );
    form.onsubmit = async (event) => {
      event.preventDefault();
      const answer = await events.annotate(key, noteField.value, tagsField.value);
      // Saved: the form closes, back on its button. Not saved: it stays open with the reader's words in it.
      if ('kept' in answer) {
        editing = null;
        button.focus();
      }
      if (update(answer)) events.announce(events.messages().text('panel_noteSaved'));
    };
    // Typing keys belong to the fields, not to the panel's list navigation; Esc closes the form, back on its button.
    form.onkeydown = (event) => {
      event.stopPropagation();
      if (event.key !== 'Escape') return;
      button.focus();
      button.click();
    };
    return form;
  };

  return {
    update,
    controls: ['keep', 'keep-all', 'open-notebook'],
    head: (doc) => {
      // Outside any form, a button does nothing of its own: no type needed.
      const t = events.messages();
      return h(doc, 'div', { class: 'actions' }, h(doc, 'button', { class: 'keep-all' }, t.text('panel_keepAll')), h(doc, 'button', { class: 'open-notebook' }, t.text('panel_notebook')));
    },
    // Named for its fact (aria-label); the tooltip says what it does, as Copy's does.
    itemControl: (doc) => h(doc, 'button', { class: 'icon-button keep', title: events.messages().text('panel_keepTitle') }),
    item: (item, button, ref: FactRef, name) => {
      const key = factKey(ref.kind, name);
      const isKept = key in kept;
      const t = events.messages();
      button.setAttribute('aria-label', t.text(isKept ? 'panel_keptNote' : 'panel_keep', name));
      // Only a kept fact's button opens something (its note and tags): aria-expanded also marks it kept for the stylesheet.
      if (isKept) {
        button.setAttribute('title', t.text('panel_keptTitle'));
        button.setAttribute('aria-expanded', String(editing === key));
      }
      if (isKept && editing === key) item.append(editor(item.ownerDocument, key, button as HTMLElement));
    },
    click: (control, ref, name) => {
      if (control.classList.contains('keep-all')) return void keep(null);
      if (control.classList.contains('open-notebook')) return events.openNotebook();
      if (!control.classList.contains('keep') || !ref || name === null) return;
      const key = factKey(ref.kind, name);
      if (!(key in kept)) return void keep([key]);
      editing = editing === key ? null : key;
      events.changed();
    },
  };
}
