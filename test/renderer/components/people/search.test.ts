/**
 * Finding someone on the People and Partners screens by what a person
 * remembers and types in a hurry, without accents, in any case, a phone
 * number with or without its spaces.
 */
import { describe, expect, it } from 'vitest';
import type { PartnerView, PersonView } from '../../../../shared/projection/views.js';
import { partnerMatches, personMatches } from '../../../../renderer/components/people/search.js';
import { rosterFormatOf } from '../../../../shared/people/roster-format.js';

function person(fields: Partial<PersonView>): PersonView {
  return { id: 'person-1', name: '', team: '', phone: '', email: '', chat: '', notes: '', onCall: false, phones: [], emails: [], updatedAt: 0, updatedBy: 'Dana', ...fields };
}

const zoe = person({ name: 'Zoë Ørsted', team: 'SRE', phone: '+45 31 22 09 87', email: 'zoe@example.dk', chat: '@zoe', notes: 'Knows the VPN' });
const jose = person({ name: 'JOSÉ Álvarez', team: 'Réseau', chat: 'jose.alvarez' });

describe('searching the roster', () => {
  it('finds a name without its accents and in any case', () => {
    expect(personMatches(zoe, 'zoe orsted')).toBe(true);
    expect(personMatches(jose, 'jose alv')).toBe(true);
    expect(personMatches(jose, 'reseau')).toBe(true);
    expect(personMatches(zoe, 'ZOË')).toBe(true);
  });

  it('needs every word typed to be found somewhere', () => {
    expect(personMatches(zoe, 'zoe sre')).toBe(true);
    expect(personMatches(zoe, 'zoe network')).toBe(false);
  });

  it('finds a phone number by its digits, however it is spaced', () => {
    expect(personMatches(zoe, '31220987')).toBe(true);
    expect(personMatches(zoe, '+45 3122')).toBe(true);
    expect(personMatches(zoe, '9999')).toBe(false);
  });

  it('finds by e-mail and chat handle, not by notes', () => {
    expect(personMatches(zoe, 'zoe@example')).toBe(true);
    expect(personMatches(zoe, '@zoe')).toBe(true);
    expect(personMatches(zoe, 'vpn')).toBe(false);
  });

  it('shows everyone for an empty search', () => {
    expect(personMatches(zoe, '   ')).toBe(true);
  });
});

describe('searching partners', () => {
  const bank: PartnerView = {
    id: 'partner-1',
    name: 'Banco Norte',
    kind: 'bank',
    provides: 'Card payments',
    contacts: [{ name: 'María Silva', role: 'Duty manager', phone: '+351 210 000 111', email: 'maria@banconorte.example' }],
    notes: '',
    updatedAt: 0,
    updatedBy: 'Dana',
  };

  it('finds a partner by its kind, what it provides, or a contact', () => {
    expect(partnerMatches(bank, 'Bank', 'bank')).toBe(true);
    expect(partnerMatches(bank, 'Bank', 'payments')).toBe(true);
    expect(partnerMatches(bank, 'Bank', 'maria duty')).toBe(true);
    expect(partnerMatches(bank, 'Bank', '210000111')).toBe(true);
    expect(partnerMatches(bank, 'Bank', 'vendor')).toBe(false);
  });
});

describe('the format of a chosen roster file', () => {
  it('follows the person’s choice, else the file name, else what the text looks like', () => {
    expect(rosterFormatOf('csv', 'contacts.vcf', 'BEGIN:VCARD')).toBe('csv');
    expect(rosterFormatOf('auto', 'Contacts.VCF', 'name,email')).toBe('vcard');
    expect(rosterFormatOf('auto', 'roster.csv', 'BEGIN:VCARD')).toBe('csv');
    expect(rosterFormatOf('auto', 'export.txt', '\uFEFF\r\nBEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD')).toBe('vcard');
    expect(rosterFormatOf('auto', 'export.txt', 'name,email')).toBe('csv');
  });
});
