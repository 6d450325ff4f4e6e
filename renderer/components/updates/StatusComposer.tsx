import { useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { AUDIENCE_LABEL, AUDIENCES, type Audience } from '../../../shared/updates/audience.js';
import { proposedNextUpdateAt } from '../../../shared/updates/due.js';
import { fillTemplate } from '../../../shared/updates/fill.js';
import type { ReporterKit } from '../../../shared/updates/status-template.js';
import { useActions } from '../../store/context.js';
import { parseLocalDateTime, zoneName } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';
import { FormAlert } from '../FormAlert.js';
import { Field } from '../forms/Field.js';
import { draftKey, useStoredDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { TemplateProblems } from './TemplateProblems.js';
import { suggestedTemplate } from '../../../shared/updates/suggested-template.js';
import { localInputValue, spokenDuration, updateTime } from './updateWords.js';
import { AlsoRecordPromise, useAlsoPromise } from '../outreach/promises/AlsoRecordPromise.js';

/**
 * Writing a status update: pick whom it is for and a template prepared in
 * advance, and the text arrives filled in with the incident's live facts
 * (kept live until the reporter edits it), with when the next update will
 * come proposed on the cadence. Ctrl+Enter publishes; Escape closes.
 */
export function StatusComposer({
  incident,
  kit,
  onPublished,
  onClose,
}: {
  readonly incident: IncidentView;
  readonly kit: ReporterKit;
  readonly onPublished: (audience: Audience) => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const scope = draftKey(incident.id, 'status-update');
  const form = useForm('text', scope);
  const id = form.id;
  const now = useNow();
  const formElement = useRef<HTMLFormElement>(null);
  const [audience, setAudience] = useState<Audience>(() => suggestedTemplate(kit.templates, null, incident.status)?.audience ?? 'internal');
  // undefined follows the suggestion for the audience and status; '' is "no template".
  const [templatePick, setTemplatePick] = useState<string | undefined>(undefined);
  // null follows the template and the incident; a string is what the reporter wrote.
  const [draft, setDraft] = useStoredDraft<string | null>(draftKey(scope, 'text'), () => null, (text) => text !== null);
  const [noFurtherPick, setNoFurtherPick] = useState<boolean | null>(null);
  const [nextTyped, setNextTyped] = useState<string | null>(null);
  const alsoPromise = useAlsoPromise(incident.id);

  const offered = kit.templates.filter((template) => template.audience === audience);
  const template =
    templatePick === undefined ? suggestedTemplate(kit.templates, audience, incident.status) : (offered.find((one) => one.id === templatePick) ?? null);
  const noFurther = noFurtherPick ?? incident.status === 'resolved';
  const proposed = proposedNextUpdateAt(incident, kit.cadenceMinutes, now);
  const nextValue = nextTyped ?? localInputValue(proposed);
  const nextParsed = parseLocalDateTime(nextValue);
  const filled =
    template === null
      ? ''
      : fillTemplate(template.body, incident, {
          now,
          nextUpdateAt: noFurther ? null : typeof nextParsed === 'number' ? nextParsed : proposed,
          formatTime: (ms) => updateTime(ms, now),
          formatDuration: spokenDuration,
        });
  const text = draft ?? filled;

  function chooseAudience(chosen: Audience) {
    setAudience(chosen);
    setTemplatePick(undefined);
    setDraft(null);
  }

  function chooseTemplate(chosen: string) {
    setTemplatePick(chosen);
    setDraft(null);
  }

  function publish(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === '') return form.refuse('text', 'Write the update before publishing it.');
    let nextUpdateAt: number | null = null;
    if (!noFurther) {
      if (typeof nextParsed !== 'number') return form.refuse('nextUpdateAt', 'Say when the next update is due (date and time), or tick “No further updates”.');
      if (nextParsed <= Date.now()) return form.refuse('nextUpdateAt', 'The next update must be due in the future.');
      nextUpdateAt = nextParsed;
    }
    form.submit(
      () => actions.publishStatusUpdate({ incidentId: incident.id, audience, text, templateId: template?.id ?? null, nextUpdateAt }),
      (published) => {
        void alsoPromise.recordAfter(published, incident, audience, nextUpdateAt);
        onPublished(audience);
      },
      undefined,
      () => {
        void alsoPromise.recordAfter(null, incident, audience, nextUpdateAt);
        onPublished(audience);
      },
    );
  }

  function keys(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formElement.current?.requestSubmit();
    }
  }

  return (
    <form ref={formElement} className="status-composer" onSubmit={publish} onKeyDown={keys} noValidate aria-label="Write a status update">
      <div className="composer-choices">
        <div className="field">
          <label htmlFor={`${id}-audience`}>Audience</label>
          <select id={`${id}-audience`} value={audience} onChange={(event) => chooseAudience(event.target.value as Audience)} autoFocus>
            {AUDIENCES.map((one) => (
              <option key={one} value={one}>
                {AUDIENCE_LABEL[one]}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-template`}>Template</label>
          <select id={`${id}-template`} value={template?.id ?? ''} onChange={(event) => chooseTemplate(event.target.value)}>
            {offered.map((one) => (
              <option key={one.id} value={one.id}>
                {one.title}
              </option>
            ))}
            <option value="">No template: write it yourself</option>
          </select>
        </div>
      </div>
      <Field
        form={form}
        name="text"
        label="Update text"
        hint={
          <>
            {draft === null && template !== null
              ? `Filled in from the incident and kept up to date until you edit it. `
              : draft !== null && template !== null
                ? 'Edited by you: choosing the template again starts from it afresh. '
                : ''}
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> publishes, <kbd>Esc</kbd> closes.
          </>
        }
      >
        {(control) => <textarea {...control} value={text} onChange={(event) => setDraft(event.target.value)} rows={Math.min(14, Math.max(5, text.split('\n').length + 1))} />}
      </Field>
      <div className="composer-next">
        <Field form={form} name="nextUpdateAt" label={`Next update due (${zoneName(Date.now())})`} describedByAlso={[`${id}-cadence`]}>
          {(control) => (
            <input {...control} type="datetime-local" value={noFurther ? '' : nextValue} onChange={(event) => setNextTyped(event.target.value)} disabled={noFurther} />
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={noFurther} onChange={(event) => setNoFurtherPick(event.target.checked)} />
          No further updates
        </label>
        <p id={`${id}-cadence`} className="hint">
          {incident.severity} cadence: every {spokenDuration(kit.cadenceMinutes[incident.severity] * 60_000)}.
        </p>
      </div>
      {!noFurther && <AlsoRecordPromise also={alsoPromise} audience={audience} nextUpdateAt={nextValue} />}
      <FormAlert id={form.errorId} message={form.message} />
      <div className="form-actions">
        <button type="submit" className="primary" aria-busy={form.pending}>
          Publish to {AUDIENCE_LABEL[audience]}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <TemplateProblems problems={kit.problems} />
    </form>
  );
}
