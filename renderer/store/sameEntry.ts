import type { EntryRevision, TimelineEntryView } from '../../shared/projection/views.js';

function sameRevisions(a: readonly EntryRevision[], b: readonly EntryRevision[]): boolean {
  return (
    a.length === b.length &&
    a.every((revision, index) => {
      const other = b[index]!;
      return revision.kind === other.kind && revision.text === other.text && revision.happenedAt === other.happenedAt && revision.by === other.by && revision.at === other.at;
    })
  );
}

/**
 * The same entry, field for field: the host's answer to a write and its
 * notice of the same change bring two copies of one entry, and keeping the
 * first spares the store a change and the timeline a render.
 */
export function sameEntry(a: TimelineEntryView, b: TimelineEntryView): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.incidentId === b.incidentId &&
      a.kind === b.kind &&
      a.text === b.text &&
      a.author === b.author &&
      a.recordedAt === b.recordedAt &&
      a.happenedAt === b.happenedAt &&
      a.hlc === b.hlc &&
      a.device === b.device &&
      a.struck === b.struck &&
      a.struckBy === b.struckBy &&
      a.struckReason === b.struckReason &&
      a.editable === b.editable &&
      sameRevisions(a.revisions, b.revisions))
  );
}
