import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { SEVERITIES, SEVERITY_MEANING } from '../../shared/severity.js';
import type { Severity } from '../../shared/severity.js';
import { FormAlert } from '../components/FormAlert.js';
import { navigate } from '../navigation/route.js';
import { useActions } from '../store/context.js';

/** A middle severity, easy to raise once the blast radius is known. */
const FIRST_GUESS: Severity = 'SEV3';

export function DeclareIncident() {
  const actions = useActions();
  const id = useId();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>(FIRST_GUESS);
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<string | null>(null);
  const declaring = useRef(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A double Enter must not declare the same outage twice.
    if (declaring.current) return;
    declaring.current = true;
    const result = await actions.declareIncident({ title, severity, summary });
    declaring.current = false;
    if (result.ok) navigate({ screen: 'incident', incidentId: result.value.incidentId });
    else setError(result.error.message);
  }

  return (
    <section className="declare">
      <h1>Declare an incident</h1>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            autoComplete="off"
            aria-required="true"
            autoFocus
          />
        </div>
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
        <div className="field">
          <label htmlFor={`${id}-summary`}>Impact summary</label>
          <textarea id={`${id}-summary`} value={summary} onChange={(event) => setSummary(event.target.value)} rows={3} />
        </div>
        <FormAlert message={error} />
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
