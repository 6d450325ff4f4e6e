/**
 * `holdfast room ...` typed in a terminal while `holdfast serve` runs on the
 * same data folder: the running peer notices the change by itself, starts
 * listening for the new room, calls the peers added, and stops when the
 * room is left. Real processes on 127.0.0.1, no mDNS, every wait bounded.
 */
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostNotice } from '../../../shared/api.js';
import type { RoomView } from '../../../shared/room/views.js';
import { ApiClient } from '../../support/api-client.js';
import { HOLDFAST_BIN, holdfast, lineMatching, type Child } from '../../support/processes.js';
import { OPEN_ADDRESS_LINE } from '../../support/peer-address.js';
import { useScratch } from '../../support/scratch.js';
import { freshRoom, heldIn, useSyncPeers } from '../../support/sync-peers.js';
import { waitUntil } from '../../support/wait.js';

const scratch = useScratch();
const { folders, processes } = scratch;
const { startPeer } = useSyncPeers(scratch);
const clients: ApiClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

interface RoomlessPeer {
  readonly dataDir: string;
  readonly child: Child;
  readonly api: ApiClient;
}

/** `holdfast serve` on a fresh folder in no room yet, with a browser's API connection to it. */
async function roomlessPeer(): Promise<RoomlessPeer> {
  const dataDir = folders.make();
  const child = processes.startNode([
    HOLDFAST_BIN, 'serve', '--data', dataDir, '--port', '0', '--listen', '127.0.0.1', '--no-discovery', '--sync-port', '0',
  ]);
  const [, url] = await lineMatching(child.stdout, OPEN_ADDRESS_LINE, 'the peer to print its address');
  await lineMatching(child.stdout, /^Not in a room yet/, 'the peer to say it is in no room');
  const api = await ApiClient.connect(url!, { origin: new URL(url!).origin });
  clients.push(api);
  return { dataDir, child, api };
}

/** `holdfast ARGS` typed at that laptop's terminal, on the folder the peer runs on. */
async function terminal(peer: RoomlessPeer, ...args: string[]): Promise<void> {
  const run = await holdfast([...args, '--data', peer.dataDir]);
  expect(run.code, `holdfast ${args.join(' ')}: ${run.stderr}`).toBe(0);
}

/** Waits for the room as the peer's screen is next told of it (a 'room' notice pushed after now) to match. */
function nextRoomShown(peer: RoomlessPeer, matches: (view: RoomView) => boolean, what: string): Promise<RoomView> {
  const from = peer.api.notices.length;
  const shown = (notice: HostNotice) => (notice.type === 'room' && matches(notice.room) ? notice.room : undefined);
  return waitUntil(() => peer.api.notices.slice(from).map(shown).find(Boolean), { what, timeoutMs: 10_000 });
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('a room changed from the terminal while the headless peer runs', () => {
  it('joining and adding a peer start syncing with no restart; leaving stops it', async () => {
    const room = freshRoom('Checkout outage');
    const ana = await startPeer({ label: 'Ana', room });
    await ana.terminal('declare', 'Card payments fail in EU', '--severity', 'SEV1');
    const bo = await roomlessPeer();

    const joined = nextRoomShown(bo, (view) => view.room?.name === room.name && view.syncing.listening, "Bo's screen to show the room joined");
    await terminal(bo, 'room', 'join', '--name', room.name, '--secret', room.secret);
    await lineMatching(bo.child.stdout, /^sync: listening for peers of room "Checkout outage" on port \d+$/, 'Bo to listen for the room joined');
    await joined;

    await terminal(bo, 'room', 'add-peer', ana.syncAddress);
    const boHolds = await waitUntil(
      () => {
        const held = heldIn(bo.dataDir);
        return held.incidentIds.size > 0 ? held : undefined;
      },
      { what: "Ana's incident to reach Bo, who was told of Ana only from the terminal", timeoutMs: 15_000 },
    );
    expect([...boHolds.incidentIds]).toEqual([...heldIn(ana.dataDir).incidentIds]);

    const left = nextRoomShown(bo, (view) => view.room === null && !view.syncing.listening, 'Bo to stop listening once the room is left');
    await terminal(bo, 'room', 'leave');
    await left;
  });

  it('a room created there is listened for, a peer added is called and a peer forgotten is no longer listed', async () => {
    const peer = await roomlessPeer();
    const unreachable = `127.0.0.1:${await closedPort()}`;

    await terminal(peer, 'room', 'create', 'DNS outage', '--no-qr');
    await lineMatching(peer.child.stdout, /^sync: listening for peers of room "DNS outage" on port \d+$/, 'the peer to listen for the room created');

    const listed = nextRoomShown(peer, (view) => view.peers.some((shown) => shown.address === unreachable), "the peer's screen to list the address added");
    await terminal(peer, 'room', 'add-peer', unreachable);
    await lineMatching(peer.child.stdout, new RegExp(`^sync: calling ${unreachable}: `), 'the peer to call the address added');
    await listed;

    const forgotten = nextRoomShown(
      peer,
      (view) => view.room?.name === 'DNS outage' && view.syncing.listening && !view.peers.some((shown) => shown.address === unreachable),
      'the forgotten address to leave the list, the room still listened for',
    );
    await terminal(peer, 'room', 'forget-peer', unreachable);
    await forgotten;
  });
});
