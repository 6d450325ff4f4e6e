/**
 * LAN discovery over real multicast on the loopback interface. Each test
 * gets its own free UDP port instead of 5353, so tests cannot hear each
 * other, a real mDNS responder, or the LAN. Binding to 127.0.0.1 itself
 * would filter out multicast-addressed packets, hence bind 0.0.0.0 and join
 * the group on lo. "Not reported" is only asserted after an observer has
 * heard the very announcement in question, so those checks can fail.
 */
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import Bonjour from 'bonjour-service';
import { afterEach, describe, expect, it } from 'vitest';
import {
  startDiscovery,
  type DiscoveredPeer,
  type Discovery,
  type DiscoveryOptions,
} from '../../../electron/sync/discovery.js';

const WAIT_MS = 4_000;

const newDevice = () => randomBytes(32).toString('base64url');
const newRoom = () => randomBytes(16).toString('base64url');

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A UDP port nobody is using right now, for one test's mDNS traffic. */
async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(resolve));
  return port;
}

const loopback = (port: number) => ({ interface: '127.0.0.1', bind: '0.0.0.0', loopback: true, port });

async function waitFor(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// One more beat after the observer heard a packet, for the same multicast
// delivery to reach every other socket on lo.
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

interface Laptop {
  readonly device: string;
  readonly port: number;
  readonly found: DiscoveredPeer[];
  readonly lost: string[];
  readonly lines: string[];
  readonly discovery: Discovery;
}

function laptop(mdnsPort: number, overrides: Partial<DiscoveryOptions> = {}): Laptop {
  const found: DiscoveredPeer[] = [];
  const lost: string[] = [];
  const lines: string[] = [];
  const device = overrides.device ?? newDevice();
  const port = overrides.port ?? 40_000 + Math.floor(Math.random() * 20_000);
  const discovery = startDiscovery({
    roomTag: 'unset',
    onFound: (peer) => found.push(peer),
    onLost: (gone) => lost.push(gone),
    log: (line) => lines.push(line),
    mdns: loopback(mdnsPort),
    ...overrides,
    device,
    port,
  });
  cleanups.push(() => discovery.stop());
  return { device, port, found, lost, lines, discovery };
}

/** A plain bonjour-service instance on the same wire, to listen in or to announce what Holdfast never would. */
function rawBonjour(mdnsPort: number) {
  const bonjour = new Bonjour(loopback(mdnsPort));
  const heard: Bonjour.Service[] = [];
  bonjour.find({ type: 'holdfast' }, (service) => heard.push(service));
  cleanups.push(async () => {
    await new Promise<void>((resolve) => bonjour.unpublishAll(() => resolve()));
    await new Promise<void>((resolve) => bonjour.destroy(() => resolve()));
  });
  const hasHeard = (name: string) => heard.some((service) => service.name === name);
  return { bonjour, heard, hasHeard };
}

describe('LAN discovery', () => {
  it('two laptops in the same room find each other, each with the other’s device and sync port, never itself', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const bo = laptop(mdns, { roomTag: room });
    const observer = rawBonjour(mdns);

    await waitFor('both to find each other', () => ana.found.length > 0 && bo.found.length > 0);
    await waitFor('the observer to hear both', () => observer.heard.length === 2);
    await settle();

    // The referer (the packet's source) wins over the A records, which here name eth0's address.
    expect(ana.found).toEqual([{ host: '127.0.0.1', port: bo.port, device: bo.device }]);
    expect(bo.found).toEqual([{ host: '127.0.0.1', port: ana.port, device: ana.device }]);
    expect(ana.lines).toContain(`LAN discovery started, announcing port ${ana.port}`);
    expect(ana.lines).toContain(`LAN discovery found ${bo.device.slice(0, 12)} at 127.0.0.1:${bo.port}`);
    expect(ana.lost).toEqual([]);
  });

  it('announces the service type, an instance name from the device, and TXT v, room and device only', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const observer = rawBonjour(mdns);

    await waitFor('the observer to hear Ana', () => observer.heard.length === 1);
    const [service] = observer.heard;
    expect(service?.type).toBe('holdfast');
    expect(service?.protocol).toBe('tcp');
    expect(service?.name).toBe(`holdfast-${ana.device.slice(0, 12)}`);
    expect(service?.port).toBe(ana.port);
    expect(service?.txt).toEqual({ v: '1', room, device: ana.device });
  });

  it('a laptop in another room is heard on the wire but not reported', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const stranger = laptop(mdns, { roomTag: newRoom() });
    const bo = laptop(mdns, { roomTag: room });
    const observer = rawBonjour(mdns);

    await waitFor('Ana to find Bo', () => ana.found.length > 0);
    // Each hears the other's announcement on its own: under load Bo may not have yet when Ana has.
    await waitFor('Bo to find Ana', () => bo.found.length > 0);
    await waitFor('the observer to hear the stranger', () =>
      observer.hasHeard(`holdfast-${stranger.device.slice(0, 12)}`),
    );
    await settle();

    expect(ana.found.map((peer) => peer.device)).toEqual([bo.device]);
    expect(bo.found.map((peer) => peer.device)).toEqual([ana.device]);
    expect(stranger.found).toEqual([]);
  });

  it('ignores malformed announcements: bad device ids, unknown TXT version, missing fields, port 0', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const { bonjour, hasHeard } = rawBonjour(mdns);
    const good = newDevice();
    const bad: Record<string, Record<string, string>> = {
      short: { v: '1', room, device: good.slice(1) },
      long: { v: '1', room, device: `${good}A` },
      badchars: { v: '1', room, device: `${good.slice(1)}.` },
      version: { v: '2', room, device: newDevice() },
      noversion: { room, device: newDevice() },
      nodevice: { v: '1', room },
      noroom: { v: '1', device: newDevice() },
      empty: {},
    };
    for (const [name, txt] of Object.entries(bad)) bonjour.publish({ name, type: 'holdfast', port: 4100, txt });
    // publish() refuses port 0, yet the records are only built when the
    // announcement goes out (after probing), so a hostile SRV port is still possible.
    const zero = bonjour.publish({ name: 'portzero', type: 'holdfast', port: 4101, txt: { v: '1', room, device: newDevice() } });
    zero.port = 0;
    bonjour.publish({ name: 'good', type: 'holdfast', port: 4102, txt: { v: '1', room, device: good } });

    await waitFor('the observer to hear every announcement', () =>
      [...Object.keys(bad), 'portzero', 'good'].every(hasHeard),
    );
    await waitFor('Ana to find the good one', () => ana.found.length > 0);
    await settle();

    expect(ana.found).toEqual([{ host: '127.0.0.1', port: 4102, device: good }]);
  });

  it('reports one device at one host and port once, however many times it is announced', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const { bonjour, hasHeard } = rawBonjour(mdns);
    const device = newDevice();
    const txt = { v: '1', room, device };
    bonjour.publish({ name: 'twin-a', type: 'holdfast', port: 4200, txt });
    bonjour.publish({ name: 'twin-b', type: 'holdfast', port: 4200, txt });

    await waitFor('the observer to hear both twins', () => hasHeard('twin-a') && hasHeard('twin-b'));
    await settle();
    expect(ana.found).toEqual([{ host: '127.0.0.1', port: 4200, device }]);

    // The same device on another port is somewhere new to try.
    bonjour.publish({ name: 'moved', type: 'holdfast', port: 4201, txt });
    await waitFor('Ana to find the new port', () => ana.found.length === 2);
    expect(ana.found[1]).toEqual({ host: '127.0.0.1', port: 4201, device });
  });

  it('reports a peer lost when it says goodbye, and found again when it comes back', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const bo = laptop(mdns, { roomTag: room });
    await waitFor('Ana to find Bo', () => ana.found.length === 1);

    await bo.discovery.stop();
    await waitFor('Ana to lose Bo', () => ana.lost.length === 1);
    expect(ana.lost).toEqual([bo.device]);

    laptop(mdns, { roomTag: room, device: bo.device, port: bo.port });
    await waitFor('Ana to find Bo again', () => ana.found.length === 2);
    expect(ana.found[1]).toEqual({ host: '127.0.0.1', port: bo.port, device: bo.device });
  });

  it('stop() may be called twice, and a stopped laptop reports nothing more', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, { roomTag: room });
    const observer = rawBonjour(mdns);
    await waitFor('the observer to hear Ana', () => observer.heard.length === 1);

    const first = ana.discovery.stop();
    const second = ana.discovery.stop();
    await expect(Promise.all([first, second])).resolves.toBeDefined();
    await expect(ana.discovery.stop()).resolves.toBeUndefined();

    const bo = laptop(mdns, { roomTag: room });
    await waitFor('the observer to hear Bo', () => observer.hasHeard(`holdfast-${bo.device.slice(0, 12)}`));
    await settle();
    expect(ana.found).toEqual([]);
  });

  it('a listener that throws is logged, not left to kill the process', async () => {
    const mdns = await freeUdpPort();
    const room = newRoom();
    const ana = laptop(mdns, {
      roomTag: room,
      onFound: () => {
        throw new Error('listener bug');
      },
    });
    laptop(mdns, { roomTag: room });
    await waitFor('the failure to be logged', () => ana.lines.some((line) => line.includes('listener bug')));
  });

  describe('when multicast cannot be used', () => {
    it('an interface address this machine does not have logs one "unavailable" line and stops cleanly', async () => {
      const lines: string[] = [];
      const discovery = startDiscovery({
        roomTag: newRoom(),
        device: newDevice(),
        port: 4300,
        onFound: () => {},
        log: (line) => lines.push(line),
        mdns: { interface: '203.0.113.77', port: await freeUdpPort() },
      });
      cleanups.push(() => discovery.stop());

      await waitFor('the unavailable line', () => lines.some((line) => line.includes('unavailable')));
      const unavailable = lines.filter((line) => line.includes('unavailable'));
      expect(unavailable).toHaveLength(1);
      expect(unavailable[0]).toMatch(/^LAN discovery is unavailable here \(.*EADDRNOTAVAIL.*\); add peers by host:port$/);
      expect(lines.some((line) => line.startsWith('LAN discovery started'))).toBe(false);
      await expect(discovery.stop()).resolves.toBeUndefined();
    });

    it('a port another program holds exclusively logs EADDRINUSE instead of throwing', async () => {
      const mdnsPort = await freeUdpPort();
      const holder: Socket = createSocket({ type: 'udp4', reuseAddr: false });
      await new Promise<void>((resolve) => holder.bind(mdnsPort, resolve));
      cleanups.push(() => new Promise<void>((resolve) => holder.close(() => resolve())));
      const ana = laptop(mdnsPort, { roomTag: newRoom() });

      await waitFor('the unavailable line', () => ana.lines.some((line) => line.includes('unavailable')));
      expect(ana.lines.find((line) => line.includes('unavailable'))).toMatch(/EADDRINUSE.*add peers by host:port$/);
      await expect(ana.discovery.stop()).resolves.toBeUndefined();
    });

    it('options the multicast library rejects outright are logged too', async () => {
      const lines: string[] = [];
      const discovery = startDiscovery({
        roomTag: newRoom(),
        device: newDevice(),
        port: 4301,
        onFound: () => {},
        log: (line) => lines.push(line),
        mdns: { type: 'udp6' }, // multicast-dns throws: IPv6 needs an interface
      });
      expect(lines).toEqual([expect.stringMatching(/^LAN discovery is unavailable here \(.*IPv6.*\); add peers/)]);
      await expect(discovery.stop()).resolves.toBeUndefined();
    });
  });

  it('refuses its own invalid options up front', () => {
    const base = { roomTag: newRoom(), device: newDevice(), port: 4400, onFound: () => {} };
    expect(() => startDiscovery({ ...base, device: 'not-a-device' })).toThrow(TypeError);
    expect(() => startDiscovery({ ...base, roomTag: '' })).toThrow(TypeError);
    expect(() => startDiscovery({ ...base, roomTag: 'has space' })).toThrow(TypeError);
    expect(() => startDiscovery({ ...base, port: 0 })).toThrow(TypeError);
    expect(() => startDiscovery({ ...base, port: 65_536 })).toThrow(TypeError);
  });
});
