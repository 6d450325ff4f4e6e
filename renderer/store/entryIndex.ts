/**
 * A loaded timeline's entries by id, shared between one timeline and the
 * next. Copying a Map of ten thousand entries for every new line took longer
 * than drawing it (15 ms on this machine's two cores), so each timeline keeps
 * its own few changes on a base it shares with the timelines before it, and
 * folds them into a fresh base only once they are many: the copy is paid once
 * per hundreds of lines, and no timeline's answers ever change after it is made.
 */
import type { TimelineEntryView } from '../../shared/projection/views.js';

/** Past this many changes on the shared base, one copy beats carrying them. */
const FOLD_ABOVE = 256;

/** `null` marks an id taken off since the base was made. */
type Changes = ReadonlyMap<string, TimelineEntryView | null>;

export class EntryIndex {
  private constructor(
    private readonly base: ReadonlyMap<string, TimelineEntryView>,
    private readonly changes: Changes,
    /** How many entries it holds. */
    readonly size: number,
  ) {}

  static of(entries: Iterable<TimelineEntryView>): EntryIndex {
    const base = new Map<string, TimelineEntryView>();
    for (const entry of entries) base.set(entry.id, entry);
    return new EntryIndex(base, new Map(), base.size);
  }

  get(id: string): TimelineEntryView | undefined {
    const changed = this.changes.get(id);
    if (changed !== undefined) return changed ?? undefined;
    return this.base.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *values(): IterableIterator<TimelineEntryView> {
    for (const [id, entry] of this.base) if (!this.changes.has(id)) yield entry;
    for (const entry of this.changes.values()) if (entry !== null) yield entry;
  }

  /** A new index with these entries added or replaced and these ids taken off; this one is left as it was. */
  with(added: readonly TimelineEntryView[], removed: readonly string[] = []): EntryIndex {
    const changes = new Map(this.changes);
    let size = this.size;
    for (const entry of added) {
      if (!this.hasIn(changes, entry.id)) size += 1;
      changes.set(entry.id, entry);
    }
    for (const id of removed) {
      if (!this.hasIn(changes, id)) continue;
      size -= 1;
      changes.set(id, null);
    }
    if (changes.size <= FOLD_ABOVE) return new EntryIndex(this.base, changes, size);
    return EntryIndex.of(new EntryIndex(this.base, changes, size).values());
  }

  private hasIn(changes: Changes, id: string): boolean {
    const changed = changes.get(id);
    return changed !== undefined ? changed !== null : this.base.has(id);
  }
}
