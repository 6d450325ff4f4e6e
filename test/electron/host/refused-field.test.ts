/**
 * A refusal names the parameter to blame, so a form marks that field and
 * says the host's sentence beside it, instead of guessing which field it was.
 */
import { describe, expect, it } from 'vitest';
import { HoldfastFailure } from '../../../shared/result.js';
import { blamingParameter } from '../../../electron/host/parameter-refusal.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { declaredIncident, folders } = useScratch();

function failover() {
  const { host, incidentId } = declaredIncident('Primary database down', 'SEV1');
  const checklistId = expectOk(host.run('attachRunbook', { incidentId, runbookId: 'database-failover' })).id;
  return { host, incidentId, checklistId };
}

describe('a rule an operation refuses names the parameter', () => {
  it('a blocked step without a reason names the reason', () => {
    const { host, incidentId, checklistId } = failover();
    const error = expectFailure(host.run('setStepStatus', { incidentId, checklistId, stepId: 'confirm-primary-down', status: 'blocked' }));
    expect(error).toMatchObject({ code: 'invalid_input', path: ['reason'] });
    expect(error.message).toMatch(/^Say why the step is blocked/);
  });

  it('a step that does not exist names the step id', () => {
    const { host, incidentId, checklistId } = failover();
    expect(expectFailure(host.run('noteStep', { incidentId, checklistId, stepId: 'no-such-step', text: 'Looked' }))).toEqual({
      code: 'not_found',
      message: 'This checklist has no step with id no-such-step.',
      path: ['stepId'],
    });
  });

  it('an unknown need names where it sits in the list', () => {
    const { host, incidentId, checklistId } = failover();
    const error = expectFailure(host.run('addStep', { incidentId, checklistId, title: 'Drain the queue', needs: ['confirm-primary-down', 'no-such-step'] }));
    expect(error).toMatchObject({ code: 'invalid_input', path: ['needs', 1] });
  });

  it('a relative runbook folder names which of the folders it is', () => {
    const { host } = declaredIncident('Runbooks', 'SEV4');
    const error = expectFailure(host.run('setRunbookFolders', { folders: [folders.make(), 'runbooks/mine'] }));
    expect(error).toEqual({ code: 'invalid_input', message: 'Give the folder as a full path: runbooks/mine is relative.', path: ['folders', 1] });
  });

  it('a next update due in the past names when it is due', () => {
    const { host, incidentId } = declaredIncident('Checkout errors', 'SEV2');
    const error = expectFailure(host.run('publishStatusUpdate', { incidentId, audience: 'internal', text: 'Looking into it.', nextUpdateAt: Date.UTC(2001, 0, 1) }));
    expect(error).toMatchObject({ code: 'invalid_input', path: ['nextUpdateAt'] });
  });

  it('what a file or code reader refuses names the parameter it was given', () => {
    const { host } = declaredIncident('Roster', 'SEV4');
    expect(expectFailure(host.run('importPeople', { content: '\n', format: 'csv' }))).toMatchObject({ code: 'invalid_input', path: ['content'] });
    expect(expectFailure(host.run('importRoom', { content: 'not a room file' }))).toMatchObject({ code: 'invalid_input', path: ['content'] });
    expect(expectFailure(host.run('joinRoom', { invite: 'hello' }))).toMatchObject({ code: 'invalid_input', path: ['invite'] });
    const self = expectOk(host.run('getSession', {})).device;
    expect(expectFailure(host.run('removeDevice', { device: self, reason: 'Lost laptop' }))).toMatchObject({ code: 'conflict', path: ['device'] });
  });

  it('a refusal no one field is to blame for names none', () => {
    const { host, incidentId } = declaredIncident('Latency', 'SEV3');
    const entry = expectOk(host.run('addEntry', { incidentId, kind: 'action', text: 'Restarted the cache' }));
    const error = expectFailure(host.run('editEntry', { incidentId, entryId: entry.id, kind: 'action', text: entry.text, happenedAt: entry.happenedAt }));
    expect(error).toEqual({ code: 'conflict', message: 'Nothing changed in this entry.' });
  });
});

describe('naming the parameter behind a reader’s refusal', () => {
  it('leaves a storage failure unblamed: the value was not at fault', () => {
    const full = () => {
      throw new HoldfastFailure('storage_full', 'The disk is full.');
    };
    let caught: unknown;
    try {
      blamingParameter(['content'], full);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HoldfastFailure);
    expect((caught as HoldfastFailure).path).toBeUndefined();
  });
});
