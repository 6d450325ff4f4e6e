/**
 * The room file: the whole war room in one file, for a USB stick when there
 * is no network at all. It is sealed with a key from the room's secret
 * (room-file-seal.ts), so only a laptop in the room can make a file that
 * another laptop in the room will import.
 *
 * Importing opens the whole file first: one that is not this room's, was
 * changed or was cut short stores nothing. Then it is just sync: every
 * event is verified as if a peer had sent it, so importing the same file
 * twice, or an older one, adds nothing.
 */
import { MAX_EVENTS_PER_BATCH } from '../../shared/sync/messages.js';
import type { RoomImportSummary } from '../../shared/api.js';
import { HoldfastFailure } from '../../shared/result.js';
import { slug } from '../../shared/text/slug.js';
import type { EventLog } from '../store/event-log.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import { storageFailure } from '../store/storage-errors.js';
import { openRoomFile, sealRoomFile, type SealingRoom } from './room-file-seal.js';

export { ROOM_FILE_FORMAT, ROOM_FILE_VERSION } from './room-file-header.js';

export function roomFileContent(log: EventLog, room: SealingRoom, now: number): { content: string; events: number } {
  const lines: string[] = [];
  for (const { event } of log.readAll()) lines.push(JSON.stringify(event));
  const events = Buffer.from(lines.length === 0 ? '' : lines.join('\n') + '\n', 'utf8');
  return { content: sealRoomFile(events, room, { exportedAt: now, events: lines.length }), events: lines.length };
}

export function roomFileName(room: string | null, now: number): string {
  return `${slug(room ?? '', 'war-room')}-${new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.holdfast-room`;
}

/** What importing did, and anything the person should know though nothing failed. */
export type RoomImportReport = RoomImportSummary;

export interface ImportOptions {
  /** The room this laptop is in: only a file sealed in that room is opened. */
  readonly here: SealingRoom | null;
  readonly onProgress?: (done: number, total: number) => void;
}

/** What importing needs to hear back from storing a batch: the host's receiveEvents gives more. */
export type StoredBatch = Pick<ReceiveOutcome, 'stored' | 'quarantined' | 'refusedRemoved'>;

/** A refusal because of what the file holds; anything else (a full disk, a read-only folder) is about this laptop. */
const refusesTheEvents = (failure: HoldfastFailure) => failure.code === 'invalid_input' || failure.code === 'conflict';

const eventCount = (n: number) => (n === 1 ? '1 event' : `${n} events`);

/**
 * Imports a room file through `store` (the host's receiveEvents, so what is
 * stored is shown at once), batch by batch, once the whole file is opened.
 * A batch that sync refuses (only a laptop in the room could have sealed
 * it) refuses the rest of the file, naming its events; the batches before
 * it were each verified, and stay, as they would from a peer.
 */
export function importRoomFile(
  content: string,
  store: (events: unknown[]) => StoredBatch,
  options: ImportOptions,
): RoomImportReport {
  const { here, onProgress = () => {} } = options;
  const { header, events } = openRoomFile(content, here);
  const lines = events.toString('utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length < header.events) {
    throw new HoldfastFailure(
      'invalid_input',
      `The room file is sealed by this room, but holds ${eventCount(lines.length)} where its header lists ${header.events}: ` +
        'it was not written by Holdfast. Nothing was imported.',
    );
  }
  const summary = { events: 0, added: 0, alreadyHeld: 0, heldBack: 0, refused: 0 };
  const warnings: string[] = [];
  if (lines.length > header.events) {
    warnings.push(`The room file holds ${eventCount(lines.length)}, more than the ${header.events} its header lists; each was checked as usual.`);
  }
  for (let first = 0; first < lines.length; first += MAX_EVENTS_PER_BATCH) {
    const batch = lines.slice(first, first + MAX_EVENTS_PER_BATCH);
    const refused = (why: string) => {
      const before = first === 0 ? '' : ` The ${eventCount(first)} before them were checked and imported (${summary.added} new).`;
      return `Events ${first + 1} to ${first + batch.length} of the room file were refused: ${why}${before}`;
    };
    const parsed = batch.map((line, index) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        throw new HoldfastFailure('invalid_input', refused(`event ${first + index + 1} is not valid JSON.`));
      }
    });
    let outcome: StoredBatch;
    try {
      outcome = store(parsed);
    } catch (error) {
      const failure = storageFailure(error, 'the war-room database');
      if (refusesTheEvents(failure)) throw new HoldfastFailure(failure.code, refused(failure.message));
      const imported = summary.added === 0 ? 'Nothing from the room file was imported' : `${eventCount(summary.added)} new from the room file were imported before this`;
      throw new HoldfastFailure(failure.code, `${failure.message} ${imported}; importing the file again afterwards brings the rest.`);
    }
    summary.events += batch.length;
    summary.added += outcome.stored.length;
    summary.heldBack += outcome.quarantined;
    summary.refused += outcome.refusedRemoved;
    summary.alreadyHeld += batch.length - outcome.stored.length - outcome.quarantined - outcome.refusedRemoved;
    onProgress(summary.events, header.events);
  }
  return { ...summary, warnings };
}
