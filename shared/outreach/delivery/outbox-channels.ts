/**
 * The channels an outbox offers, and in what order: those found working
 * first, then those nobody has said (or whose word has gone stale, judged
 * at `now` with the channel's freshness), then the failing ones, which are
 * shown marked and never proposed. A channel marked in the incident but no
 * longer in this laptop's file still shows: someone used it.
 */
import type { ChannelSpec } from '../channel-catalogue.js';
import type { ChannelMark, ChannelView } from '../../projection/outreach-views.js';
import { shownChannel } from '../channel-freshness.js';
import type { ChannelState } from '../vocabulary.js';

export interface OutboxChannel extends ChannelSpec {
  /** As judged now: a mark older than the channel's freshness says nothing any more. */
  readonly state: ChannelState;
  /** The latest mark, stale or not; null when nobody has marked it. */
  readonly mark: ChannelMark | null;
  readonly stale: boolean;
}

const RANK: Readonly<Record<ChannelState, number>> = { working: 0, unknown: 1, failing: 2 };

export function outboxChannels(catalogue: readonly ChannelSpec[], marked: readonly ChannelView[], now: number): OutboxChannel[] {
  const byId = new Map<string, ChannelSpec>();
  for (const channel of catalogue) if (!byId.has(channel.channelId)) byId.set(channel.channelId, channel);
  for (const channel of marked) if (!byId.has(channel.channelId)) byId.set(channel.channelId, channel);
  const marks = new Map(marked.map((channel) => [channel.channelId, channel]));
  const channels = [...byId.values()].map((spec, index) => {
    const view = marks.get(spec.channelId);
    const mark = view?.latest ?? null;
    const freshnessMs = view?.freshnessMs ?? spec.freshnessMs;
    const { state, stale } = shownChannel({ freshnessMs, latest: mark }, now);
    return { channel: { channelId: spec.channelId, name: spec.name, kind: spec.kind, freshnessMs: spec.freshnessMs, state, mark, stale }, index };
  });
  return channels.sort((a, b) => RANK[a.channel.state] - RANK[b.channel.state] || a.index - b.index).map(({ channel }) => channel);
}

/** The words beside a channel: state is never colour alone. */
export function channelStateWords(channel: OutboxChannel): string {
  if (channel.state === 'working') return 'working';
  if (channel.state === 'failing') return 'failing: not proposed';
  if (channel.stale) return `not checked lately (last said ${channel.mark!.state})`;
  return 'not known to work';
}
