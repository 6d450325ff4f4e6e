/**
 * A small room's log for record tests: Ana and Bo work incident "disk" while
 * Ana also works another incident, so Ana's chain runs through events the
 * disk record may show only as link headers.
 */
import type { SignedEvent } from '../../../shared/events.js';
import { incidentRecord, type RecordSource } from '../../../electron/record/incident-record.js';
import type { VerifiableRecord } from '../../../shared/record/verifiable-record.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

export const DISK = 'disk-incident';
export const OTHER = 'other-incident';
export const SECRET_TEXT = 'Payroll export leaked to the wrong bucket';

export function logSource(events: readonly SignedEvent[]): RecordSource {
  return {
    readNamingIncident: (incidentId) => events.filter((event) => (event.payload as { incidentId?: unknown } | null)?.incidentId === incidentId),
    readHeaders: (device, fromSeq, toSeq) => events.filter((event) => event.device === device && event.seq >= fromSeq && event.seq <= toSeq).sort((a, b) => a.seq - b.seq),
  };
}

export function smallRoom(): { log: SignedEvent[]; ana: SimulatedLaptop; bo: SimulatedLaptop } {
  let now = Date.UTC(2026, 10, 23, 13, 40);
  const clock = () => (now += 1_000);
  const ana = new SimulatedLaptop('Ana Lima', clock);
  const bo = new SimulatedLaptop('Bo Chen', clock);
  const note = (laptop: SimulatedLaptop, incidentId: string, entryId: string, text: string) =>
    laptop.record('timeline.noted', { incidentId, entryId, kind: 'note', text, happenedAt: null });
  const log = [
    ana.record('incident.declared', { incidentId: DISK, title: 'Disk full on db-3', severity: 'SEV2', summary: '' }),
    note(ana, DISK, 'e1', 'WAL archive volume at 100 %'),
    ana.record('incident.declared', { incidentId: OTHER, title: 'Data exposure', severity: 'SEV1', summary: '' }),
    note(ana, OTHER, 'e2', SECRET_TEXT),
    note(bo, DISK, 'e3', 'Deleted WAL archives older than 7 days'),
    note(ana, DISK, 'e4', 'Free space back to 40 %'),
    ana.record('incident.status_changed', { incidentId: DISK, status: 'resolved', reopened: false }),
    note(ana, OTHER, 'e5', 'Bucket made private'),
  ];
  return { log, ana, bo };
}

export function diskRecord(): VerifiableRecord {
  return incidentRecord(logSource(smallRoom().log), DISK);
}
