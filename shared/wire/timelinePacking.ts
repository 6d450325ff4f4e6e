/**
 * A timeline as the API socket sends it to a browser: one row of values per
 * entry instead of one object, with the names of people and devices listed
 * once. Opening an incident of fifty thousand lines sent 28 MB of JSON, half
 * of it field names repeated on every entry and the first revision of every
 * unedited entry, which only says again what the entry says. Every byte of
 * it was paid three times: the host writing it, the browser decoding it as
 * it arrived, and JSON.parse; packed it is about a third of that.
 *
 * Lossless by construction: `unpackTimeline(packTimeline(x))` equals `x`
 * field for field (a property test checks it), so nothing the screen shows
 * or compares changes. A revision list is only left out when it is exactly
 * the one it can be rebuilt from.
 */
import type { EntryRevision, TimelineEntryView, TimelineKind } from '../projection/views.js';

export const PACKED_TIMELINE_FORMAT = 'timeline-rows/1';

/** [id, kind, text, author, recordedAt, happenedAt, hlc, device, struck, struckBy, struckReason, editable, revisions]; people and devices as indexes into the lists. */
type PackedRow = readonly [
  string,
  TimelineKind,
  string,
  number,
  number,
  number | null,
  string,
  number,
  0 | 1,
  string | null,
  string | null,
  0 | 1,
  /** 0: the one revision the entry itself describes. */
  readonly EntryRevision[] | 0,
];

export interface PackedTimeline {
  readonly format: typeof PACKED_TIMELINE_FORMAT;
  readonly incidentId: string;
  readonly authors: readonly string[];
  readonly devices: readonly string[];
  readonly rows: readonly PackedRow[];
}

/**
 * Where each field of an entry goes. Keyed by every field of the view, so a
 * field the view gains cannot compile until it is packed too: a packing that
 * silently dropped it would show an entry without it.
 */
const ROW_PLACE = {
  id: 0,
  incidentId: 'shared',
  kind: 1,
  text: 2,
  author: 3,
  recordedAt: 4,
  happenedAt: 5,
  hlc: 6,
  device: 7,
  struck: 8,
  struckBy: 9,
  struckReason: 10,
  editable: 11,
  revisions: 12,
} as const satisfies Record<keyof TimelineEntryView, number | 'shared'>;

const REVISION_FIELDS = ['kind', 'text', 'happenedAt', 'by', 'at'] as const satisfies readonly (keyof EntryRevision)[];

/** The revision an entry never edited has: its own words, by its author, when it was recorded. */
function firstRevisionOf(entry: TimelineEntryView): EntryRevision {
  // Left out only when equal to this, so a system entry's kind is never put where it does not belong.
  return { kind: entry.kind as EntryRevision['kind'], text: entry.text, happenedAt: entry.happenedAt, by: entry.author, at: entry.recordedAt };
}

function isOnlyFirstRevision(entry: TimelineEntryView): boolean {
  if (entry.revisions.length !== 1) return false;
  const [revision] = entry.revisions;
  const rebuilt = firstRevisionOf(entry);
  return (
    revision !== undefined &&
    Object.keys(revision).length === REVISION_FIELDS.length &&
    REVISION_FIELDS.every((field) => Object.hasOwn(revision, field) && Object.is(revision[field], rebuilt[field]))
  );
}

/** Numbers each distinct value in order of first use. */
class Numbering {
  readonly values: string[] = [];
  private readonly indexes = new Map<string, number>();

  of(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }
}

/** The timeline packed, or null when its entries are not all of one incident (then it goes as it is). */
export function packTimeline(entries: readonly TimelineEntryView[]): PackedTimeline | null {
  const incidentId = entries[0]?.incidentId ?? '';
  const authors = new Numbering();
  const devices = new Numbering();
  const rows: PackedRow[] = [];
  for (const entry of entries) {
    if (entry.incidentId !== incidentId) return null;
    rows.push([
      entry.id,
      entry.kind,
      entry.text,
      authors.of(entry.author),
      entry.recordedAt,
      entry.happenedAt,
      entry.hlc,
      devices.of(entry.device),
      entry.struck ? 1 : 0,
      entry.struckBy,
      entry.struckReason,
      entry.editable ? 1 : 0,
      isOnlyFirstRevision(entry) ? 0 : entry.revisions,
    ]);
  }
  return { format: PACKED_TIMELINE_FORMAT, incidentId, authors: authors.values, devices: devices.values, rows };
}

export function isPackedTimeline(value: unknown): value is PackedTimeline {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === PACKED_TIMELINE_FORMAT;
}

export function unpackTimeline(packed: PackedTimeline): TimelineEntryView[] {
  const { incidentId, authors, devices } = packed;
  return packed.rows.map((row) => {
    const entry: { -readonly [K in keyof TimelineEntryView]: TimelineEntryView[K] } = {
      id: row[ROW_PLACE.id],
      incidentId,
      kind: row[ROW_PLACE.kind],
      text: row[ROW_PLACE.text],
      author: authors[row[ROW_PLACE.author]]!,
      recordedAt: row[ROW_PLACE.recordedAt],
      happenedAt: row[ROW_PLACE.happenedAt],
      hlc: row[ROW_PLACE.hlc],
      device: devices[row[ROW_PLACE.device]]!,
      struck: row[ROW_PLACE.struck] === 1,
      struckBy: row[ROW_PLACE.struckBy],
      struckReason: row[ROW_PLACE.struckReason],
      revisions: [],
      editable: row[ROW_PLACE.editable] === 1,
    };
    const revisions = row[ROW_PLACE.revisions];
    entry.revisions = revisions === 0 ? [firstRevisionOf(entry)] : revisions;
    return entry;
  });
}
