/**
 * Gathers an incident's record from the event log: its events in full, the
 * headers of each device's other events between them, and who signed with
 * each device. Read when a post-mortem is exported as JSON, never kept.
 */
import { compareHlc, decodeHlc } from '../../shared/hlc.js';
import type { SignedEvent } from '../../shared/events.js';
import { isAboutIncident, type LinkHeader, type RecordDevice, type RecordEvent, type VerifiableRecord } from '../../shared/record/verifiable-record.js';

/** The part of the event log a record is read from. */
export interface RecordSource {
  /** The events whose payload names the incident; isAboutIncident still decides which are about it. */
  readNamingIncident(incidentId: string): Iterable<SignedEvent>;
  /** A device's chain links between two seqs, without their content. */
  readHeaders(device: string, fromSeq: number, toSeq: number): Iterable<LinkHeader>;
}

const byDeviceThenSeq = (a: { device: string; seq: number }, b: { device: string; seq: number }) => (a.device < b.device ? -1 : a.device > b.device ? 1 : a.seq - b.seq);

function inClockOrder(a: RecordEvent, b: RecordEvent): number {
  return compareHlc(decodeHlc(a.hlc), decodeHlc(b.hlc)) || byDeviceThenSeq(a, b);
}

function recordEventOf(event: SignedEvent): RecordEvent {
  return { device: event.device, seq: event.seq, hlc: event.hlc, author: event.author, type: event.type, payload: event.payload, prev: event.prev, hash: event.hash, sig: event.sig };
}

export function incidentRecord(source: RecordSource, incidentId: string): VerifiableRecord {
  const events: RecordEvent[] = [];
  for (const event of source.readNamingIncident(incidentId)) if (isAboutIncident(event, incidentId)) events.push(recordEventOf(event));
  events.sort(inClockOrder);

  const seqsOf = new Map<string, Set<number>>();
  for (const event of events) {
    const seqs = seqsOf.get(event.device) ?? new Set<number>();
    seqs.add(event.seq);
    seqsOf.set(event.device, seqs);
  }

  const links: LinkHeader[] = [];
  const devices: RecordDevice[] = [];
  for (const [device, seqs] of [...seqsOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = Math.min(...seqs);
    const last = Math.max(...seqs);
    for (const other of source.readHeaders(device, first, last)) {
      if (!seqs.has(other.seq)) links.push({ device, seq: other.seq, prev: other.prev, hash: other.hash, sig: other.sig });
    }
    const people = [...new Set(events.filter((event) => event.device === device).map((event) => event.author))].sort();
    devices.push({ device, people, events: seqs.size });
  }
  links.sort(byDeviceThenSeq);
  return { incidentId, events, links, devices };
}
