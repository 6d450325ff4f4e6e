/**
 * Device removals among newly stored events, as the room network needs them:
 * whose connections to end, and the sentence to end them with.
 */
import { eventPayloadSchemas, type SignedEvent } from '../../shared/events.js';
import { DEVICE_REMOVED } from '../store/device-removals.js';

export interface HeardRemoval {
  readonly device: string;
  /** What the removed laptop is told, the same words its next hello is refused with. */
  readonly reason: string;
}

/** What a removed laptop is told, cut off or refused: who removed it, and why. */
export function removedSentence(removedBy: string, reason: string): string {
  return `This device was removed from the room by ${removedBy}: ${reason}`;
}

export function removalsIn(events: readonly SignedEvent[]): HeardRemoval[] {
  const removals: HeardRemoval[] = [];
  for (const event of events) {
    if (event.type !== DEVICE_REMOVED) continue;
    const payload = eventPayloadSchemas[DEVICE_REMOVED].safeParse(event.payload);
    if (!payload.success) continue;
    removals.push({
      device: payload.data.device,
      reason: removedSentence(event.author, payload.data.reason),
    });
  }
  return removals;
}
