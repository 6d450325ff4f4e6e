/** An update cut to each channel: SMS parts, a phone script under a minute, an e-mail, a chat message, a sheet. */
import { describe, expect, it } from 'vitest';
import { cutForChannel } from '../../../shared/outreach/cut-text/cut-for-channel.js';
import { smsEncodingOf, smsLength } from '../../../shared/outreach/cut-text/gsm7.js';
import { splitSms } from '../../../shared/outreach/cut-text/sms.js';
import type { UpdateToCut } from '../../../shared/outreach/cut-text/update-to-cut.js';

const update = (overrides: Partial<UpdateToCut> = {}): UpdateToCut => ({
  incidentTitle: 'Payments down',
  severity: 'SEV1',
  impact: 'Card payments fail for every customer',
  text: 'We have found the cause and are restoring the database.',
  number: 3,
  nextUpdate: '14:30 UTC',
  ...overrides,
});

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('SMS', () => {
  it('sends a short update as one message with the incident and the next update', () => {
    const cut = cutForChannel(update(), 'sms');
    expect(cut.parts).toEqual(['[SEV1] Payments down: We have found the cause and are restoring the database. Next update by 14:30 UTC.']);
    expect(cut.note).toBe('One SMS of up to 160 characters.');
  });

  it('keeps exactly 160 plain characters in one part, and splits 161 into two labelled parts', () => {
    const exactly = 'a'.repeat(9) + ' ' + 'b'.repeat(150);
    expect(exactly).toHaveLength(160);
    expect(splitSms(exactly)).toEqual([exactly]);
    const parts = splitSms(`${exactly}c`);
    expect(parts).toEqual([`(1/2) ${'a'.repeat(9)}`, `(2/2) ${'b'.repeat(150)}c`]);
  });

  it('never splits a word when the parts can break between words, and says "(1/3)"', () => {
    const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const parts = splitSms(long);
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, index) => {
      expect(smsLength(part)).toBeLessThanOrEqual(160);
      expect(part.startsWith(`(${index + 1}/${parts.length}) `)).toBe(true);
    });
    expect(parts.map((part) => part.replace(/^\(\d+\/\d+\) /, '')).join(' ')).toBe(long);
  });

  it('cuts a word longer than a whole part (a long link) where it must, losing no character', () => {
    const link = `https://status.example.org/${'x'.repeat(400)}`;
    const parts = splitSms(`See ${link} now`);
    parts.forEach((part) => expect(smsLength(part)).toBeLessThanOrEqual(160));
    expect(parts.map((part) => part.replace(/^\(\d+\/\d+\) /, '')).join('')).toBe(`See ${link} now`);
  });

  it('falls to 70 characters a part when an emoji or an accent outside GSM-7 needs UCS-2, and says why', () => {
    expect(smsEncodingOf('Zahlungen in Köln gestört')).toBe('gsm7');
    expect(smsEncodingOf('Paiements arrêtés')).toBe('ucs2');
    expect(smsEncodingOf('Payments down 🔥')).toBe('ucs2');
    const cut = cutForChannel(update({ text: 'Les paiements par carte sont arrêtés 🔥 depuis 14:00; nous rétablissons la base de données.' }), 'sms');
    expect(cut.parts.length).toBeGreaterThan(1);
    cut.parts.forEach((part) => expect(smsLength(part, 'ucs2')).toBeLessThanOrEqual(70));
    expect(cut.note).toMatch(/only fit 70 to a message/);
  });

  it('counts an emoji as two and an extension character (€) as two', () => {
    expect(smsLength('🔥', 'ucs2')).toBe(2);
    expect(smsLength('5€')).toBe(3);
    expect(splitSms('€'.repeat(80))).toEqual(['€'.repeat(80)]);
    expect(splitSms('€'.repeat(81))).toHaveLength(2);
  });
});

describe('phone script', () => {
  it('says the incident, the impact and when the next update comes', () => {
    const [script] = cutForChannel(update(), 'phone').parts;
    expect(script).toBe(
      'This is an update on Payments down, a SEV1 incident. Impact: Card payments fail for every customer. We have found the cause and are restoring the database. The next update comes by 14:30 UTC.',
    );
  });

  it('leaves the impact out when none was written', () => {
    const [script] = cutForChannel(update({ impact: '  ' }), 'phone').parts;
    expect(script).not.toMatch(/Impact/);
    expect(script).toMatch(/^This is an update on Payments down, a SEV1 incident\. We have found/);
  });

  it('shortens a long update to its first sentences so it reads in under a minute, and still ends with the next update', () => {
    const sentence = 'The database team is replaying the transaction journal from the standby site one shard at a time.';
    const cut = cutForChannel(update({ text: Array.from({ length: 12 }, () => sentence).join(' ') }), 'phone');
    const [script] = cut.parts;
    expect(words(script!)).toBeLessThanOrEqual(150);
    expect(script).toMatch(/one shard at a time\. The next update comes by 14:30 UTC\.$/);
    expect(cut.note).toMatch(/^Reads in about \d+ seconds; shortened to the first sentences/);
  });

  it('cuts a single very long sentence short with an ellipsis', () => {
    const [script] = cutForChannel(update({ text: Array.from({ length: 300 }, (_, index) => `w${index}`).join(' ') }), 'phone').parts;
    expect(words(script!)).toBeLessThanOrEqual(150);
    expect(script).toMatch(/…/);
  });
});

describe('e-mail, chat and sheet', () => {
  it('gives an e-mail a subject naming the severity, incident and update number', () => {
    const cut = cutForChannel(update(), 'email');
    expect(cut.subject).toBe('[SEV1] Payments down — update 3');
    expect(cut.parts[0]).toBe('We have found the cause and are restoring the database.\n\nImpact: Card payments fail for every customer.\nNext update by 14:30 UTC.');
  });

  it('says no further update is planned when none was promised', () => {
    expect(cutForChannel(update({ nextUpdate: '', impact: '' }), 'email').parts[0]).toBe('We have found the cause and are restoring the database.\n\nNo further update is planned.');
  });

  it('sends chat as one message and a sheet as the full text, however long', () => {
    const text = 'x '.repeat(2_000).trim();
    expect(cutForChannel(update({ text }), 'chat').parts).toHaveLength(1);
    const [sheet] = cutForChannel(update({ text }), 'sheet').parts;
    expect(sheet).toContain(text);
    expect(sheet!.startsWith('[SEV1] Payments down — update 3\n')).toBe(true);
  });
});
