/**
 * The room file: the whole war room in one file, for a USB stick when there
 * is no network at all. One JSON header line, then one signed event per
 * line. Importing is just sync: every event is verified as if a peer had
 * sent it, so importing the same file twice, or an older one, adds nothing.
 */
import { z } from 'zod';
import { MAX_EVENTS_PER_BATCH } from '../../shared/sync/messages.js';
import type { RoomImportSummary } from '../../shared/api.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { EventLog } from '../store/event-log.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import { storageFailure } from '../store/storage-errors.js';

export const ROOM_FILE_FORMAT = 'holdfast.room';
export const ROOM_FILE_VERSION = 1;

const headerSchema = z.object({
  format: z.literal(ROOM_FILE_FORMAT),
  version: z.number().int().min(1),
  room: z.string().nullable(),
  exportedAt: z.number(),
  events: z.number().int().min(0),
});

export function roomFileContent(log: EventLog, room: string | null, now: number): { content: string; events: number } {
  const lines: string[] = [];
  for (const { event } of log.readAll()) lines.push(JSON.stringify(event));
  const header = { format: ROOM_FILE_FORMAT, version: ROOM_FILE_VERSION, room, exportedAt: now, events: lines.length };
  return { content: [JSON.stringify(header), ...lines].join('\n') + '\n', events: lines.length };
}

export function roomFileName(room: string | null, now: number): string {
  const slug = (room ?? 'war-room').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'war-room';
  return `${slug}-${new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.holdfast-room`;
}

/** What importing did, and anything the person should know though nothing failed. */
export type RoomImportReport = RoomImportSummary;

export interface ImportOptions {
  /** The room this laptop is in, to warn when the file comes from another one. */
  readonly roomHere?: string | null;
  readonly onProgress?: (done: number, total: number) => void;
}


/** A refusal because of what the file holds; anything else (a full disk, a read-only folder) is about this laptop. */
const refusesTheEvents = (failure: HoldfastFailure) => failure.code === 'invalid_input' || failure.code === 'conflict';

const eventCount = (n: number) => (n === 1 ? '1 event' : `${n} events`);

/**
 * Imports a room file through `store` (the host's receiveEvents, so what is
 * stored is shown at once), batch by batch. A bad line refuses the file
 * with its line number; the batches before it, each verified, are kept.
 * So does a file cut short (a stick pulled out mid-copy): the header says
 * how many events it should hold, and what could be read is kept.
 */
export function importRoomFile(
  content: string,
  store: (events: unknown[]) => ReceiveOutcome,
  options: ImportOptions = {},
): RoomImportReport {
  const { roomHere = null, onProgress = () => {} } = options;
  const lines = content.split(/\r?\n/);
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(lines[0] ?? ''));
  } catch {
    throw new HoldfastFailure('invalid_input', 'This is not a Holdfast room file (line 1 should be its header).');
  }
  if (header.version > ROOM_FILE_VERSION) {
    throw new HoldfastFailure('too_new', `This room file was written by a newer Holdfast (format ${header.version}); update Holdfast to import it.`);
  }
  const summary = { events: 0, added: 0, alreadyHeld: 0, heldBack: 0, refused: 0 };
  const warnings: string[] = [];
  if (header.room !== null && roomHere !== null && header.room !== roomHere) {
    // Events are signed by their devices, not by a room: they are sound wherever they came from.
    warnings.push(`This file was exported in room "${header.room}", but this laptop is in room "${roomHere}"; its events were imported all the same.`);
  }
  const cutShort = (lastLineCut: boolean) => {
    const read = summary.events === 0 ? 'none' : `only ${summary.events}`;
    const kept = summary.events === 0 ? '' : ` Those ${summary.events} were imported as usual (${summary.added} new).`;
    return new HoldfastFailure(
      'invalid_input',
      `The room file is truncated: ${read} of the ${eventCount(header.events)} its header lists could be read` +
        `${lastLineCut ? ' (its last line stops half-way)' : ''}.${kept} Copy or export the file again to bring the rest.`,
    );
  };
  let batch: unknown[] = [];
  let batchStartLine = 2;
  const flush = (endLine: number) => {
    if (batch.length === 0) return;
    let outcome: ReceiveOutcome;
    try {
      outcome = store(batch);
    } catch (error) {
      const failure = storageFailure(error, 'the war-room database');
      if (refusesTheEvents(failure)) {
        throw new HoldfastFailure(failure.code, `Lines ${batchStartLine} to ${endLine} of the room file were refused: ${failure.message}`);
      }
      const before = summary.added === 0 ? 'Nothing from the room file was imported' : `${eventCount(summary.added)} new from the room file were imported before this`;
      throw new HoldfastFailure(failure.code, `${failure.message} ${before}; importing the file again afterwards brings the rest.`);
    }
    summary.added += outcome.stored.length;
    summary.heldBack += outcome.quarantined;
    summary.refused += outcome.refusedRemoved;
    summary.alreadyHeld += batch.length - outcome.stored.length - outcome.quarantined - outcome.refusedRemoved;
    onProgress(summary.events, header.events);
    batch = [];
    batchStartLine = endLine + 1;
  };
  let lastLine = lines.length - 1;
  while (lastLine > 0 && lines[lastLine]!.trim() === '') lastLine--;
  for (let index = 1; index <= lastLine; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    try {
      batch.push(JSON.parse(line));
    } catch {
      flush(index);
      if (index === lastLine && summary.events < header.events) throw cutShort(true);
      throw new HoldfastFailure('invalid_input', `Line ${index + 1} of the room file is not valid JSON; the ${summary.added} new events before it were imported.`);
    }
    summary.events += 1;
    if (batch.length >= MAX_EVENTS_PER_BATCH) flush(index + 1);
  }
  flush(lastLine + 1);
  if (summary.events < header.events) throw cutShort(false);
  if (summary.events > header.events) {
    warnings.push(`The room file holds ${eventCount(summary.events)}, more than the ${header.events} its header lists; each was checked as usual.`);
  }
  return { ...summary, warnings };
}
