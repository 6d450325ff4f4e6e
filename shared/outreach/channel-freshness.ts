/**
 * Whether a person's word on a channel is still true: a mark is believed for
 * the channel's freshness, then reads "Unknown · was Working, 42 min ago"
 * and never counts as working, so nobody sends to a dead SMS gateway on the
 * strength of an hour-old "working". The same rule as the service board's
 * (../services/freshness.ts), judged when read with `now`, never folded.
 */
import type { ChannelMark, ChannelView } from '../projection/outreach-views.js';
import type { ChannelState } from './vocabulary.js';

export const CHANNEL_STATE_LABEL: Readonly<Record<ChannelState, string>> = { working: 'Working', failing: 'Failing', unknown: 'Unknown' };

/** Symbols beside the word, never instead of it: state is never told by colour alone. */
export const CHANNEL_STATE_SYMBOL: Readonly<Record<ChannelState, string>> = { working: '●', failing: '✕', unknown: '?' };

type Judged = Pick<ChannelView, 'freshnessMs'> & { readonly latest: ChannelMark | null };

export interface ShownChannel {
  /** What to act on now: the mark's state while fresh, unknown once not (or before any mark). */
  readonly state: ChannelState;
  /** The faded mark's state when the mark is too old to believe; null while fresh or never marked. */
  readonly was: ChannelState | null;
  readonly stale: boolean;
}

export function isChannelStale(channel: Judged, now: number): boolean {
  return channel.latest !== null && now - channel.latest.at > channel.freshnessMs;
}

export function shownChannel(channel: Judged, now: number): ShownChannel {
  if (channel.latest === null) return { state: 'unknown', was: null, stale: false };
  if (!isChannelStale(channel, now)) return { state: channel.latest.state, was: null, stale: false };
  return { state: 'unknown', was: channel.latest.state === 'unknown' ? null : channel.latest.state, stale: true };
}

/** Working as a person found it within its freshness: the only "working" the outbox trusts. */
export function isChannelWorking(channel: Judged, now: number): boolean {
  return shownChannel(channel, now).state === 'working';
}

/** "12 min ago", "just now", "2h 05m ago". */
export function markedAgo(at: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m ago`;
}

/** "Working", "Unknown · was Working, 42 min ago", "Unknown · not marked yet". */
export function channelStateText(channel: Judged, now: number): string {
  const shown = shownChannel(channel, now);
  if (channel.latest === null) return 'Unknown · not marked yet';
  if (shown.was !== null) return `${CHANNEL_STATE_LABEL.unknown} · was ${CHANNEL_STATE_LABEL[shown.was]}, ${markedAgo(channel.latest.at, now)}`;
  return CHANNEL_STATE_LABEL[shown.state];
}
