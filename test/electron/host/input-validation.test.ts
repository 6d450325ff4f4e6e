import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const ONE_MEGABYTE_NOTE = 'x'.repeat(1024 * 1024);

/** Calls as the UI might send them, each with the sentence a person should see. */
const badCalls: ReadonlyArray<[string, string, (incidentId: string) => unknown, RegExp]> = [
  ['an empty title', 'declareIncident', () => ({ title: '   ', severity: 'SEV2' }), /^The title cannot be empty\.$/],
  ['an unknown severity', 'declareIncident', () => ({ title: 'Latency', severity: 'SEV9' }), /^Severity must be one of SEV1, SEV2, SEV3, SEV4\.$/],
  [
    'a 1 MB note',
    'addEntry',
    (incidentId) => ({ incidentId, text: ONE_MEGABYTE_NOTE }),
    new RegExp(`^The entry is too long \\(at most ${LIMITS.entryChars.toLocaleString('en')} characters\\)\\.$`),
  ],
  ['an unknown kind of entry', 'addEntry', (incidentId) => ({ incidentId, text: 'Heard', kind: 'rumour' }), /^Kind must be one of note, action, decision, check\.$/],
  ['a time before the year 2000', 'addEntry', (incidentId) => ({ incidentId, text: 'Old', happenedAt: 5 }), /^happenedAt: a time after the year 2000$/],
  ['a malformed incident id', 'addEntry', () => ({ incidentId: '../../etc', text: 'Sneaky' }), /^incidentId: an id of 6 to 64 lower-case letters/],
  ['an unknown method', 'dropAllIncidents', () => ({}), /^Holdfast has no operation called "dropAllIncidents"\.$/],
  ['parameters that are text, not an object', 'declareIncident', () => 'declare it please', /must be an object/],
  ['parameters that are a list, not an object', 'addEntry', (incidentId) => [incidentId, 'note'], /must be an object/],
];

describe('calls the host cannot accept', () => {
  it.each(badCalls)('%s is refused as invalid_input with a clear sentence, and nothing is recorded', (_, method, params, message) => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Baseline', severity: 'SEV3' }));
    const vector = host.store.log.versionVector();
    const state = host.projection.canonicalState();

    const error = expectFailure(host.call(method, params(incidentId)));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(host.store.log.versionVector()).toEqual(vector);
    expect(host.projection.canonicalState()).toBe(state);
  });
});
