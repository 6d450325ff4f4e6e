/**
 * Checks a record of signed events: each event's hash against its content,
 * each signature against its device's key (the device id is the key), and
 * each device's chain link by link. Order in the file does not matter; the
 * first problem found, walking devices by key and events by seq, is named.
 *
 * What it proves: every event here is as its device signed it, and nothing
 * between a device's first and last event here was taken out or changed.
 * What it cannot: that a device's later events, or a whole device, were not
 * left out, nor that a key belongs to the person named (compare the keys
 * with the room's device list).
 */
import { hashEvent, signatureProblem } from '../identity/signing.js';
import { hlcWall } from '../../shared/hlc.js';
import type { LinkHeader, RecordEvent } from '../../shared/record/verifiable-record.js';

/** One event or link header, with where it is in the file. */
interface Item {
  readonly header: LinkHeader;
  /** Null for a link header, whose content the record leaves out. */
  readonly event: RecordEvent | null;
  /** Where it is in the file, such as `record.events[4]`. */
  readonly at: string;
}

/** The first event that does not hold, and why. */
export interface RecordProblem {
  readonly device: string;
  readonly seq: number;
  /** Null for a link header. */
  readonly type: string | null;
  readonly at: string;
  readonly problem: string;
}

/** What a device signed in the record. */
export interface SignedBy {
  readonly device: string;
  readonly people: readonly string[];
  readonly events: number;
  readonly links: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** Wall-clock times of its first and last full event, in ms. */
  readonly firstAt: number | null;
  readonly lastAt: number | null;
}

export type ChainCheck = { readonly ok: true; readonly signedBy: readonly SignedBy[] } | { readonly ok: false; readonly problem: RecordProblem };

const HASH = /^[0-9a-f]{64}$/;
const DEVICE_BYTES = 32;
const SIGNATURE_BYTES = 64;

/** True when `text` is exactly the base64url of `bytes` bytes: a decoder forgives stray bits a changed character leaves behind. */
function isExactBase64url(text: string, bytes: number): boolean {
  const decoded = Buffer.from(text, 'base64url');
  return decoded.length === bytes && decoded.toString('base64url') === text;
}

function ownProblem(item: Item): string | null {
  const { header, event } = item;
  if (!isExactBase64url(header.device, DEVICE_BYTES)) return 'its device key is not a 32-byte base64url key';
  if (!HASH.test(header.hash)) return 'its hash is not 64 lower-case hex digits';
  if (header.prev !== null && !HASH.test(header.prev)) return 'its link to the event before it (prev) is not 64 lower-case hex digits';
  if (!isExactBase64url(header.sig, SIGNATURE_BYTES)) return 'its signature is not 64 bytes of base64url';
  if (event !== null && hashEvent(event) !== event.hash) return 'its hash does not match its content: the event was changed after it was signed';
  if (signatureProblem(header) !== null) return "its signature does not verify with its device's key";
  return null;
}

function problemAt(item: Item, problem: string): ChainCheck {
  return { ok: false, problem: { device: item.header.device, seq: item.header.seq, type: item.event?.type ?? null, at: item.at, problem } };
}

function byDeviceThenSeq(a: Item, b: Item): number {
  const left = a.header;
  const right = b.header;
  return left.device < right.device ? -1 : left.device > right.device ? 1 : left.seq - right.seq;
}

/** Where an event or a link header is in the file, so that a problem says where to look. */
export interface ItemPlaces {
  event(index: number): string;
  link(index: number): string;
}

export const RECORD_PLACES: ItemPlaces = { event: (index) => `record.events[${index}]`, link: (index) => `record.links[${index}]` };

/**
 * Checks events (in full) and link headers (without content): first each
 * one's own hash and signature, then each device's chain, walked from its
 * first event here by following `prev` links. A full event's seq is covered
 * by its hash, a link header's is not, so walking from a full event is what
 * shows which item's seq or link was changed.
 */
export function checkChains(events: readonly RecordEvent[], links: readonly LinkHeader[], places: ItemPlaces = RECORD_PLACES): ChainCheck {
  const items: Item[] = [
    ...events.map((event, index) => ({ header: event, event, at: places.event(index) })),
    ...links.map((header, index) => ({ header, event: null, at: places.link(index) })),
  ].sort(byDeviceThenSeq);

  for (const item of items) {
    const own = ownProblem(item);
    if (own !== null) return problemAt(item, own);
  }
  const byDevice = new Map<string, Item[]>();
  for (const item of items) {
    const chain = byDevice.get(item.header.device) ?? [];
    chain.push(item);
    byDevice.set(item.header.device, chain);
  }
  for (const chain of byDevice.values()) {
    const problem = chainProblem(chain);
    if (problem !== null) return problem;
  }
  return { ok: true, signedBy: signedBy(items) };
}

/** Walks one device's items (sorted by seq) from the first, each to the one whose `prev` is its hash. */
function chainProblem(chain: readonly Item[]): ChainCheck | null {
  const first = chain[0]!;
  if (first.event === null) return problemAt(first, "a link header cannot start its device's part of the record: the event before it was taken out");
  if ((first.header.prev === null) !== (first.header.seq === 1)) {
    return problemAt(first, `its seq (${first.header.seq}) and its link to the event before it (prev) disagree about whether it is its device's first event`);
  }
  const next = new Map<string, Item[]>();
  for (const item of chain.slice(1)) {
    const followers = next.get(item.header.prev ?? '') ?? [];
    followers.push(item);
    next.set(item.header.prev ?? '', followers);
  }
  const visited = new Set<Item>([first]);
  let current = first;
  for (;;) {
    const followers = next.get(current.header.hash) ?? [];
    if (followers.length > 1) return problemAt(followers[1]!, `its device signed two events after seq ${current.header.seq}, or the record holds this one twice`);
    const follower = followers[0];
    if (follower === undefined || visited.has(follower)) break;
    if (follower.header.seq !== current.header.seq + 1) return problemAt(follower, `its seq ${follower.header.seq} should be ${current.header.seq + 1}: it follows seq ${current.header.seq}`);
    visited.add(follower);
    current = follower;
  }
  const stranded = chain.find((item) => !visited.has(item));
  if (stranded !== undefined) return problemAt(stranded, `the event before it (seq ${stranded.header.seq - 1}) is not in the record, or was changed: nothing here links to it`);
  if (current.event === null) return problemAt(current, "a link header cannot end its device's part of the record: the event after it was taken out");
  return null;
}

function signedBy(items: readonly Item[]): SignedBy[] {
  const summaries: SignedBy[] = [];
  for (const item of items) {
    const { device, seq } = item.header;
    let last = summaries.at(-1);
    if (last?.device !== device) {
      last = { device, people: [], events: 0, links: 0, firstSeq: seq, lastSeq: seq, firstAt: null, lastAt: null };
      summaries.push(last);
    }
    const at = item.event === null ? null : hlcWall(item.event.hlc);
    const people = item.event === null || last.people.includes(item.event.author) ? last.people : [...last.people, item.event.author].sort();
    summaries[summaries.length - 1] = {
      ...last,
      people,
      events: last.events + (item.event === null ? 0 : 1),
      links: last.links + (item.event === null ? 1 : 0),
      lastSeq: seq,
      firstAt: last.firstAt ?? at,
      lastAt: at ?? last.lastAt,
    };
  }
  return summaries;
}
