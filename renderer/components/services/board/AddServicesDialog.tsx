import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ServiceBoardView } from '../../../../shared/projection/board-views.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { FileProblems } from '../../runbooks/FileProblems.js';
import { SubmitOrCancel } from '../../forms/SubmitOrCancel.js';
import { useForm } from '../../forms/useForm.js';
import { ModalDialog } from './ModalDialog.js';
import { catalogueMatches, describeScopeCount, scopeCount } from './scopeChoice.js';
import { useServiceCatalogue } from './useServiceCatalogue.js';

/**
 * Bringing services onto the board from the catalogue: narrowed by tier,
 * team or words typed, chosen one by one or all those shown at once, each
 * bringing everything it depends on unless unticked; it says how many will
 * come in before anything is sent.
 */
export function AddServicesDialog({ incidentId, board, onClose }: { readonly incidentId: string; readonly board: ServiceBoardView; readonly onClose: () => void }) {
  const actions = useActions();
  const catalogue = useServiceCatalogue();
  const id = useId();
  const form = useForm('query');
  const [query, setQuery] = useState('');
  const [team, setTeam] = useState('');
  const [tier, setTier] = useState<number | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [withDependencies, setWithDependencies] = useState(true);
  const inScope = useMemo(() => new Set(board.services.map((service) => service.id)), [board]);
  const services = catalogue.state === 'loaded' ? catalogue.value.services : [];
  const shown = services.filter((service) => catalogueMatches(service, { query, team, tier }));
  const choosable = shown.filter((service) => !inScope.has(service.serviceId));
  const count = scopeCount([...chosen], withDependencies, services, inScope);

  function toggle(serviceId: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(serviceId);
    else next.delete(serviceId);
    setChosen(next);
    form.clear();
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (count.total === 0) {
      form.refuse('query', chosen.size === 0 ? 'Choose at least one service to add.' : 'Everything chosen is on the board already.');
      return;
    }
    form.submit(() => actions.scopeServices({ incidentId, serviceIds: [...chosen], withDependencies, reason: '' }), onClose);
  }

  return (
    <ModalDialog title="Add services to the board" className="add-services" onClose={onClose}>
      {catalogue.state === 'loading' && <p role="status">Reading the service catalogue…</p>}
      {catalogue.state === 'failed' && <p className="alert">The service catalogue could not be read: {catalogue.message}</p>}
      {catalogue.state === 'loaded' && (
        <FileProblems problems={catalogue.value.problems} headingId={`${id}-problems`} heading="Catalogue entries that could not be loaded" rest="every other service loaded" />
      )}
      {catalogue.state === 'loaded' && (
        <form onSubmit={add} noValidate aria-label="Choose services">
          <div className="add-services-filters">
            <div className="field grow">
              <label htmlFor={`${form.id}-query`}>Search the catalogue</label>
              <input
                id={`${form.id}-query`}
                ref={form.control('query')}
                type="text"
                autoComplete="off"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={(event) => {
                  // Enter narrows the list; the Add button sends.
                  if (event.key === 'Enter') event.preventDefault();
                }}
                aria-describedby={form.describedBy('query')}
                autoFocus
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-team`}>Team</label>
              <select id={`${id}-team`} value={team} onChange={(event) => setTeam(event.target.value)}>
                <option value="">Every team</option>
                {catalogue.value.teams.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-tier`}>Tier</label>
              <select id={`${id}-tier`} value={tier === null ? '' : String(tier)} onChange={(event) => setTier(event.target.value === '' ? null : Number(event.target.value))}>
                <option value="">Every tier</option>
                {catalogue.value.tiers.map((one) => (
                  <option key={one.tier} value={String(one.tier)}>
                    {one.name === `Tier ${one.tier}` ? one.name : `Tier ${one.tier}: ${one.name}`}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="add-services-bulk">
            <button type="button" disabled={choosable.length === 0} onClick={() => setChosen(new Set([...chosen, ...choosable.map((service) => service.serviceId)]))}>
              Choose all {choosable.length} shown
            </button>
            <button type="button" disabled={chosen.size === 0} onClick={() => setChosen(new Set())}>
              Clear the choice
            </button>
          </div>
          <fieldset className="add-services-list">
            <legend>
              Services ({shown.length} of {services.length} shown)
            </legend>
            {shown.length === 0 && <p>No service in the catalogue matches.</p>}
            <ul>
              {shown.map((service) => {
                const already = inScope.has(service.serviceId);
                return (
                  <li key={service.serviceId}>
                    <label className={already ? 'on-board' : undefined}>
                      <input
                        type="checkbox"
                        checked={already || chosen.has(service.serviceId)}
                        disabled={already}
                        onChange={(event) => toggle(service.serviceId, event.target.checked)}
                      />{' '}
                      <span className="add-service-name">{service.name}</span>{' '}
                      <span className="add-service-meta">
                        {[service.team, `tier ${service.tier}`, service.dependsOn.length > 0 ? `depends on ${service.dependsOn.length}` : null, already ? 'on the board' : null]
                          .filter((part) => part !== null && part !== '')
                          .join(' · ')}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <label className="add-services-dependencies">
            <input type="checkbox" checked={withDependencies} onChange={(event) => setWithDependencies(event.target.checked)} /> And everything it depends on
          </label>
          <p role="status" className="add-services-count">
            {describeScopeCount(count)}
          </p>
          <FormAlert id={form.errorId} message={form.message} />
          <SubmitOrCancel submit={count.total === 0 ? 'Add services' : `Add ${count.total} service${count.total === 1 ? '' : 's'}`} pending={form.pending} onCancel={onClose} />
        </form>
      )}
    </ModalDialog>
  );
}
