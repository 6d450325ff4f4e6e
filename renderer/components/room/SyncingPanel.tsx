import { useId } from 'react';
import type { SyncingView } from '../../../shared/room/views.js';
import { AddPeerForm } from './AddPeerForm.js';

const DISCOVERY: Readonly<Record<SyncingView['discovery'], string>> = {
  on: 'LAN discovery is on: laptops in this room on the same network find each other by themselves.',
  off: 'LAN discovery is off on this laptop.',
  unavailable: 'LAN discovery is unavailable on this network (multicast is blocked or there is no network interface for it).',
};

/** Where this laptop listens for the room, whether it finds peers by itself, and adding one by hand. */
export function SyncingPanel({ syncing }: { readonly syncing: SyncingView }) {
  const id = useId();
  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>This laptop on the network</h2>
      {syncing.problem !== null && (
        <p className="warning">
          <strong>Sync is not listening:</strong> {syncing.problem} This laptop can still call the others.
        </p>
      )}
      {syncing.listening && syncing.port !== null && (
        <>
          <p>
            Listening for peers on sync port <strong>{syncing.port}</strong>.
          </p>
          {syncing.addresses.length > 0 ? (
            <>
              <p className="label" id={`${id}-addresses`}>
                Others can add this laptop at:
              </p>
              <ul className="addresses" aria-labelledby={`${id}-addresses`}>
                {syncing.addresses.map((address) => (
                  <li key={address}>
                    <code>{address}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="hint">This laptop has no network address right now.</p>
          )}
        </>
      )}
      <p>
        {DISCOVERY[syncing.discovery]}
        {syncing.discovery !== 'on' && ' Add peers by host:port below (each laptop shows its own above).'}
      </p>
      <AddPeerForm />
    </section>
  );
}
