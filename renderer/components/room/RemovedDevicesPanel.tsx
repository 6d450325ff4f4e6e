import { useId } from 'react';
import type { PeerView, RemovedDeviceView } from '../../../shared/room/views.js';
import { formatFullTime } from '../../time/format.js';
import { deviceName } from './who.js';

/**
 * Devices put out of the room, by whom and why: the room's record of that
 * decision. A removal stops what a device writes next; what the room held
 * of it stays, as far as any laptop that held it said (device-removals.ts).
 */
export function RemovedDevicesPanel({
  removed,
  peers,
}: {
  readonly removed: readonly RemovedDeviceView[];
  readonly peers: readonly PeerView[];
}) {
  const id = useId();
  // A device that never got an event into the log here is still known by who its peer said it was.
  const peerPerson = (device: string) => peers.find((peer) => peer.device === device)?.person ?? null;
  if (removed.length === 0) return null;
  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Removed devices</h2>
      <div className="table-scroll">
        <table aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">Removed by</th>
              <th scope="col">Reason</th>
              <th scope="col">When</th>
              <th scope="col">Its past kept</th>
            </tr>
          </thead>
          <tbody>
            {removed.map((device) => (
              <tr key={device.device}>
                <th scope="row">{deviceName(device.device, device.person ?? peerPerson(device.device))}</th>
                <td>{device.removedBy}</td>
                <td>{device.reason}</td>
                <td>
                  <time dateTime={new Date(device.at).toISOString()}>{formatFullTime(device.at)}</time>
                </td>
                <td>{device.keptUpToSeq === 0 ? 'nothing it wrote reached the room' : `its first ${device.keptUpToSeq} ${device.keptUpToSeq === 1 ? 'event' : 'events'}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
