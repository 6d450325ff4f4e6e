/**
 * Finding the other laptops in a war room on the LAN with mDNS/DNS-SD, so
 * nobody has to type addresses while an incident is on. Everything heard
 * here is untrusted: it is only a hint of where to try a TLS connection,
 * which the room secret then authenticates. When multicast is unusable the
 * app carries on, and people add peers by host:port instead.
 */
import { EventEmitter } from 'node:events';
import { isIPv4 } from 'node:net';
import Bonjour from 'bonjour-service';

export interface DiscoveredPeer {
  readonly host: string;
  readonly port: number;
  readonly device: string;
}

export interface DiscoveryOptions {
  /** Opaque tag derived from the room secret; only peers announcing the same tag are reported. Never the room name. */
  readonly roomTag: string;
  /** This laptop's device id (43-char base64url); our own announcement is ignored. */
  readonly device: string;
  /** The TLS sync port we listen on, announced to others. */
  readonly port: number;
  readonly onFound: (peer: DiscoveredPeer) => void;
  readonly onLost?: (device: string) => void;
  /** One line per notable event (started, failed to bind multicast, found X); never throws. */
  readonly log?: (line: string) => void;
  /** For tests: bonjour-service/multicast-dns options (e.g. { interface: '127.0.0.1', loopback: true, multicast: true }). */
  readonly mdns?: Record<string, unknown>;
}

export interface Discovery {
  stop(): Promise<void>;
}

const SERVICE_TYPE = 'holdfast';
const TXT_VERSION = '1';
const DEVICE = /^[A-Za-z0-9_-]{43}$/;
// Printable ASCII keeps "room=<tag>" inside one 255-byte TXT string and
// survives bonjour-service's TXT decoding, which stops at a line break.
const ROOM_TAG = /^[\x21-\x7e]{1,200}$/;
// Peers re-announce ever more rarely (up to hourly), so a laptop that joins
// the network late, or misses a packet, asks again rather than waits.
const REQUERY_MS = 30_000;
// A goodbye that cannot be sent must not hold up quitting.
const GOODBYE_TIMEOUT_MS = 1_000;

type Service = Bonjour.Service;

/**
 * Starts announcing this laptop and looking for others in the same room.
 * Throws only for invalid options of our own; network trouble is logged.
 */
export function startDiscovery(options: DiscoveryOptions): Discovery {
  const { roomTag, device, port, onFound, onLost } = options;
  if (!ROOM_TAG.test(roomTag)) throw new TypeError('Discovery needs a room tag of printable ASCII, 1 to 200 characters.');
  if (!DEVICE.test(device)) throw new TypeError('Discovery needs a 43-character base64url device id.');
  if (!validPort(port)) throw new TypeError('Discovery needs a port from 1 to 65535.');
  const log = options.log ?? (() => {});

  let unavailable = false;
  const failed = (err: unknown) => {
    if (unavailable) return;
    unavailable = true;
    log(`LAN discovery is unavailable here (${describe(err)}); add peers by host:port`);
  };
  // Each kind once: a hostile or noisy network must not flood the log.
  const warned = new Set<string>();
  const warn = (err: unknown) => {
    const kind = err instanceof Error ? String((err as NodeJS.ErrnoException).code ?? err.name) : 'unknown';
    if (warned.has(kind)) return;
    warned.add(kind);
    log(`LAN discovery: ${describe(err)} (carrying on)`);
  };

  let bonjour: Bonjour | undefined;
  let requery: NodeJS.Timeout | undefined;
  let stopped = false;
  const reported = new Set<string>();

  const consider = (service: Service) => {
    const peer = stopped ? null : peerOf(service, roomTag, device);
    if (!peer) return;
    const key = `${peer.device}@${peer.host}:${peer.port}`;
    if (reported.has(key)) return;
    reported.add(key);
    log(`LAN discovery found ${peer.device.slice(0, 12)} at ${peer.host}:${peer.port}`);
    guarded(() => onFound(peer), log);
  };
  const forget = (service: Service) => {
    const txt: unknown = service.txt;
    const gone = txt && typeof txt === 'object' ? (txt as Record<string, unknown>).device : undefined;
    if (stopped || typeof gone !== 'string') return;
    const keys = [...reported].filter((key) => key.startsWith(`${gone}@`));
    if (keys.length === 0) return;
    for (const key of keys) reported.delete(key);
    log(`LAN discovery lost ${gone.slice(0, 12)}`);
    if (onLost) guarded(() => onLost(gone), log);
  };

  try {
    // The constructor's declared option type is the service config's; at
    // runtime these options go to multicast-dns, which is what callers pass.
    bonjour = new Bonjour(options.mdns ?? {}, warn);
    const socket = socketOf(bonjour);
    // multicast-dns emits 'error' (bind failure, EADDRINUSE, EACCES) on an
    // emitter bonjour-service keeps to itself; unheard, that would throw and
    // take the whole app down.
    socket.on('error', failed);
    socket.on('warning', warn);
    socket.once('ready', () => log(`LAN discovery started, announcing port ${port}`));

    bonjour.publish({
      name: `${SERVICE_TYPE}-${device.slice(0, 12)}`,
      type: SERVICE_TYPE,
      protocol: 'tcp',
      port,
      txt: { v: TXT_VERSION, room: roomTag, device },
      // Only IPv4 is reported, so AAAA records would be noise on the wire.
      disableIPv6: true,
    });
    // Filtered here, not with find's txt option: that filter throws on a
    // service without a TXT record, which anyone on the LAN can send.
    const browser = bonjour.find({ type: SERVICE_TYPE, protocol: 'tcp' });
    browser.on('up', consider);
    browser.on('srv-update', consider);
    browser.on('txt-update', consider);
    browser.on('down', forget);
    requery = setInterval(() => browser.update(), REQUERY_MS);
    requery.unref();
  } catch (err) {
    failed(err);
  }

  let stopping: Promise<void> | undefined;
  const shutdown = async () => {
    stopped = true;
    clearInterval(requery);
    const instance = bonjour;
    if (!instance) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, GOODBYE_TIMEOUT_MS);
      instance.unpublishAll(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    await new Promise<void>((resolve) => {
      try {
        instance.destroy(() => resolve());
      } catch (_closedAlready) {
        resolve();
      }
    });
  };
  return { stop: () => (stopping ??= shutdown()) };
}

/** The peer a service describes, if it is a well-formed announcement from someone else in our room. */
function peerOf(service: Service, roomTag: string, self: string): DiscoveredPeer | null {
  const txt: unknown = service.txt;
  if (!txt || typeof txt !== 'object') return null;
  const { v, room, device } = txt as Record<string, unknown>;
  // A later TXT format may give these keys other meanings; not ours to guess.
  if (v !== TXT_VERSION || room !== roomTag) return null;
  if (typeof device !== 'string' || !DEVICE.test(device) || device === self) return null;
  if (!validPort(service.port)) return null;
  const host = addressOf(service);
  return host ? { host, port: service.port, device } : null;
}

/**
 * The packet's own source address comes first: the kernel saw it arrive,
 * so it is reachable from here, whereas A records list every interface the
 * peer has (VPNs, container bridges) and are whatever the sender claims.
 */
function addressOf(service: Service): string | null {
  const candidates: unknown[] = [service.referer?.address, ...(service.addresses ?? [])];
  const usable = candidates.find(
    (address): address is string => typeof address === 'string' && isIPv4(address) && usableIPv4(address),
  );
  return usable ?? null;
}

/** Not 0.x (unspecified) and not multicast, reserved or broadcast. */
function usableIPv4(address: string): boolean {
  const first = Number(address.split('.')[0]);
  return first > 0 && first < 224;
}

function validPort(port: unknown): port is number {
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535;
}

function socketOf(bonjour: Bonjour): EventEmitter {
  const server: unknown = Reflect.get(bonjour, 'server');
  const mdns: unknown = server && typeof server === 'object' ? Reflect.get(server, 'mdns') : undefined;
  // Without its emitter a socket error would be fatal, so refuse to start.
  if (!(mdns instanceof EventEmitter)) throw new Error('this bonjour-service version hides its multicast socket');
  return mdns;
}

/** A bug in a listener must not escape into the UDP socket's handler, where it would end the process. */
function guarded(call: () => void, log: (line: string) => void): void {
  try {
    call();
  } catch (err) {
    log(`LAN discovery listener failed: ${describe(err)}`);
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
}
