/**
 * Which devices a laptop is in conversation with right now, over any
 * connection. Each sync session tells its peer this list, so that the peer
 * does not relay to us the events of a device we hear first-hand: in a room
 * where everyone reaches everyone, relaying would send every event to every
 * laptop once more, and the laptop would spend its catch-up checking copies.
 */
import type { SyncPort } from './sync-port.js';

export interface Conversation {
  /** The peer's device, once it has said hello; null before. */
  readonly peerDevice: string | null;
  /** The set of devices this laptop talks to changed. */
  linksChanged(): void;
}

export class Conversations {
  private static readonly byLaptop = new WeakMap<SyncPort, Conversations>();
  private readonly open = new Set<Conversation>();

  static of(laptop: SyncPort): Conversations {
    let conversations = Conversations.byLaptop.get(laptop);
    if (!conversations) {
      conversations = new Conversations();
      Conversations.byLaptop.set(laptop, conversations);
    }
    return conversations;
  }

  /** A conversation whose peer has said who it is. */
  join(conversation: Conversation): void {
    this.open.add(conversation);
    this.tellOthers(conversation);
  }

  leave(conversation: Conversation): void {
    if (this.open.delete(conversation)) this.tellOthers(conversation);
  }

  /** The devices heard first-hand, except `peer` (who knows it talks to us). */
  devicesBesides(peer: string | null): string[] {
    const devices = new Set<string>();
    for (const conversation of this.open) {
      if (conversation.peerDevice !== null && conversation.peerDevice !== peer) devices.add(conversation.peerDevice);
    }
    return [...devices].sort();
  }

  private tellOthers(changed: Conversation): void {
    for (const conversation of this.open) if (conversation !== changed) conversation.linksChanged();
  }
}
