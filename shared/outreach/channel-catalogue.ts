/**
 * The channels a company reaches people through, kept as data in
 * `runbooks/outreach/channels.yaml` (and a laptop's own folders'
 * `outreach/`). This is the shape the rest of Holdfast sees of them,
 * once read (parse-channels.ts).
 */
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { ChannelKind } from './vocabulary.js';

export interface ChannelSpec {
  readonly channelId: string;
  readonly name: string;
  readonly kind: ChannelKind;
  /** How long a person's word that it works (or fails) stays true. */
  readonly freshnessMs: number;
}

export interface CatalogueChannel extends ChannelSpec {
  /** One line on how to use it when things are down; '' when the file says none. */
  readonly how: string;
  readonly file: string;
  readonly line: number;
  readonly origin: 'shipped' | 'own';
}

export interface ChannelCatalogueView {
  readonly channels: readonly CatalogueChannel[];
  /** Entries refused, each with file, line and reason; the rest loaded. */
  readonly problems: readonly RunbookProblem[];
  /** Channels an own folder replaced by id, on purpose (absent when none did). */
  readonly replacements?: readonly ChannelReplacement[];
}

/** A channel of this laptop's own folder that replaced one of the same id read before it. */
export interface ChannelReplacement {
  readonly channelId: string;
  /** Where the one replaced was, as `FILE:LINE`. */
  readonly replaced: string;
}
