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

/**
 * Imports a room file through `store` (the host's receiveEvents, so what is
 * stored is shown at once), batch by batch. A bad line refuses the file
 * with its line number; the batches before it, each verified, are kept.
 */
export function importRoomFile(
  content: string,
  store: (events: unknown[]) => ReceiveOutcome,
  onProgress: (done: number, total: number) => void = () => {},
): RoomImportSummary {
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
  let batch: unknown[] = [];
  let batchStartLine = 2;
  const flush = (endLine: number) => {
    if (batch.length === 0) return;
    let outcome: ReceiveOutcome;
    try {
      outcome = store(batch);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new HoldfastFailure('invalid_input', `Lines ${batchStartLine} to ${endLine} of the room file were refused: ${message}`);
    }
    summary.added += outcome.stored.length;
    summary.heldBack += outcome.quarantined;
    summary.refused += outcome.refusedRemoved;
    summary.alreadyHeld += batch.length - outcome.stored.length - outcome.quarantined - outcome.refusedRemoved;
    onProgress(summary.events, header.events);
    batch = [];
    batchStartLine = endLine + 1;
  };
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    try {
      batch.push(JSON.parse(line));
    } catch {
      flush(index);
      throw new HoldfastFailure('invalid_input', `Line ${index + 1} of the room file is not valid JSON; the ${summary.added} new events before it were imported.`);
    }
    summary.events += 1;
    if (batch.length >= MAX_EVENTS_PER_BATCH) flush(index + 1);
  }
  // A file ending in a newline has no line after it to name.
  flush(content.endsWith('\n') ? lines.length - 1 : lines.length);
  return summary;
}
