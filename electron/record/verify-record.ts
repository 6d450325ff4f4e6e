/**
 * What `holdfast verify` checks in a file: a post-mortem's record (its
 * events are the incident's, its device list says who signed them, and
 * every hash, signature and chain link holds), or the events of an opened
 * room file (every hash, signature and chain link).
 */
import type { z } from 'zod';
import { POST_MORTEM_JSON_FORMAT } from '../../shared/postmortem/postmortem-json.js';
import { isAboutIncident, recordEventSchema, verifiableRecordSchema, type RecordEvent, type VerifiableRecord } from '../../shared/record/verifiable-record.js';
import { checkChains, RECORD_PLACES, type RecordProblem, type SignedBy } from './record-check.js';

export type Verdict =
  | { readonly ok: true; readonly incident: { readonly id: string; readonly title: string } | null; readonly events: number; readonly links: number; readonly signedBy: readonly SignedBy[] }
  /** `event` is null when the file cannot be read as a record at all. */
  | { readonly ok: false; readonly event: RecordProblem | null; readonly problem: string };

const refused = (problem: string): Verdict => ({ ok: false, event: null, problem });

function atEvent(event: RecordEvent, at: string, problem: string): Verdict {
  return { ok: false, event: { device: event.device, seq: event.seq, type: event.type, at, problem }, problem };
}

/** The first schema problem, as a place in the file and what is wrong there. */
function schemaProblem(error: z.ZodError, root: string): string {
  const issue = error.issues[0]!;
  const place = [root, ...issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))].join('').replace(/\.\[/g, '[');
  return `${place} is not as a record holds it: ${issue.message}`;
}

export function verifyPostMortemText(text: string): Verdict {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return refused(`The file is not valid JSON (${(error as Error).message}): it was changed or cut short.`);
  }
  const shape = document as { format?: unknown; incident?: { id?: unknown; title?: unknown }; record?: unknown } | null;
  if (typeof shape !== 'object' || shape === null || shape.format !== POST_MORTEM_JSON_FORMAT) {
    return refused(`The file is not a Holdfast post-mortem (its "format" is not "${POST_MORTEM_JSON_FORMAT}") nor a room file.`);
  }
  if (shape.record === undefined) {
    return refused('The post-mortem holds no record of its events: export it again as JSON with this version of Holdfast (holdfast export --format json).');
  }
  const parsed = verifiableRecordSchema.safeParse(shape.record);
  if (!parsed.success) return refused(schemaProblem(parsed.error, 'record'));
  const incidentId = typeof shape.incident?.id === 'string' ? shape.incident.id : null;
  const title = typeof shape.incident?.title === 'string' ? shape.incident.title : '';
  return verifyRecord(parsed.data, { id: incidentId, title });
}

export function verifyRecord(record: VerifiableRecord, incident: { id: string | null; title: string }): Verdict {
  if (record.incidentId !== incident.id) {
    return refused(`The record is of incident ${record.incidentId}, but the post-mortem is of incident ${String(incident.id)}: they do not belong together.`);
  }
  if (record.events.length === 0) return refused('The record holds no events: nothing in the post-mortem can be checked.');
  const foreign = record.events.findIndex((event) => !isAboutIncident(event, record.incidentId));
  if (foreign !== -1) return atEvent(record.events[foreign]!, RECORD_PLACES.event(foreign), `it is not about incident ${record.incidentId}`);
  if (!record.events.some((event) => event.type === 'incident.declared')) {
    return refused(`The record does not hold the event that declared incident ${record.incidentId}.`);
  }
  const chains = checkChains(record.events, record.links);
  if (!chains.ok) return { ok: false, event: chains.problem, problem: chains.problem.problem };
  const listProblem = deviceListProblem(record, chains.signedBy);
  if (listProblem !== null) return refused(listProblem);
  return { ok: true, incident: { id: record.incidentId, title: incident.title }, events: record.events.length, links: record.links.length, signedBy: chains.signedBy };
}

/** The record's device list must say exactly who signed with which key; a key or name changed in it is caught here. */
function deviceListProblem(record: VerifiableRecord, signedBy: readonly SignedBy[]): string | null {
  const listed = new Map(record.devices.map((entry) => [entry.device, entry]));
  if (listed.size !== record.devices.length) return 'The record lists a device twice in record.devices.';
  for (const signer of signedBy) {
    const entry = listed.get(signer.device);
    if (entry === undefined) return `Device ${signer.device} signed events in the record but is missing from record.devices (or its key there was changed).`;
    if (entry.events !== signer.events || entry.people.join('\n') !== signer.people.join('\n')) {
      return `record.devices says device ${signer.device} signed ${entry.events} events as ${entry.people.join(', ')}; its events say ${signer.events} as ${signer.people.join(', ')}.`;
    }
    listed.delete(signer.device);
  }
  const [extra] = listed.keys();
  return extra === undefined ? null : `record.devices lists device ${extra}, which signed none of the record's events.`;
}

/** The events of an opened room file: one signed event per line. */
export function verifyRoomEvents(lines: readonly string[]): Verdict {
  const events: RecordEvent[] = [];
  for (const [index, line] of lines.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return refused(`Event ${index + 1} of the room file is not valid JSON.`);
    }
    const parsed = recordEventSchema.safeParse(value);
    if (!parsed.success) return refused(schemaProblem(parsed.error, `event ${index + 1} of the room file`));
    events.push(parsed.data);
  }
  if (events.length === 0) return refused('The room file holds no events.');
  const chains = checkChains(events, [], { event: (index) => `event ${index + 1} of the room file`, link: () => '' });
  if (!chains.ok) return { ok: false, event: chains.problem, problem: chains.problem.problem };
  return { ok: true, incident: null, events: events.length, links: 0, signedBy: chains.signedBy };
}
