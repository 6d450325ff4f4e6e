/**
 * The record behind a post-mortem: the signed events it was made from, so
 * that anyone holding the file can check, offline and without Holdfast's
 * word for it, that every event is as its device signed it and that no
 * event between them was taken out. docs/verifiable-record.md describes it
 * (held to this schema by a test); `holdfast verify` checks it.
 *
 * `events` are the incident's events in full. A device's chain (each event
 * names the hash of the one before it) also runs through events about other
 * things; those appear in `links` as headers only, without their content, so
 * the chain can be walked link by link without showing other incidents.
 */
import { z } from 'zod';
import { SUBJECT_OF, type Subject } from '../projection/routes.js';

/** The subjects an incident's record takes its events from: everything about the incident, nothing about the room. */
const INCIDENT_SUBJECTS: ReadonlySet<Subject> = new Set<Subject>(['incident', 'entry', 'checklist', 'board', 'outreach']);

const device = z.string().describe('The device that signed it: its ed25519 public key, base64url (43 characters)');
const seq = z.number().int().positive().describe('Its place in its device’s chain: 1, 2, 3… without gaps');
const prev = z.string().nullable().describe('The hash of the device’s event before it (seq − 1); null for seq 1');
const hash = z.string().describe('sha256, hex, of the canonical JSON of the event without hash and sig');
const sig = z.string().describe('ed25519 signature of the 32 hash bytes by the device’s key, base64url');

export const recordEventSchema = z.object({
  device,
  seq,
  hlc: z.string().describe('Its clock stamp: wall-clock milliseconds, 15 digits, a dot, a 5-digit counter'),
  author: z.string().describe('The person who recorded it, as they named themselves'),
  type: z.string().describe('What happened, such as timeline.noted'),
  payload: z.unknown().describe('What was recorded, as signed'),
  prev,
  hash,
  sig,
});

export const linkHeaderSchema = z.object({ device, seq, prev, hash, sig });

export const recordDeviceSchema = z.object({
  device,
  people: z.array(z.string()).describe('Who signed the record’s events with it, sorted'),
  events: z.number().int().describe('How many of the record’s events it signed'),
});

export const verifiableRecordSchema = z.object({
  incidentId: z.string().describe('The incident the events are about: the document’s incident.id'),
  events: z.array(recordEventSchema).describe('Every event about the incident, in full, in clock order'),
  links: z
    .array(linkHeaderSchema)
    .describe('The headers of each device’s other events between its first and last event above, without their content, by device then seq'),
  devices: z.array(recordDeviceSchema).describe('Each device that signed an event above, by key'),
});

export type RecordEvent = z.infer<typeof recordEventSchema>;
export type LinkHeader = z.infer<typeof linkHeaderSchema>;
export type RecordDevice = z.infer<typeof recordDeviceSchema>;
export type VerifiableRecord = z.infer<typeof verifiableRecordSchema>;

/** True when a signed event is about the incident: its type is one of an incident's and its payload names the incident. */
export function isAboutIncident(event: { readonly type: string; readonly payload: unknown }, incidentId: string): boolean {
  const subject = (SUBJECT_OF as Readonly<Record<string, Subject>>)[event.type];
  if (subject === undefined || !INCIDENT_SUBJECTS.has(subject)) return false;
  const payload = event.payload;
  return typeof payload === 'object' && payload !== null && (payload as { incidentId?: unknown }).incidentId === incidentId;
}
