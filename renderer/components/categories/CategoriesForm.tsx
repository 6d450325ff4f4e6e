import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CategoryTaxonomyView } from '../../../shared/categories/taxonomy.js';
import type { IncidentCategories } from '../../../shared/projection/category-views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { toggled } from './categoryWords.js';

/**
 * Sets the incident's categories whole: the causes from the categories file,
 * the services affected from the catalogue (found by typing part of a name),
 * and why. What the incident has already that the files no longer list stays
 * offered, ticked, so saving never drops it unseen.
 */
export function CategoriesForm({
  incidentId,
  current,
  taxonomy,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly current: IncidentCategories;
  readonly taxonomy: CategoryTaxonomyView;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const form = useForm('causes');
  const id = form.id;
  const actions = useActions();
  const [causes, setCauses] = useState<readonly string[]>(current.causes);
  const [services, setServices] = useState<readonly string[]>(current.services);
  const [reason, setReason] = useState('');
  const [filter, setFilter] = useState('');

  const offeredCauses = [
    ...taxonomy.causes.filter((cause) => !cause.retired),
    ...current.causes
      .filter((causeId) => !taxonomy.causes.some((cause) => cause.id === causeId && !cause.retired))
      .map((causeId) => ({ id: causeId, name: causeId, description: 'No longer in the categories file; kept while this incident has it.' })),
  ];
  const allServices = [...taxonomy.services, ...current.services.filter((serviceId) => !taxonomy.services.some((service) => service.id === serviceId)).map((serviceId) => ({ id: serviceId, name: serviceId }))];
  const needle = filter.trim().toLocaleLowerCase();
  // Ticked services stay in view whatever is typed, so nothing chosen is hidden.
  const shownServices = allServices.filter((service) => services.includes(service.id) || needle === '' || `${service.name} ${service.id}`.toLocaleLowerCase().includes(needle));

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(() => actions.categoriseIncident({ incidentId, causes: [...causes], services: [...services], reason }), onDone, undefined, onDone);
  }

  return (
    <form className="categories-form" onSubmit={save} onKeyDown={closeOnEscape(onClose)} noValidate aria-label="Set the categories">
      <fieldset className="categories-choice" aria-describedby={form.describedBy('causes')} aria-invalid={form.invalid('causes') || undefined}>
        <legend>Causes</legend>
        {offeredCauses.length === 0 && <p className="hint">The categories file lists no causes.</p>}
        {offeredCauses.map((cause, index) => (
          <div key={cause.id} className="categories-option">
            <input
              ref={index === 0 ? form.control('causes') : undefined}
              type="checkbox"
              id={`${id}-cause-${cause.id}`}
              checked={causes.includes(cause.id)}
              onChange={(event) => setCauses(toggled(causes, cause.id, event.target.checked))}
              aria-describedby={cause.description === '' ? undefined : `${id}-cause-${cause.id}-meaning`}
            />
            <label htmlFor={`${id}-cause-${cause.id}`}>{cause.name}</label>
            {cause.description !== '' && (
              <span id={`${id}-cause-${cause.id}-meaning`} className="hint">
                {cause.description}
              </span>
            )}
          </div>
        ))}
      </fieldset>
      <fieldset className="categories-choice" aria-describedby={form.describedBy('services')} aria-invalid={form.invalid('services') || undefined}>
        <legend>Services affected</legend>
        {allServices.length === 0 ? (
          <p className="hint">This laptop has no service catalogue, so there are no services to choose.</p>
        ) : (
          <>
            <label htmlFor={`${id}-filter`}>Find a service</label>
            <input ref={form.control('services')} id={`${id}-filter`} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} autoComplete="off" aria-describedby={`${id}-filter-count`} />
            <p id={`${id}-filter-count`} className="hint" aria-live="polite">
              {services.length === 0 ? 'None chosen' : `${services.length} chosen`} · {shownServices.length} of {allServices.length} shown
            </p>
            <div className="categories-services">
              {shownServices.map((service) => (
                <div key={service.id} className="categories-option">
                  <input
                    type="checkbox"
                    id={`${id}-service-${service.id}`}
                    checked={services.includes(service.id)}
                    onChange={(event) => setServices(toggled(services, service.id, event.target.checked))}
                  />
                  <label htmlFor={`${id}-service-${service.id}`}>
                    {service.name} <span className="hint">({service.id})</span>
                  </label>
                </div>
              ))}
            </div>
          </>
        )}
      </fieldset>
      <TextField form={form} name="reason" label="Why (optional)" value={reason} onChange={setReason} hint="Say what you learnt, so the next reader knows why they changed." />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Save categories" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
