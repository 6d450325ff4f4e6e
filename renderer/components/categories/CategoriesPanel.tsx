import { useId, useState } from 'react';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { formatFullTime } from '../../time/format.js';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import { CategoriesForm } from './CategoriesForm.js';
import { causesText, servicesText } from './categoryWords.js';
import { useTaxonomy } from './useTaxonomy.js';
import './categories.css';

/**
 * What set the incident off and what it hit, as the room has it now, with
 * every earlier setting below (who, when, why), and the form to change
 * them at any time: in the war room's dialog and in the post-mortem alike.
 */
export function CategoriesPanel({ incident, className, titled = true }: { readonly incident: IncidentView; readonly className?: string; readonly titled?: boolean }) {
  const id = useId();
  const { causes, services, history } = incident.categories;
  const { taxonomy, failed } = useTaxonomy(String(history.length));
  const [editing, setEditing] = useState(false);
  const { target: openButton, focusWhenBack } = useFocusAfterClose<HTMLButtonElement>();
  const set = history.length > 0;

  function close() {
    setEditing(false);
    focusWhenBack();
  }

  return (
    <section className={`categories-panel${className ? ` ${className}` : ''}`} {...(titled ? { 'aria-labelledby': `${id}-heading` } : { 'aria-label': 'Categories' })}>
      {/* In a dialog the dialog's own heading names it. */}
      {titled && <h2 id={`${id}-heading`}>Categories</h2>}
      {set ? (
        <dl className="categories-now">
          <dt>Causes</dt>
          <dd>{causesText(causes, taxonomy)}</dd>
          <dt>Services affected</dt>
          <dd>{servicesText(services, taxonomy)}</dd>
        </dl>
      ) : (
        <p className="hint">Not categorised yet. Choose what set it off and what it hit, so trends across incidents count it; change it any time.</p>
      )}
      {failed !== null && <p className="alert">Cannot read the categories file: {failed}</p>}
      {taxonomy.problems.length > 0 && (
        <details className="categories-problems">
          <summary>
            ⚠ {taxonomy.problems.length === 1 ? 'One cause in the categories file was' : `${taxonomy.problems.length} problems in the categories file: causes were`} left out
          </summary>
          <ul>
            {taxonomy.problems.map((problem) => (
              <li key={formatProblem(problem)}>{formatProblem(problem)}</li>
            ))}
          </ul>
        </details>
      )}
      {editing ? (
        <CategoriesForm incidentId={incident.id} current={incident.categories} taxonomy={taxonomy} onDone={close} onClose={close} />
      ) : (
        <button ref={openButton} type="button" onClick={() => setEditing(true)}>
          {set ? 'Change categories' : 'Set categories'}
        </button>
      )}
      {set && (
        <>
          <h3 className="categories-history-heading" id={`${id}-history`}>
            History of the categories
          </h3>
          <ol className="categories-history" aria-labelledby={`${id}-history`} reversed>
            {[...history].reverse().map((setting, index) => (
              <li key={`${setting.at}-${setting.by}-${index}`}>
                <p>
                  <strong>{setting.causes.length === 0 && setting.services.length === 0 ? 'Cleared' : causesText(setting.causes, taxonomy)}</strong>
                  {setting.services.length > 0 && <> · services: {servicesText(setting.services, taxonomy)}</>}
                </p>
                <p className="hint">
                  Set by {setting.by} at{' '}
                  <time dateTime={new Date(setting.at).toISOString()}>{formatFullTime(setting.at)}</time>
                  {setting.reason === '' ? ' · no reason given' : <> · why: {setting.reason}</>}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
