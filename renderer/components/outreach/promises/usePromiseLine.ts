import { parsePromiseLine } from '../../../../shared/outreach/parse-promise-line.js';
import { useActions, useHoldfast } from '../../../store/context.js';

/** What the timeline's composer lets a promise line do to it. */
export interface ComposerLine {
  /** Empties the line: it is on its way. */
  clear(): void;
  /** Puts the line back when it did not get through (unless the next one is being typed). */
  putBack(): void;
  /** Says what is wrong beside the line. */
  refuse(message: string): void;
}

/**
 * A line typed as "/promise 30m Management: ETA for payments" records a
 * promise, not a note. One that does not read so stays in the field with
 * how to write it; one the host refuses comes back with its reason.
 */
export function usePromiseLine(incidentId: string) {
  const actions = useActions();
  const offsetMs = useHoldfast((state) => state.roomTimeOffsetMs);
  return async function recordPromiseLine(line: string, composer: ComposerLine): Promise<void> {
    // Read at the moment Enter is pressed, in the room's time, so "30m" means thirty minutes from now for everyone.
    const reading = parsePromiseLine(line, Date.now() + offsetMs);
    if (!reading.ok) return composer.refuse(reading.message);
    composer.clear();
    const result = await actions.makePromise({ incidentId, ...reading.promise });
    // Kept in the page's outbox while the host is out of reach: it is sent by itself later, so the line is not put back to be sent twice.
    if (result.ok || result.error.code === 'queued') return;
    composer.putBack();
    composer.refuse(result.error.message);
  };
}
