/**
 * The rows of the Channels tab: every channel of this laptop's file, in the
 * file's order, then any marked in the incident that this laptop's file
 * lacks (another laptop's own channel), so nobody misses a word on one.
 */
import type { CatalogueChannel } from '../../../../shared/outreach/channel-catalogue.js';
import type { ChannelKind } from '../../../../shared/outreach/vocabulary.js';
import type { ChannelMark, ChannelView } from '../../../../shared/projection/outreach-views.js';

export interface ChannelRow {
  readonly channelId: string;
  readonly name: string;
  readonly kind: ChannelKind;
  readonly freshnessMs: number;
  readonly how: string;
  readonly latest: ChannelMark | null;
  readonly history: readonly ChannelMark[];
  /** Marked in this incident from another laptop's file, not in this one's. */
  readonly notInFile: boolean;
}

export function channelRows(file: readonly CatalogueChannel[], marked: readonly ChannelView[]): ChannelRow[] {
  const byId = new Map(marked.map((channel) => [channel.channelId, channel]));
  const rows: ChannelRow[] = file.map((channel) => {
    const held = byId.get(channel.channelId);
    // Once marked, the freshness the mark copied is the one every laptop judges by.
    return held
      ? { ...channel, name: held.name, kind: held.kind, freshnessMs: held.freshnessMs, latest: held.latest, history: held.history, notInFile: false }
      : { ...channel, latest: null, history: [], notInFile: false };
  });
  const inFile = new Set(file.map((channel) => channel.channelId));
  for (const channel of marked) if (!inFile.has(channel.channelId)) rows.push({ ...channel, how: '', notInFile: true });
  return rows;
}
