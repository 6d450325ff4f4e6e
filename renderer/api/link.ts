import type { HoldfastApi } from '../../shared/api.js';
import type { NameMemory } from './nameMemory.js';

/**
 * How the UI reaches its host. The desktop bridge is always up; the socket to
 * a headless peer can drop, so the link also says whether calls can get
 * through right now.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export interface HostLink {
  readonly api: HoldfastApi;
  /** Calls `listener` with the current state at once, then on every change. */
  readonly onConnection: (listener: (state: ConnectionState) => void) => () => void;
  /**
   * Where the page keeps the person's name, for a host that forgets it with
   * each connection (a headless peer); null when the host keeps it itself
   * (the desktop app, in its data folder).
   */
  readonly nameMemory: NameMemory | null;
}
