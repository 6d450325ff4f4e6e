/**
 * Answers the API socket sends packed to a client that asks for them (the
 * browser UI does; a script reading the socket gets them as they are), and
 * how each is read back. Only an answer whose size a person waits for is
 * here: an incident's whole timeline, read when the incident is opened.
 */
import type { ApiMethod, ApiResult } from '../api.js';
import { isPackedTimeline, packTimeline, unpackTimeline } from './timelinePacking.js';

interface Packing<T> {
  readonly pack: (value: T) => unknown;
  /** Takes the packed form or, from a peer that did not pack it, the answer as it is. */
  readonly unpack: (sent: unknown) => T;
}

const PACKINGS: { readonly [M in ApiMethod]?: Packing<ApiResult<M>> } = {
  getIncident: {
    pack: (detail) => ({ ...detail, timeline: packTimeline(detail.timeline) ?? detail.timeline }),
    unpack: (sent) => {
      const detail = sent as ApiResult<'getIncident'>;
      const timeline: unknown = detail.timeline;
      return isPackedTimeline(timeline) ? { ...detail, timeline: unpackTimeline(timeline) } : detail;
    },
  },
};

function packingOf(method: string): Packing<unknown> | undefined {
  return Object.hasOwn(PACKINGS, method) ? (PACKINGS[method as ApiMethod] as Packing<unknown>) : undefined;
}

export function packAnswer(method: string, value: unknown): unknown {
  const packing = packingOf(method);
  return packing ? packing.pack(value) : value;
}

export function unpackAnswer(method: string, sent: unknown): unknown {
  const packing = packingOf(method);
  return packing ? packing.unpack(sent) : sent;
}
