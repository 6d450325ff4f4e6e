import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { PartnerView } from '../../shared/projection/views.js';
import { PartnerCard } from '../components/people/PartnerCard.js';
import { PartnerForm } from '../components/people/PartnerForm.js';
import { PARTNER_KIND_LABEL } from '../components/people/partnerKinds.js';
import { SearchBox } from '../components/people/SearchBox.js';
import { partnerMatches } from '../components/people/search.js';
import { useHoldfast } from '../store/context.js';
import '../components/people/people.css';

/**
 * The partner list: providers, banks, vendors and key customers, what each
 * provides, and whom to call there. Engaging one in an incident happens on
 * the incident's own screen.
 */
export function PartnersScreen() {
  const partners = useHoldfast((state) => state.partners);
  const id = useId();
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const wanted = useDeferredValue(query);

  const shown = useMemo(
    () => (partners ?? []).filter((partner) => partnerMatches(partner, PARTNER_KIND_LABEL[partner.kind], wanted)),
    [partners, wanted],
  );

  function doneAdding(saved: PartnerView | null) {
    setAdding(false);
    if (saved && !partnerMatches(saved, PARTNER_KIND_LABEL[saved.kind], query)) setQuery('');
    addButton.current?.focus();
  }

  return (
    <section className="roster-screen" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>Partners</h1>
      <p className="intro">The companies we depend on and serve, and whom to call there when something breaks.</p>
      <div className="roster-toolbar">
        <SearchBox
          id={`${id}-search`}
          label="Search partners"
          hint="By name, kind, what they provide, or a contact's name, role, phone or e-mail. Escape clears."
          value={query}
          onChange={setQuery}
          inputRef={search}
        />
        <button ref={addButton} type="button" className="primary" aria-expanded={adding} onClick={() => setAdding(true)}>
          Add partner
        </button>
      </div>
      {adding && <PartnerForm onDone={doneAdding} />}
      {partners === null ? (
        <p role="status">Loading the partner list…</p>
      ) : (
        <>
          <p role="status" className="roster-count">
            {countLine(partners.length, shown.length, wanted)}
          </p>
          {shown.length > 0 && (
            <ul className="roster-list" aria-label="Partners">
              {shown.map((partner) => (
                <PartnerCard key={partner.id} partner={partner} onDeleted={() => search.current?.focus()} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function countLine(total: number, shown: number, query: string): string {
  if (total === 0) return 'No partners yet. Add the providers, banks, vendors and customers you would call in an outage.';
  const all = `${total} ${total === 1 ? 'partner' : 'partners'}`;
  if (query.trim() === '') return `${all}.`;
  if (shown === 0) return `Nothing matches “${query.trim()}” (${all} on the list).`;
  return `Showing ${shown} of ${all} (“${query.trim()}”).`;
}
