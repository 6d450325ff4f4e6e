import { useState } from 'react';
import type { FormEvent } from 'react';
import { SEVERITIES, SEVERITY_MEANING } from '../../shared/severity.js';
import type { Severity } from '../../shared/severity.js';
import { FormAlert } from '../components/FormAlert.js';
import { submitOnCtrlEnter } from '../components/forms/submitOnCtrlEnter.js';
import { TextField } from '../components/forms/TextField.js';
import { draftKey, useDraft } from '../components/forms/useDraft.js';
import { useForm } from '../components/forms/useForm.js';
import { ServicesPicker } from '../components/services/board/ServicesPicker.js';
import { navigate } from '../navigation/route.js';
import { useActions } from '../store/context.js';

/** A middle severity, easy to raise once the blast radius is known. */
const FIRST_GUESS: Severity = 'SEV3';

export function DeclareIncident() {
  const actions = useActions();
  // Back to what needs fixing after a refusal (the title unless the host names another field), instead of the Declare button.
  const form = useForm('title', 'declare');
  const id = form.id;
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>(FIRST_GUESS);
  const [summary, setSummary] = useDraft(draftKey('declare', 'summary'));
  const [publicImpact, setPublicImpact] = useDraft(draftKey('declare', 'publicImpact'));
  const [services, setServices] = useState<readonly string[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // One at a time: a double Enter must not declare the same outage twice.
    form.submit(
      () => actions.declareIncident({ title, severity, summary, publicImpact, services: [...services] }),
      (declared) => navigate({ screen: 'incident', incidentId: declared.incidentId }),
    );
  }

  return (
    <section className="declare">
      <h1>Declare an incident</h1>
      {/* Its severity choices are not fields of the kit: Ctrl+Enter sends from them too. */}
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
        <TextField form={form} name="title" label="Title" value={title} onChange={setTitle} required autoFocus />
        <fieldset className="severity-choice" role="radiogroup">
          <legend>Severity</legend>
          {SEVERITIES.map((option) => (
            <div className="radio-row" key={option}>
              <input
                type="radio"
                id={`${id}-${option}`}
                name={`${id}-severity`}
                value={option}
                checked={severity === option}
                onChange={() => setSeverity(option)}
                aria-describedby={`${id}-${option}-meaning`}
              />
              <label htmlFor={`${id}-${option}`} className={`badge severity-${option.toLowerCase()}`}>
                {option}
              </label>
              <span id={`${id}-${option}-meaning`} className="meaning">
                {SEVERITY_MEANING[option]}
              </span>
            </div>
          ))}
        </fieldset>
        <TextField form={form} name="summary" label="Impact summary" hint="For the war room: internal detail is fine here." value={summary} onChange={setSummary} rows={3} />
        <TextField
          form={form}
          name="publicImpact"
          label="Public impact (optional)"
          hint="What customers are told, in their words: customer updates and the status page use this, never the summary above."
          value={publicImpact}
          onChange={setPublicImpact}
          rows={2}
        />
        <ServicesPicker chosen={services} onChange={setServices} />
        <FormAlert id={form.errorId} message={form.message} />
        <div className="form-actions">
          <button type="submit" className="primary">
            Declare
          </button>
          <button type="button" onClick={() => navigate({ screen: 'home' })}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
