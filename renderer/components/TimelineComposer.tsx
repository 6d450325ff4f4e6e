import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ENTRY_KIND_HINT, ENTRY_KINDS } from '../../shared/events.js';
import type { EntryKind } from '../../shared/events.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useActions } from '../store/context.js';
import { useClockZone } from '../time/clockSetting.js';
import { parseLocalDateTime, zoneName } from '../time/format.js';
import { TIMELINE_KIND_LABEL } from '../../shared/projection/views.js';
import { FormAlert } from './FormAlert.js';
import { isEntryKind, readKindPrefix } from './kindPrefix.js';
import { isPromiseLine } from '../../shared/outreach/parse-promise-line.js';
import { usePromiseLine } from './outreach/promises/usePromiseLine.js';
import { describedBy } from './forms/describedBy.js';
import { refusedField } from './forms/refusedField.js';
import { draftKey, useDraft } from './forms/useDraft.js';

/** Why the last line did not get through, and which field it was about. */
interface Refusal {
  readonly message: string;
  readonly text: boolean;
  readonly when: boolean;
}

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
  // Kept as a draft: leaving for the post-mortem, or a reload, does not empty the line being typed.
  const [text, setText] = useDraft(draftKey(incidentId, 'timeline'));
  // The kind picked in the selector stays for the next entries; a typed prefix sets it for one entry only.
  const [pickedKind, setPickedKind] = useState<EntryKind>('note');
  const [kind, setKind] = useState<EntryKind>('note');
  const [happenedAt, setHappenedAt] = useState('');
  useClockZone();
  const zone = zoneName(Date.now());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const typedText = useRef(text);
  typedText.current = text;
  const form = useRef<HTMLFormElement>(null);
  const textField = useRef<HTMLInputElement>(null);
  const errorId = `${id}-error`;
  const recordPromiseLine = usePromiseLine(incidentId);

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
    if (isPromiseLine(body)) {
      return recordPromiseLine(body, {
        clear: () => {
          setText('');
          setRefusal(null);
        },
        putBack: () => {
          if (typedText.current === '') setText(text);
        },
        refuse: (message) => setRefusal({ message, text: true, when: false }),
      });
    }
    const moment = parseLocalDateTime(happenedAt);
    if (moment === 'invalid') {
      setRefusal({ message: '"Happened at" is not a date and time. Fix it, or clear it to mean now.', text: false, when: true });
      return;
    }
    const sent = { text, kind, happenedAt };
    // Sent before the field is cleared: clearing draws the composer again, and the line should be on its way first.
    const adding = actions.addEntry({ incidentId, kind, text: body, happenedAt: moment });
    // Clear at once so the next line can be typed while this one is on its way.
    setText('');
    setKind(pickedKind);
    setHappenedAt('');
    setRefusal(null);
    const result = await adding;
    if (result.ok) {
      onAdded(result.value);
      return;
    }
    // Kept in the page's outbox: the timeline shows it as waiting to send, and it goes by itself.
    if (result.error.code === 'queued') return;
    // Put back what did not get through, unless the person has already started the next line.
    const putBack = typedText.current === '';
    if (putBack) {
      setText(sent.text);
      setKind(sent.kind);
      setHappenedAt(sent.happenedAt);
    }
    const refused = putBack ? refusedField(result.error) : null;
    const textRefused = refused === 'text';
    setRefusal({ message: result.error.message, text: textRefused, when: refused === 'happenedAt' });
    // The line to fix is where the keyboard goes (usually it is there already: Enter was pressed in it),
    // unless the person has moved on elsewhere meanwhile.
    const active = document.activeElement;
    if (textRefused && (active === null || active === document.body || form.current?.contains(active))) textField.current?.focus();
  }

  return (
    <form ref={form} className="composer" onSubmit={submit} noValidate>
      <div className="composer-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>Entry kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => pick(event.target.value)} aria-describedby={`${id}-kind-hint`}>
            {ENTRY_KINDS.map((option) => (
              <option key={option} value={option} title={ENTRY_KIND_HINT[option]}>
                {TIMELINE_KIND_LABEL[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-text`}>Add to timeline</label>
          <input
            ref={textField}
            id={`${id}-text`}
            value={text}
            onChange={(event) => type(event.target.value)}
            aria-invalid={refusal?.text || undefined}
            // The field the scribe types in says what went wrong first, whichever field it was about.
            aria-describedby={describedBy(refusal !== null && errorId, `${id}-hint`, `${id}-kind-hint`)}
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
          {/* The zone the typed time is read in: the one the timeline shows (UTC when switched). */}
          <label htmlFor={`${id}-when`}>Happened at ({zone})</label>
          <input
            id={`${id}-when`}
            type="datetime-local"
            step={1}
            value={happenedAt}
            onChange={(event) => setHappenedAt(event.target.value)}
            aria-invalid={refusal?.when || undefined}
            aria-describedby={describedBy(refusal?.when && errorId, `${id}-when-hint`)}
          />
        </div>
        <button type="submit" className="primary">
          Add entry
        </button>
      </div>
      <p className="hint">
        <span id={`${id}-hint`}>
          Enter adds the line; start it with <kbd>/action</kbd>, <kbd>/decision</kbd>, <kbd>/check</kbd> or <kbd>/note</kbd> and a
          space to set the kind, or record a promise with <kbd>/promise 30m Management: ETA for payments</kbd>; Escape leaves the field.
        </span>{' '}
        <span id={`${id}-kind-hint`} className="kind-hint">
          {TIMELINE_KIND_LABEL[kind]}: {ENTRY_KIND_HINT[kind]}.
        </span>
        <span id={`${id}-when-hint`} className="visually-hidden">
          Leave empty for now; fill it in for something written down later.
        </span>
      </p>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
    </form>
  );
}
