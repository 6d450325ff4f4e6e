/** What `holdfast verify` says: lines for a person, or JSON for a tool. */
import type { SignedBy } from './record-check.js';
import type { Verdict } from './verify-record.js';

const SHORT_KEY = 8;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const utc = (at: number | null) => (at === null ? 'unknown' : `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`);

function deviceLine(signer: SignedBy): string {
  const people = signer.people.length === 0 ? 'nobody named' : signer.people.join(', ');
  const span = signer.firstSeq === signer.lastSeq ? `seq ${signer.firstSeq}` : `seq ${signer.firstSeq} to ${signer.lastSeq}`;
  const links = signer.links === 0 ? '' : ` (and ${count(signer.links, 'link header', 'link headers')})`;
  return (
    `Device ${signer.device.slice(0, SHORT_KEY)} (${people}) signed ${count(signer.events, 'event', 'events')}${links}, ${span}, ` +
    `from ${utc(signer.firstAt)} to ${utc(signer.lastAt)}. Its full key: ${signer.device}`
  );
}

export function verdictLines(verdict: Verdict): string[] {
  if (!verdict.ok) {
    const event = verdict.event;
    if (event === null) return [`The record does not hold: ${verdict.problem}`];
    const what = event.type === null ? 'link header' : event.type;
    return [`The record does not hold at event seq ${event.seq} of device ${event.device.slice(0, SHORT_KEY)} (${what}, ${event.at}): ${event.problem}.`];
  }
  const about = verdict.incident === null ? 'The room file' : `The record of incident ${verdict.incident.id} (${verdict.incident.title})`;
  const links = verdict.links === 0 ? '' : `, and ${count(verdict.links, 'link header', 'link headers')} of their other events`;
  return [
    `${about} holds: every hash, signature and chain link checks out.`,
    `${count(verdict.events, 'event', 'events')} signed by ${count(verdict.signedBy.length, 'device', 'devices')}${links}.`,
    ...verdict.signedBy.map(deviceLine),
    'Compare the keys with the room’s device list (holdfast room show): the record proves what each key signed, not whose key it is.',
  ];
}

export function verdictJson(verdict: Verdict): unknown {
  if (!verdict.ok) return { ok: false, problem: verdict.problem, event: verdict.event };
  return {
    ok: true,
    incident: verdict.incident,
    events: verdict.events,
    links: verdict.links,
    devices: verdict.signedBy.map((signer) => ({
      ...signer,
      firstAt: signer.firstAt === null ? null : new Date(signer.firstAt).toISOString(),
      lastAt: signer.lastAt === null ? null : new Date(signer.lastAt).toISOString(),
    })),
  };
}
