/**
 * Audiences' lists through the host: people, teams and partners from the
 * roster, addresses typed in, audiences added for one incident, and two
 * laptops editing a list while cut off ending with the same list.
 */
import { describe, expect, it } from 'vitest';
import { resolveRecipients } from '../../../../shared/outreach/resolve-recipients.js';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { declaredIncident, folders, hosts } = useScratch();

function withRoster() {
  const declared = declaredIncident('Mail relay down', 'SEV2');
  const { host } = declared;
  const person = (name: string, team: string, phone: string) =>
    expectOk(host.run('savePerson', { name, team, phone, email: `${name.toLowerCase()}@example.org`, chat: '', notes: '', onCall: false }));
  const ana = person('Ana', 'Payments', '+44 20 7946 0001');
  const bo = person('Bo', 'Payments', '+44 20 7946 0002');
  const chen = person('Chen', 'Network', '');
  const bank = expectOk(host.run('savePartner', { name: 'North Bank', kind: 'bank', provides: '', contacts: [{ name: 'Dee', role: 'duty manager', phone: '+44 20 7946 0100', email: '' }], notes: '' }));
  return { ...declared, ana, bo, chen, bank };
}

describe('audiences’ lists', () => {
  it('puts people, teams and partners on a list, and reaches each person once with the roster’s addresses', () => {
    const { host, incidentId, ana, bank } = withRoster();
    const outreach = expectOk(
      host.run('addRecipients', {
        incidentId,
        audienceId: 'management',
        recipients: [
          { kind: 'person', personId: ana.id },
          { kind: 'team', team: 'payments' },
          { kind: 'partner', partnerId: bank.id },
          { kind: 'other', name: 'Front desk', phone: '+44 20 7946 0999' },
        ],
      }),
    );
    const management = outreach.audiences.find((audience) => audience.id === 'management')!;
    expect(management.recipients.map((recipient) => recipient.name)).toEqual(['Ana', 'Payments', 'North Bank', 'Front desk']);
    const people = expectOk(host.run('listPeople', {}));
    const partners = expectOk(host.run('listPartners', {}));
    const reached = resolveRecipients(management.recipients, people, partners);
    expect(reached.map((recipient) => [recipient.name, recipient.via, recipient.phone])).toEqual([
      ['Ana', '', '+44 20 7946 0001'],
      ['Bo', 'Payments', '+44 20 7946 0002'],
      ['Dee', 'North Bank', '+44 20 7946 0100'],
      ['Front desk', '', '+44 20 7946 0999'],
    ]);
  });

  it('refuses a team nobody on the roster is in, and someone typed in with no way to reach them', () => {
    const { host, incidentId } = withRoster();
    expect(expectFailure(host.run('addRecipients', { incidentId, audienceId: 'internal', recipients: [{ kind: 'team', team: 'Mainframe' }] })).message).toBe(
      'Nobody on the roster is in a team called “Mainframe”.',
    );
    expect(expectFailure(host.run('addRecipients', { incidentId, audienceId: 'internal', recipients: [{ kind: 'other', name: 'Regulator' }] })).message).toMatch(/at least one way to reach Regulator/);
  });

  it('adds an audience for one incident, and refuses the same name twice', () => {
    const { host, incidentId } = withRoster();
    const outreach = expectOk(host.run('addAudience', { incidentId, name: 'Regulator (FCA)' }));
    expect(outreach.audiences.map((audience) => audience.name)).toEqual(['Internal', 'Customers', 'Partners', 'Management', 'Regulator (FCA)']);
    expect(expectFailure(host.run('addAudience', { incidentId, name: 'regulator (fca)' })).message).toBe('This incident already has an audience called Regulator (FCA).');
  });

  it('ends with the same list on two laptops that edited it while cut off', async () => {
    const { host: first, incidentId, ana, bo } = withRoster();
    expectOk(first.run('addRecipients', { incidentId, audienceId: 'internal', recipients: [{ kind: 'person', personId: ana.id }] }));
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(first, second);
    await settled(first, second);
    link.left.end('cut off');
    expectOk(first.run('removeRecipient', { incidentId, audienceId: 'internal', recipientKey: `person:${ana.id}` }));
    expectOk(second.run('addRecipients', { incidentId, audienceId: 'internal', recipients: [{ kind: 'person', personId: bo.id }] }));
    connect(first, second);
    await settled(first, second);
    const names = (host: typeof first) => expectOk(host.run('getIncident', { incidentId })).outreach.audiences[0]!.recipients.map((recipient) => recipient.name);
    expect(names(first)).toEqual(['Bo']);
    expect(names(second)).toEqual(names(first));
  });
});
