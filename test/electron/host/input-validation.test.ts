import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const ONE_MEGABYTE_NOTE = 'x'.repeat(1024 * 1024);

/** Calls as the UI might send them, each with the sentence a person should see and the field a form should mark. */
type Path = readonly (string | number)[] | undefined;
const badCalls: ReadonlyArray<[string, string, (incidentId: string) => unknown, RegExp, Path]> = [
  ['an empty title', 'declareIncident', () => ({ title: '   ', severity: 'SEV2' }), /^The title cannot be empty\.$/, ['title']],
  ['an unknown severity', 'declareIncident', () => ({ title: 'Latency', severity: 'SEV9' }), /^Severity must be one of SEV1, SEV2, SEV3, SEV4\.$/, ['severity']],
  [
    'a 1 MB note',
    'addEntry',
    (incidentId) => ({ incidentId, text: ONE_MEGABYTE_NOTE }),
    new RegExp(`^The entry is too long \\(at most ${LIMITS.entryChars.toLocaleString('en')} characters\\)\\.$`),
    ['text'],
  ],
  ['an unknown kind of entry', 'addEntry', (incidentId) => ({ incidentId, text: 'Heard', kind: 'rumour' }), /^Kind must be one of note, action, decision, check\.$/, ['kind']],
  ['a time before the year 2000', 'addEntry', (incidentId) => ({ incidentId, text: 'Old', happenedAt: 5 }), /^happenedAt: a time after the year 2000$/, ['happenedAt']],
  ['a malformed incident id', 'addEntry', () => ({ incidentId: '../../etc', text: 'Sneaky' }), /^incidentId: an id of 6 to 64 lower-case letters/, ['incidentId']],
  [
    'a malformed id deep in a list',
    'addStep',
    (incidentId) => ({ incidentId, checklistId: 'checklist-1', title: 'Drain the queue', needs: ['confirm-primary-down', 'Not An Id'] }),
    /^needs\.1: an id of 6 to 64 lower-case letters/,
    ['needs', 1],
  ],
  ['a join with nothing to join by', 'joinRoom', () => ({}), /^Paste an invite code, or type the room name and its secret\.$/, ['invite']],
  ['a join by name without the secret', 'joinRoom', () => ({ name: 'Payments war room' }), /^Paste an invite code, or type the room name and its secret\.$/, ['secret']],
  ['an unknown method', 'dropAllIncidents', () => ({}), /^Holdfast has no operation called "dropAllIncidents"\.$/, undefined],
  ['parameters that are text, not an object', 'declareIncident', () => 'declare it please', /must be an object/, undefined],
  ['parameters that are a list, not an object', 'addEntry', (incidentId) => [incidentId, 'note'], /must be an object/, undefined],
];

describe('calls the host cannot accept', () => {
  it.each(badCalls)('%s is refused as invalid_input with a clear sentence naming the field, and nothing is recorded', (_, method, params, message, path) => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Baseline', severity: 'SEV3' }));
    const vector = host.store.log.versionVector();
    const state = host.projection.canonicalState();

    const error = expectFailure(host.call(method, params(incidentId)));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(error.path).toEqual(path);
    expect(host.store.log.versionVector()).toEqual(vector);
    expect(host.projection.canonicalState()).toBe(state);
  });
});
