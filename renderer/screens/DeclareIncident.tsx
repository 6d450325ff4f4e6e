import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { apiParams } from '../../shared/api.js';
import { SEVERITIES, SEVERITY_MEANING } from '../../shared/severity.js';
import type { Severity } from '../../shared/severity.js';
import { FormAlert } from '../components/FormAlert.js';
import { describedBy, refusedValue } from '../components/refusal.js';
import { navigate } from '../navigation/route.js';
import { useActions } from '../store/context.js';

/** A middle severity, easy to raise once the blast radius is known. */
const FIRST_GUESS: Severity = 'SEV3';

const FIELDS = apiParams.declareIncident.shape;

/** The host's sentence, and which fields it was about. */
interface Refusal {
  readonly message: string;
  readonly title: boolean;
  readonly summary: boolean;
}

export function DeclareIncident() {
  const actions = useActions();
  const id = useId();
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState<Severity>(FIRST_GUESS);
  const [summary, setSummary] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const declaring = useRef(false);
  const titleField = useRef<HTMLInputElement>(null);
  const summaryField = useRef<HTMLTextAreaElement>(null);
  const errorId = `${id}-error`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A double Enter must not declare the same outage twice.
    if (declaring.current) return;
    declaring.current = true;
    const result = await actions.declareIncident({ title, severity, summary });
    declaring.current = false;
    if (result.ok) {
      navigate({ screen: 'incident', incidentId: result.value.incidentId });
      return;
    }
    const refused: Refusal = {
      message: result.error.message,
      title: refusedValue(result.error, FIELDS.title, title),
      summary: refusedValue(result.error, FIELDS.summary, summary),
    };
    setRefusal(refused);
    // Back to what needs fixing (the title unless only the summary was refused), instead of the Declare button.
    (refused.summary && !refused.title ? summaryField : titleField).current?.focus();
  }

  return (
    <section className="declare">
      <h1>Declare an incident</h1>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            ref={titleField}
            id={`${id}-title`}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            autoComplete="off"
            aria-required="true"
            aria-invalid={refusal?.title || undefined}
            // The field the keyboard comes back to says what went wrong, whichever field it was about.
            aria-describedby={describedBy(refusal !== null && errorId)}
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
          <textarea
            ref={summaryField}
            id={`${id}-summary`}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            rows={3}
            aria-invalid={refusal?.summary || undefined}
            aria-describedby={describedBy(refusal?.summary && errorId)}
          />
        </div>
        <FormAlert id={errorId} message={refusal?.message ?? null} />
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
