import { useId, useState } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import type { PersonView } from '../../../../shared/projection/views.js';
import { formatClock } from '../../../time/format.js';
import { planState, stateWord } from './planWords.js';
import { reachBy, type ReadyTeamOffer } from './readyTeams.js';
import { StartRestoring } from './StartRestoring.js';

/** How many people of a team are named before "and N more": the on-call ones are always named. */
const NAMED_PEOPLE = 3;
/** How many of a team's ready services show before "Show N more": 23 ready across ten teams must not push the layers out of reach. */
const SHOWN_SERVICES = 3;

/** What can start now, offered team by team with the people to call. */
export function ReadyToStart({ incidentId, offers, count, now }: { readonly incidentId: string; readonly offers: readonly ReadyTeamOffer[]; readonly count: number; readonly now: number }) {
  const id = useId();
  return (
    <section className="plan-part plan-ready" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Ready to start ({count})</h3>
      {offers.length === 0 ? (
        <p className="plan-quiet">
          {count === 0 ? 'Nothing is ready to start: everything left waits on something not yet verified up.' : 'Nothing ready for this team or tier.'}
        </p>
      ) : (
        <ul className="ready-teams">
          {offers.map((offer) => (
            <li key={offer.team}>
              <ReadyTeam incidentId={incidentId} offer={offer} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReadyTeam({ incidentId, offer, now }: { readonly incidentId: string; readonly offer: ReadyTeamOffer; readonly now: number }) {
  const id = useId();
  const [all, setAll] = useState(false);
  const shown = all ? offer.services : offer.services.slice(0, SHOWN_SERVICES);
  const more = offer.services.length - SHOWN_SERVICES;
  return (
    <section className="ready-team" aria-labelledby={`${id}-team`}>
      <h4 id={`${id}-team`}>
        {offer.label} <span className="plan-quiet">· {offer.services.length} ready</span>
      </h4>
      <TeamPeople offer={offer} />
      <ul className="ready-services">
        {shown.map((service) => (
          <li key={service.id} className="ready-service">
            <ReadyService incidentId={incidentId} service={service} now={now} />
          </li>
        ))}
      </ul>
      {/* A toggle, not a button that vanishes: the keyboard stays where it was. */}
      {more > 0 && (
        <button type="button" className="quiet ready-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show only the first ${SHOWN_SERVICES} for ${offer.label}` : `Show ${more} more ready for ${offer.label}`}
        </button>
      )}
    </section>
  );
}

function TeamPeople({ offer }: { readonly offer: ReadyTeamOffer }) {
  if (offer.nobody !== null) return <p className="ready-nobody">{offer.nobody}</p>;
  if (offer.people.length === 0) return null;
  const named = offer.people.filter((person, index) => person.onCall || index < NAMED_PEOPLE);
  const more = offer.people.length - named.length;
  return (
    <ul className="ready-people" aria-label={`People of ${offer.label} on the roster`}>
      {named.map((person) => (
        <li key={person.id}>
          <TeamPerson person={person} />
        </li>
      ))}
      {more > 0 && <li className="plan-quiet">and {more} more on the roster</li>}
    </ul>
  );
}

function TeamPerson({ person }: { readonly person: PersonView }) {
  const reach = reachBy(person);
  return (
    <>
      {person.onCall && <span className="on-call">On call: </span>}
      <strong>{person.name}</strong>
      {reach !== '' && <span className="plan-quiet"> · {reach}</span>}
    </>
  );
}

function ReadyService({ incidentId, service, now }: { readonly incidentId: string; readonly service: ServiceView; readonly now: number }) {
  const state = planState(service, now);
  const check = service.lastCheck;
  return (
    <>
      <div className="ready-line">
        <strong className="ready-name">{service.name}</strong>
        <span className={`plan-state state-${state}`}>{stateWord(state)}</span>
        {state === 'restoring' && check !== null ? (
          <span className="plan-quiet">
            {check.by} started at {formatClock(check.at)}
          </span>
        ) : state === 'awaiting' ? (
          <span className="plan-quiet">a second person confirms it on the board</span>
        ) : (
          <StartRestoring incidentId={incidentId} service={service} />
        )}
      </div>
      {service.check !== '' && <p className="ready-check">Check by hand: {service.check}</p>}
    </>
  );
}
