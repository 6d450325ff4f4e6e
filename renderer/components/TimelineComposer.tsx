import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ENTRY_KIND_HINT, ENTRY_KINDS } from '../../shared/events.js';
import type { EntryKind } from '../../shared/events.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useActions } from '../store/context.js';
import { parseLocalDateTime } from '../time/format.js';
import { KIND_LABEL } from './Badges.js';
import { FormAlert } from './FormAlert.js';
import { isEntryKind, readKindPrefix } from './kindPrefix.js';

/**
 * The one place people write to the timeline. Enter adds and clears, and
 * the field keeps focus, so a scribe can keep typing as things happen.
 */
export function TimelineComposer({
  incidentId,
  onAdded,
}: {
  readonly incidentId: string;
  readonly onAdded: (entry: TimelineEntryView) => void;
}) {
  const actions = useActions();
  const id = useId();
  const [text, setText] = useState('');
  // The kind picked in the selector stays for the next entries; a typed prefix sets it for one entry only.
  const [pickedKind, setPickedKind] = useState<EntryKind>('note');
  const [kind, setKind] = useState<EntryKind>('note');
  const [happenedAt, setHappenedAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const typedText = useRef(text);
  typedText.current = text;

  function type(value: string) {
    const prefixed = readKindPrefix(value);
    if (prefixed) {
      setKind(prefixed.kind);
      setText(prefixed.text);
    } else {
      setText(value);
    }
  }

  function pick(value: string) {
    if (!isEntryKind(value)) return;
    setPickedKind(value);
    setKind(value);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = text.trim();
    if (body === '') return;
    const moment = parseLocalDateTime(happenedAt);
    if (moment === 'invalid') {
      setError('"Happened at" is not a date and time. Fix it, or clear it to mean now.');
      return;
    }
    const sent = { text, kind, happenedAt };
    // Clear at once so the next line can be typed while this one is on its way.
    setText('');
    setKind(pickedKind);
    setHappenedAt('');
    setError(null);
    const result = await actions.addEntry({ incidentId, kind, text: body, happenedAt: moment });
    if (result.ok) {
      onAdded(result.value);
      return;
    }
    setError(result.error.message);
    // Put back what did not get through, unless the person has already started the next line.
    if (typedText.current === '') {
      setText(sent.text);
      setKind(sent.kind);
      setHappenedAt(sent.happenedAt);
    }
  }

  return (
    <form className="composer" onSubmit={submit} noValidate>
      <div className="composer-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Entry kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => pick(event.target.value)} aria-describedby={`${id}-kind-hint`}>
            {ENTRY_KINDS.map((option) => (
              <option key={option} value={option} title={ENTRY_KIND_HINT[option]}>
                {KIND_LABEL[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-text`}>Add to timeline</label>
          <input
            id={`${id}-text`}
            value={text}
            onChange={(event) => type(event.target.value)}
            aria-describedby={`${id}-hint ${id}-kind-hint`}
            autoComplete="off"
            placeholder="What happened? Enter adds it."
            onKeyDown={(event) => {
              // Leaves the field so single-key shortcuts (N) work again.
              if (event.key === 'Escape') event.currentTarget.blur();
            }}
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-when`}>Happened at</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            step={1}
            value={happenedAt}
            onChange={(event) => setHappenedAt(event.target.value)}
            aria-describedby={`${id}-when-hint`}
          />
        </div>
        <button type="submit" className="primary">
          Add entry
        </button>
      </div>
      <p className="hint">
        <span id={`${id}-hint`}>
          Enter adds the line; start it with <kbd>/action</kbd>, <kbd>/decision</kbd>, <kbd>/check</kbd> or <kbd>/note</kbd> and a
          space to set the kind; Escape leaves the field.
        </span>{' '}
        <span id={`${id}-kind-hint`} className="kind-hint">
          {KIND_LABEL[kind]}: {ENTRY_KIND_HINT[kind]}.
        </span>
        <span id={`${id}-when-hint`} className="visually-hidden">
          Leave empty for now; fill it in for something written down later.
        </span>
      </p>
      <FormAlert message={error} />
    </form>
  );
}
