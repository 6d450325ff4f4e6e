/**
 * Exporting the post-mortem through the host, as the post-mortem screen
 * does: a file named after the incident, a draft with its warning until an
 * action item prevents a recurrence, and a clear sentence for a format or an
 * incident that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { NO_PREVENTIVE_ACTION } from '../../../shared/postmortem/post-mortem-warnings.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { declaredIncident } = useScratch();

describe('exporting the post-mortem', () => {
  it('is a draft with its warning until a preventive action item is saved, and exported all the same', () => {
    const { host, incidentId } = declaredIncident('Checkout is down', 'SEV1');
    const draft = expectOk(host.run('exportPostMortem', { incidentId, format: 'md' }));
    expect(draft).toMatchObject({ mediaType: 'text/markdown; charset=utf-8', draft: true });
    expect(draft.fileName).toMatch(/^postmortem-checkout-is-down-\d{4}-\d\d-\d\d\.md$/);
    expect(draft.warnings).toContain(NO_PREVENTIVE_ACTION);
    expect(draft.content).toMatch(/^# Post-mortem: Checkout is down\n/);

    expectOk(host.run('savePerson', { name: 'Ana', team: 'Payments', phone: '', email: '', chat: '', notes: '', onCall: false }));
    expectOk(host.run('saveActionItem', { incidentId, what: 'Canary the payment gateway config', owner: 'Ana', due: '2026-12-20', kind: 'prevent' }));
    const done = expectOk(host.run('exportPostMortem', { incidentId, format: 'html' }));
    expect(done).toMatchObject({ mediaType: 'text/html; charset=utf-8', draft: false });
    expect(done.warnings).not.toContain(NO_PREVENTIVE_ACTION);
    expect(done.content).toContain('Canary the payment gateway config');
    expect(done.content).not.toContain('DRAFT');
  });

  it('stays a draft while a preventive action has no due date or an owner not on the roster, naming it', () => {
    const { host, incidentId } = declaredIncident('Checkout is down', 'SEV1');
    expectOk(host.run('saveActionItem', { incidentId, what: 'Canary the payment gateway config', owner: 'Zed', kind: 'prevent' }));
    const file = expectOk(host.run('exportPostMortem', { incidentId, format: 'md' }));
    expect(file.draft).toBe(true);
    expect(file.warnings).toContain(
      'Preventive action “Canary the payment gateway config” has no due date and its owner Zed is not on the roster: this post-mortem is a draft until each preventive action has an owner on the roster and a due date.',
    );
  });

  it('refuses a format it cannot write and an incident that is not here, each with a sentence', () => {
    const { host, incidentId } = declaredIncident('Checkout is down', 'SEV1');
    expect(expectFailure(host.run('exportPostMortem', { incidentId, format: 'pdf' as 'md' })).message).toContain('The format is one of md, html, json.');
    expect(expectFailure(host.run('exportPostMortem', { incidentId: 'no-such-incident', format: 'json' })).message).toBe('No incident with id no-such-incident is in this war room.');
  });
});
