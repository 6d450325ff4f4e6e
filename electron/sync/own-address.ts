/**
 * Whether a peer address is this laptop's own sync listener. An invite made
 * here lists our own addresses, and a person may add one by hand; calling
 * it would only reach ourselves, and the refused hello would read like a
 * copied data folder. Addresses that lead back here some other way (a host
 * name, a forwarded port) are caught when the connection is made.
 */
import { isIP } from 'node:net';
import os from 'node:os';

export interface OwnListener {
  readonly port: number;
  /** The address the listener is bound to: 0.0.0.0 or :: for every interface. */
  readonly bindAddress: string;
}

export function isOwnSyncAddress(address: string, listener: OwnListener): boolean {
  const parsed = splitAddress(address);
  if (!parsed || parsed.port !== listener.port) return false;
  const bind = listener.bindAddress.toLowerCase();
  // A wildcard listener also takes the whole of 127.0.0.0/8.
  return ownHosts(bind).has(parsed.host) || (isWildcard(bind) && isIP(parsed.host) === 4 && parsed.host.startsWith('127.'));
}

/** "host:port" or "[v6]:port", host in lower case and without brackets. */
function splitAddress(address: string): { host: string; port: number } | null {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(address.trim());
  if (!match) return null;
  return { host: (match[1] ?? match[2]!).toLowerCase(), port: Number(match[3]) };
}

/** The host names and addresses that reach a listener bound to `bind` on this machine. */
function ownHosts(bind: string): Set<string> {
  const hosts = new Set<string>([bind]);
  if (isWildcard(bind)) {
    // 0.0.0.0 takes IPv4 only; :: takes both (Node listens dual-stack).
    const families = bind === '::' ? ['IPv4', 'IPv6'] : ['IPv4'];
    for (const entries of Object.values(os.networkInterfaces())) {
      for (const entry of entries ?? []) if (families.includes(entry.family)) hosts.add(entry.address.toLowerCase());
    }
  }
  if (isWildcard(bind) || bind === '::1' || bind.startsWith('127.')) hosts.add('localhost');
  return hosts;
}

function isWildcard(bind: string): boolean {
  return bind === '0.0.0.0' || bind === '::';
}
