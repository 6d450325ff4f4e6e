import { useId, useState, type KeyboardEvent } from 'react';
import { searchCatalogue } from './scopeChoice.js';
import { useServiceCatalogue } from './useServiceCatalogue.js';
import './board.css';

/** Enough to choose from while typing, few enough to read at once. */
const SUGGESTIONS = 8;

/**
 * "Services affected" on the declare form: type part of a name, pick from
 * what matches (Enter takes the first), and each choice shows as a chip
 * with its own Remove button. Each comes onto the board with everything
 * it depends on.
 */
export function ServicesPicker({ chosen, onChange }: { readonly chosen: readonly string[]; readonly onChange: (serviceIds: readonly string[]) => void }) {
  const id = useId();
  const catalogue = useServiceCatalogue();
  const [query, setQuery] = useState('');
  const services = catalogue.state === 'loaded' ? catalogue.value.services : [];
  const nameOf = new Map(services.map((service) => [service.serviceId, service.name]));
  const found = searchCatalogue(services, query, SUGGESTIONS, new Set(chosen));

  function add(serviceId: string) {
    onChange([...chosen, serviceId]);
    setQuery('');
    document.getElementById(`${id}-search`)?.focus();
  }

  function remove(serviceId: string, index: number) {
    onChange(chosen.filter((one) => one !== serviceId));
    // The keyboard stays in the chips (the next one, else the search), not on the page's start.
    const next = document.querySelectorAll<HTMLButtonElement>(`#${CSS.escape(`${id}-chips`)} button`)[index + 1] ?? null;
    (next ?? document.getElementById(`${id}-search`))?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    // Enter picks the first match; it never declares from here.
    event.preventDefault();
    event.stopPropagation();
    if (found[0]) add(found[0].serviceId);
  }

  return (
    <div className="services-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>Services affected (optional)</label>
        <input
          id={`${id}-search`}
          type="text"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint`}
          disabled={catalogue.state !== 'loaded'}
        />
        <p id={`${id}-hint`} className="hint">
          {catalogue.state === 'failed'
            ? `The service catalogue could not be read (${catalogue.message}): add services from the incident's Services tab later.`
            : catalogue.state === 'loading'
              ? 'Reading the service catalogue…'
              : 'Type part of a name; Enter picks the first match. Each comes onto the board with everything it depends on.'}
        </p>
      </div>
      {chosen.length > 0 && (
        <ul id={`${id}-chips`} className="services-picker-chips" aria-label="Services affected">
          {chosen.map((serviceId, index) => (
            <li key={serviceId} className="service-chip">
              {nameOf.get(serviceId) ?? serviceId}{' '}
              <button type="button" className="quiet" aria-label={`Remove ${nameOf.get(serviceId) ?? serviceId}`} onClick={() => remove(serviceId, index)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {found.length > 0 && (
        <ul className="services-picker-found" aria-label="Matching services">
          {found.map((service) => (
            <li key={service.serviceId}>
              <button type="button" className="quiet" onClick={() => add(service.serviceId)}>
                Add {service.name}
              </button>{' '}
              <span className="hint">
                {service.team === '' ? '' : `${service.team} · `}tier {service.tier}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
