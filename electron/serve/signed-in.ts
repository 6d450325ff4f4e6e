/**
 * The people signed in through this headless peer: one name per open
 * browser tab that said who it is. The room's other laptops show them
 * against this peer in their peer lists (shared/room/who-is-at.ts), so
 * "who is at that peer" reads as people, not as a machine.
 */
import { connectionCaller, type Caller } from '../host/host.js';

export class SignedIn {
  private readonly callers = new Set<Caller>();
  private readonly listeners = new Set<() => void>();

  /** A caller for one browser connection: counted from now until `leave`, its renames heard. */
  join(): Caller {
    const inner = connectionCaller();
    const caller: Caller = {
      name: () => inner.name(),
      rename: (name) => {
        const before = this.names();
        inner.rename(name);
        this.changedFrom(before);
      },
    };
    this.callers.add(caller);
    return caller;
  }

  /** The connection closed: its person is no longer here (unless another tab is theirs). */
  leave(caller: Caller): void {
    const before = this.names();
    if (this.callers.delete(caller)) this.changedFrom(before);
  }

  /** Each person once, in the order they signed in. */
  names(): string[] {
    const names: string[] = [];
    for (const caller of this.callers) {
      const name = caller.name();
      if (name !== null && !names.includes(name)) names.push(name);
    }
    return names;
  }

  /** Told whenever the people here change (not when a second tab of the same person opens). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changedFrom(before: readonly string[]): void {
    const after = this.names();
    if (after.length === before.length && after.every((name, index) => name === before[index])) return;
    for (const listener of this.listeners) listener();
  }
}
