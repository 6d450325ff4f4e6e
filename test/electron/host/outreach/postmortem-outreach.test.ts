/**
 * One incident that reached people outside the room in every way (a
 * call-out, an update delivered, a promise kept, a shift brief
 * acknowledged) exports a post-mortem that tells each, in every format.
 */
import { describe, expect, it } from 'vitest';
import { connect } from '../../../support/in-memory-link.js';
import { expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { declaredIncident, folders, hosts } = useScratch();

async function incidentThatReachedOut() {
  const { host, incidentId } = declaredIncident('Card payments failing', 'SEV1');
  const dana = expectOk(host.run('savePerson', { name: 'Dana', team: 'Finance', phone: '+44 20 7946 0011', email: 'dana@example.org', chat: '', notes: '', onCall: true }));
  expectOk(host.run('addCallees', { incidentId, callees: [{ personId: dana.id, name: 'Dana', why: 'on call for Finance', chain: 'Finance', phone: dana.phone }] }));
  expectOk(host.run('progressCallout', { incidentId, calleeKey: `person:${dana.id}`, state: 'reached' }));
  const { statusUpdates } = expectOk(host.run('publishStatusUpdate', { incidentId, audience: 'management', text: 'Card payments fail; the database is being restored.', nextUpdateAt: Date.now() + 30 * 60_000 }));
  expectOk(host.run('addRecipients', { incidentId, audienceId: 'management', recipients: [{ kind: 'person', personId: dana.id }] }));
  expectOk(host.run('recordDeliveries', { incidentId, updateId: statusUpdates[0]!.id, deliveries: [{ recipientKey: `person:${dana.id}`, recipientName: 'Dana', channelId: 'sms', outcome: 'delivered' }] }));
  const { promises } = expectOk(host.run('makePromise', { incidentId, what: 'An ETA for payments', to: 'Management', dueAt: Date.now() + 60 * 60_000 }));
  expectOk(host.run('closePromise', { incidentId, promiseId: promises[0]!.id, outcome: 'kept', reason: 'ETA given at 16:00' }));
  expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana', personId: null, reason: '' }));
  const { briefs } = expectOk(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: 'Bo', hours: 4, sections: [{ heading: 'Steps open', items: ['Restore the ledger'] }], questions: 'Has the bank called back?' }));
  const bo = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
  expectOk(bo.run('setName', { name: 'Bo' }));
  connect(host, bo);
  await settled(host, bo);
  expectOk(bo.run('acknowledgeBrief', { incidentId, briefId: briefs[0]!.id }));
  await settled(host, bo);
  return { host, incidentId };
}

describe('the post-mortem of an incident that reached people outside the room', () => {
  it('tells the call-out, who was told, the promises and the shift briefs in Markdown, HTML and JSON', async () => {
    const { host, incidentId } = await incidentThatReachedOut();
    const markdown = expectOk(host.run('exportPostMortem', { incidentId, format: 'md' })).content;
    for (const heading of ['## Call-out', '## Who was told', '## Promises made', '## Shift hand-overs']) expect(markdown).toContain(heading);
    expect(markdown).toContain('An ETA for payments');
    expect(markdown).toContain('Has the bank called back?');

    const html = expectOk(host.run('exportPostMortem', { incidentId, format: 'html' })).content;
    for (const anchor of ['id="call-out"', 'id="who-was-told"', 'id="promises"', 'id="shift-hand-overs"']) expect(html).toContain(anchor);

    const json = JSON.parse(expectOk(host.run('exportPostMortem', { incidentId, format: 'json' })).content) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['callout', 'deliveries', 'promises', 'briefs']));
    expect(JSON.stringify(json.briefs)).toContain('Bo');
    expect(JSON.stringify(json.promises)).toContain('kept');
  });

  it('leaves every such part out of an incident that had none', () => {
    const { host, incidentId } = declaredIncident('Quiet one', 'SEV4');
    const markdown = expectOk(host.run('exportPostMortem', { incidentId, format: 'md' })).content;
    for (const heading of ['## Call-out', '## Who was told', '## Promises made', '## Shift hand-overs']) expect(markdown).not.toContain(heading);
    const json = JSON.parse(expectOk(host.run('exportPostMortem', { incidentId, format: 'json' })).content) as Record<string, unknown>;
    for (const field of ['callout', 'deliveries', 'promises', 'briefs']) expect(json).not.toHaveProperty(field);
  });
});
