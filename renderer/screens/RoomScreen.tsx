import { useMemo } from 'react';
import type { RoomIdentity, RoomView } from '../../shared/room/views.js';
import { CreateRoomForm } from '../components/room/CreateRoomForm.js';
import { HeldBackPanel } from '../components/room/HeldBackPanel.js';
import { InvitePanel } from '../components/room/InvitePanel.js';
import { JoinRoomForms } from '../components/room/JoinRoomForms.js';
import { NewIdentityNote } from '../components/room/NewIdentityNote.js';
import { LeaveRoom } from '../components/room/LeaveRoom.js';
import { PeerTable } from '../components/room/PeerTable.js';
import { RemovedDevicesPanel } from '../components/room/RemovedDevicesPanel.js';
import { RoomFilePanel } from '../components/room/RoomFilePanel.js';
import { SyncingPanel } from '../components/room/SyncingPanel.js';
import { TwoHistoriesPanel } from '../components/room/TwoHistoriesPanel.js';
import { useHoldfast } from '../store/context.js';

/**
 * The room this laptop shares its war room with: joining or creating one,
 * inviting others, the peers and how far apart we are, and the decisions
 * (letting in, removing) that only a person should make.
 */
export function RoomScreen() {
  const view = useHoldfast((state) => state.room);
  if (view === null) {
    return (
      <section className="room-screen">
        <h1>Room</h1>
        <p role="status">Loading the room…</p>
      </section>
    );
  }
  return (
    <section className="room-screen">
      {view.room === null ? <OutOfRoom /> : <InRoom view={view} identity={view.room} />}
      <NewIdentityNote newIdentity={view.newIdentity} />
      <HeldBackPanel heldBack={view.heldBack} />
      <TwoHistoriesPanel twoHistories={view.twoHistories} />
      <RemovedDevicesPanel removed={view.removedDevices} peers={view.peers} />
      <RoomFilePanel />
    </section>
  );
}

function OutOfRoom() {
  return (
    <>
      <h1>Room</h1>
      <p className="intro">
        This laptop is not in a room: what is written here stays here. Create a room and invite the others, or join theirs.
      </p>
      <div className="room-columns">
        <CreateRoomForm />
        <JoinRoomForms />
      </div>
    </>
  );
}

function InRoom({ view, identity }: { readonly view: RoomView; readonly identity: RoomIdentity }) {
  const removed = useMemo(() => new Set(view.removedDevices.map((device) => device.device)), [view.removedDevices]);
  return (
    <>
      <h1>Room: {identity.name}</h1>
      <InvitePanel identity={identity} />
      <SyncingPanel syncing={view.syncing} />
      <PeerTable peers={view.peers} removed={removed} />
      <LeaveRoom roomName={identity.name} />
    </>
  );
}
