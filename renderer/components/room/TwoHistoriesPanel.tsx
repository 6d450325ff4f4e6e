import { useId } from 'react';
import type { TwoHistoriesView } from '../../../shared/room/views.js';
import { shortDevice } from './who.js';

/**
 * Devices whose events came in two histories: a data folder copied in a way
 * it could not tell, both copies writing. Both are kept and shown on every
 * laptop; this says so, so that nobody mistakes one copy's notes for the
 * other's.
 */
export function TwoHistoriesPanel({ twoHistories }: { readonly twoHistories: readonly TwoHistoriesView[] }) {
  const id = useId();
  if (twoHistories.length === 0) return null;
  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Devices with two histories</h2>
      <p>
        Each of these devices signed two different histories: its data folder was copied and both copies wrote. Nothing of
        either is lost or hidden: both are in the timeline on every laptop. The copies take new identities when they restart.
      </p>
      <ul className="two-histories-list">
        {twoHistories.map((twice) => (
          <li key={twice.device}>
            <strong>{shortDevice(twice.device)}</strong>, signed by {twice.people.join(' and ')}: the histories part at its event{' '}
            {twice.fromSeq}; {twice.otherEvents} {twice.otherEvents === 1 ? 'event' : 'events'} of the second history kept beside
            the first.
          </li>
        ))}
      </ul>
    </section>
  );
}
