/**
 * The channels part of an incident's outreach fold (../outreach-fold.ts):
 * per channel, its latest mark in the agreed order and every mark, the
 * channels in the order first marked. Whether a mark is still believed is
 * judged when read (../../outreach/channel-freshness.ts), never here.
 */
import type { EventPayload } from '../../events.js';
import { hlcWall } from '../../hlc.js';
import type { PartHandlers } from '../routes.js';
import { systemEntry } from '../system-entry.js';
import type { PartState } from './part-state.js';
import type { ChannelMark, ChannelView } from '../outreach-views.js';

interface ChannelFolding {
  /** As the latest mark copied it from its laptop's file. */
  spec: EventPayload<'channel.marked'>['channel'];
  readonly history: ChannelMark[];
}

export interface ChannelsFolding {
  /** In the order first marked. */
  readonly channels: Map<string, ChannelFolding>;
}

export function newChannelsFolding(): ChannelsFolding {
  return { channels: new Map() };
}

export const channelsHandlers = {
  'channel.marked': ({ own, incidentId, systemEntries }, event) => {
    const { channel, state, note } = event.payload;
    const mark: ChannelMark = { at: hlcWall(event.hlc), by: event.author, state, note };
    const held = own.channels.get(channel.channelId);
    if (held) {
      held.spec = channel;
      held.history.push(mark);
    } else own.channels.set(channel.channelId, { spec: channel, history: [mark] });
    systemEntries.push(systemEntry(event, incidentId, 'channel', `${channel.name} marked ${state}${note === '' ? '' : `: ${note}`}`));
  },
} satisfies PartHandlers<PartState<ChannelsFolding>, 'channel.marked'>;

export function channelsView(folding: ChannelsFolding): readonly ChannelView[] {
  return [...folding.channels.values()].map(({ spec, history }) => ({ ...spec, latest: history[history.length - 1]!, history: [...history] }));
}
