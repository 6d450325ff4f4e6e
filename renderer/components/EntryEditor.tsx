import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { ENTRY_KIND_HINT, ENTRY_KINDS } from '../../shared/events.js';
import type { EntryKind } from '../../shared/events.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useActions } from '../store/context.js';
import { TIMELINE_KIND_LABEL } from '../../shared/projection/views.js';
import { FormAlert } from './FormAlert.js';
import { isEntryKind } from './kindPrefix.js';
import { draftKey, useDraft } from './forms/useDraft.js';
import { useForm } from './forms/useForm.js';

/** Rewording an entry: a new revision, the old one stays in its history. */
export function EntryEditor({ entry, onDone }: { readonly entry: TimelineEntryView; readonly onDone: () => void }) {
  const actions = useActions();
  const scope = draftKey(entry.incidentId, 'entry', entry.id, 'edit');
  const form = useForm('text', scope);
  const id = form.id;
  const [text, setText] = useDraft(draftKey(scope, 'text'), entry.text);
  const [kind, setKind] = useState<EntryKind>(isEntryKind(entry.kind) ? entry.kind : 'note');
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const textarea = field.current;
    textarea?.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  function save(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (text.trim() === entry.text && kind === entry.kind) return onDone();
    form.submit(() => actions.editEntry({ incidentId: entry.incidentId, entryId: entry.id, kind, text, happenedAt: entry.happenedAt }), onDone, undefined, onDone);
  }

  function keys(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    } else if (event.key === 'Enter' && event.target === field.current && !event.shiftKey) {
      event.preventDefault();
      save();
    }
  }

  return (
    <form className="entry-editor" onSubmit={save} onKeyDown={keys} noValidate>
      <textarea
        ref={(element) => {
          field.current = element;
          form.control('text')(element);
        }}
        aria-label="Edit entry"
        aria-invalid={form.invalid('text') || undefined}
        aria-describedby={form.describedBy('text', `${id}-hint`)}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        autoFocus
      />
      <div className="editor-row">
        <label htmlFor={`${id}-kind`}>Kind of entry</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => isEntryKind(event.target.value) && setKind(event.target.value)}>
          {ENTRY_KINDS.map((option) => (
            <option key={option} value={option} title={ENTRY_KIND_HINT[option]}>
              {TIMELINE_KIND_LABEL[option]}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <span id={`${id}-hint`} className="hint">
          Enter or Ctrl+Enter saves, Shift+Enter starts a new line, Escape cancels.
        </span>
      </div>
      <FormAlert id={form.errorId} message={form.message} />
    </form>
  );
}
