import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/limits.js';
import type { PeerView } from '../../../shared/room/views.js';
import { useActions } from '../../store/context.js';
import { formatFullTime } from '../../time/format.js';
import { formatAgo, formatClockOffset } from '../../time/relative.js';
import { useNow } from '../../time/useNow.js';
import { RemoveDeviceForm } from './RemoveDeviceForm.js';
import { peerName } from './who.js';

const VIA: Readonly<Record<PeerView['via'], string>> = {
  discovered: 'found on the LAN',
  added: 'added by hand',
  incoming: 'called this laptop',
};

/** Every laptop this one knows of in the room: whether it is there, how far apart we are, and what went wrong. */
export function PeerTable({ peers, removed }: { readonly peers: readonly PeerView[]; readonly removed: ReadonlySet<string> }) {
  const id = useId();
  const [removing, setRemoving] = useState<PeerView | null>(null);

  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Peers</h2>
      {peers.length === 0 ? (
        <p className="hint">No peers yet. Laptops in this room show here once they are found, added, or call this one.</p>
      ) : (
        <div className="table-scroll">
          <table className="peer-table" aria-labelledby={`${id}-heading`}>
            <thead>
              <tr>
                <th scope="col">Peer</th>
                <th scope="col">Connection</th>
                <th scope="col">They lack</th>
                <th scope="col">We lack</th>
                <th scope="col">Clock</th>
                <th scope="col">Problem</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {peers.map((peer) => (
                <PeerRow
                  key={peer.device ?? `address:${peer.address}`}
                  peer={peer}
                  removed={peer.device !== null && removed.has(peer.device)}
                  onRemove={() => setRemoving(peer)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removing?.device != null && (
        <RemoveDeviceForm
          key={removing.device}
          device={removing.device}
          who={peerName(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
    </section>
  );
}

function PeerRow({ peer, removed, onRemove }: { readonly peer: PeerView; readonly removed: boolean; readonly onRemove: () => void }) {
  const actions = useActions();
  const name = peerName(peer);
  // A peer not yet heard from is named by its address already.
  const where = [peer.address === name ? null : peer.address, VIA[peer.via]].filter((part) => part !== null).join(', ');
  return (
    <tr>
      <th scope="row">
        {name} <span className="peer-where">{where}</span>
      </th>
      <td>
        <Connection peer={peer} />
      </td>
      <td>{peer.device === null ? '—' : peer.theyLack}</td>
      <td>{peer.device === null ? '—' : peer.weLack}</td>
      <td>
        <ClockOffset offsetMs={peer.clockOffsetMs} />
      </td>
      <td>{peer.problem ?? ''}</td>
      <td className="row-actions">
        {peer.via === 'added' && peer.address !== null && (
          <button type="button" className="quiet" aria-label={`Forget ${peer.address}`} onClick={() => void actions.forgetPeer(peer.address!)}>
            Forget
          </button>
        )}
        {peer.device !== null &&
          (removed ? (
            <span className="hint">Removed</span>
          ) : (
            <button type="button" className="quiet" aria-label={`Remove ${name} from the room`} onClick={onRemove}>
              Remove from room…
            </button>
          ))}
      </td>
    </tr>
  );
}

function Connection({ peer }: { readonly peer: PeerView }) {
  const now = useNow();
  if (peer.online) return <span className="online">● online</span>;
  if (peer.lastSeen === null) return <span className="offline">never reached</span>;
  return (
    <span className="offline" title={formatFullTime(peer.lastSeen)}>
      last seen {formatAgo(peer.lastSeen, now)}
    </span>
  );
}

/** Flagged in words, not by colour alone, when far enough off to confuse "who wrote first". */
function ClockOffset({ offsetMs }: { readonly offsetMs: number | null }) {
  if (offsetMs === null) return <span className="hint">unknown</span>;
  const text = formatClockOffset(offsetMs);
  if (Math.abs(offsetMs) <= LIMITS.clockWarningMs) return <span>{text}</span>;
  return (
    <span className="clock-warning">
      <span aria-hidden="true">⚠ </span>Clock off: {text}
    </span>
  );
}
