import { describe, expect, it } from 'vitest';
import { generateDeviceKey } from '../../../electron/identity/device-key.js';
import { signEvent } from '../../../electron/identity/signing.js';
import { verifyPostMortemText, verifyRecord, type Verdict } from '../../../electron/record/verify-record.js';
import type { VerifiableRecord } from '../../../shared/record/verifiable-record.js';
import { DISK, SECRET_TEXT, diskRecord } from './record-fixture.js';

const incident = { id: DISK, title: 'Disk full on db-3' };
const copy = (record: VerifiableRecord): VerifiableRecord => structuredClone(record);
const verify = (record: VerifiableRecord) => verifyRecord(record, incident);

function failedAt(verdict: Verdict): string | null {
  if (verdict.ok) return null;
  return verdict.event?.at ?? `(no event) ${verdict.problem}`;
}

/** Another character of the same alphabet: a hex digit stays hex, base64url stays base64url, a digit stays a digit. */
function changedChar(char: string): string {
  if (/[0-9]/.test(char)) return char === '9' ? '8' : String.fromCharCode(char.charCodeAt(0) + 1);
  if (/[a-f]/.test(char)) return char === 'f' ? 'e' : String.fromCharCode(char.charCodeAt(0) + 1);
  if (/[A-Za-z]/.test(char)) return char === 'z' || char === 'Z' ? String.fromCharCode(char.charCodeAt(0) - 1) : String.fromCharCode(char.charCodeAt(0) + 1);
  return char === '-' ? '_' : '-';
}

/** The text with one character changed at `at`. */
const oneCharChanged = (text: string, at: number) => text.slice(0, at) + changedChar(text[at]!) + text.slice(at + 1);

/** Every single-character change of a string field: first, middle and last character. */
function positions(text: string): number[] {
  return [...new Set([0, Math.floor(text.length / 2), text.length - 1])];
}

describe('the record of an incident', () => {
  it('holds the incident’s events in full, and the other incident’s only as link headers', () => {
    const record = diskRecord();
    expect(record.events.map((event) => event.type)).toEqual(['incident.declared', 'timeline.noted', 'timeline.noted', 'timeline.noted', 'incident.status_changed']);
    expect(record.links.map((link) => link.seq)).toEqual([3, 4]);
    expect(JSON.stringify(record)).not.toContain(SECRET_TEXT);
    expect(record.devices.map((device) => device.people)).toEqual(expect.arrayContaining([['Ana Lima'], ['Bo Chen']]));
  });

  it('verifies, naming who signed what with which device', () => {
    const verdict = verify(diskRecord());
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const ana = verdict.signedBy.find((signer) => signer.people.includes('Ana Lima'))!;
    expect(ana).toMatchObject({ events: 4, links: 2, firstSeq: 1, lastSeq: 6 });
    expect(verdict.signedBy.find((signer) => signer.people.includes('Bo Chen'))).toMatchObject({ events: 1, links: 0, firstSeq: 1, lastSeq: 1 });
  });

  it('verifies whatever order the file lists its events and links in', () => {
    const record = diskRecord();
    expect(verify({ ...record, events: [...record.events].reverse(), links: [...record.links].reverse() }).ok).toBe(true);
  });
});

describe('a changed record', () => {
  it('fails on any one character changed in any field of any event, naming that event', () => {
    const sound = diskRecord();
    let cases = 0;
    sound.events.forEach((event, index) => {
      for (const field of ['device', 'hlc', 'author', 'type', 'prev', 'hash', 'sig'] as const) {
        const value = event[field];
        if (value === null) continue;
        for (const at of positions(value)) {
          const record = copy(sound);
          record.events[index] = { ...event, [field]: oneCharChanged(value, at) };
          expect(failedAt(verify(record)), `${field}[${at}] of event ${index}`).toBe(`record.events[${index}]`);
          cases += 1;
        }
      }
      for (const seq of [event.seq + 1, event.seq - 1]) {
        if (seq < 1) continue;
        const record = copy(sound);
        record.events[index] = { ...event, seq };
        expect(failedAt(verify(record)), `seq ${seq} of event ${index}`).toBe(`record.events[${index}]`);
        cases += 1;
      }
      const payload = event.payload as Record<string, unknown>;
      for (const key of Object.keys(payload)) {
        const value = payload[key];
        if (typeof value !== 'string' || value === '') continue;
        const record = copy(sound);
        record.events[index] = { ...event, payload: { ...payload, [key]: oneCharChanged(value, value.length - 1) } };
        const verdict = verify(record);
        expect(verdict.ok, `payload.${key} of event ${index}`).toBe(false);
        // A changed incident id is caught first as not about the incident; anything else as a changed event.
        expect(failedAt(verdict)).toBe(`record.events[${index}]`);
        cases += 1;
      }
    });
    expect(cases).toBeGreaterThan(100);
  });

  it('fails on any one character changed in any field of a link header, naming that header', () => {
    const sound = diskRecord();
    sound.links.forEach((link, index) => {
      for (const field of ['device', 'prev', 'hash', 'sig'] as const) {
        for (const at of positions(link[field]!)) {
          const record = copy(sound);
          record.links[index] = { ...link, [field]: oneCharChanged(link[field]!, at) };
          expect(failedAt(verify(record)), `${field}[${at}] of link ${index}`).toBe(`record.links[${index}]`);
        }
      }
      for (const seq of [link.seq + 1, link.seq - 1]) {
        const record = copy(sound);
        record.links[index] = { ...link, seq };
        expect(failedAt(verify(record)), `seq ${seq} of link ${index}`).toBe(`record.links[${index}]`);
      }
    });
  });

  it('fails when an event or a link header is taken out, naming the event after the gap', () => {
    const sound = diskRecord();
    const withoutLink = { ...copy(sound), links: sound.links.slice(1) };
    const after = sound.links[1]!;
    const verdict = verify(withoutLink);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.event).toMatchObject({ device: after.device, seq: after.seq, problem: expect.stringContaining('is not in the record') });

    const firstOfAna = sound.events.findIndex((event) => event.device === after.device && event.seq === 1);
    const withoutDeclared = { ...copy(sound), events: sound.events.filter((_, index) => index !== firstOfAna) };
    expect(verify(withoutDeclared).ok).toBe(false);
  });

  it('fails when the same event is in the record twice', () => {
    const sound = diskRecord();
    expect(verify({ ...copy(sound), events: [...sound.events, sound.events[1]!] }).ok).toBe(false);
  });

  it('fails when an event is signed again with a forged key under the real device id', () => {
    const sound = diskRecord();
    const forger = generateDeviceKey();
    const record = copy(sound);
    const { hash: _hash, sig: _sig, ...unsigned } = record.events[1]!;
    const resigned = signEvent({ ...unsigned, payload: { ...(unsigned.payload as object), text: 'Nothing was deleted' } }, forger.privateKey);
    record.events[1] = resigned;
    const verdict = verify(record);
    expect(failedAt(verdict)).toBe('record.events[1]');
    expect(!verdict.ok && verdict.problem).toContain('signature does not verify');
  });

  it('fails when an event is moved to a forged device, naming the event its real device signed next', () => {
    const sound = diskRecord();
    const forger = generateDeviceKey();
    const record = copy(sound);
    const index = record.events.findIndex((event) => event.seq === 2 && record.devices.find((device) => device.device === event.device)?.people[0] === 'Ana Lima');
    const { hash: _hash, sig: _sig, ...unsigned } = record.events[index]!;
    record.events[index] = signEvent({ ...unsigned, device: forger.deviceId }, forger.privateKey);
    record.devices.push({ device: forger.deviceId, people: ['Ana Lima'], events: 1 });
    const verdict = verify(record);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.event).toMatchObject({ device: unsigned.device, seq: 3 });
  });

  it('fails when the device list claims another key or person than the events', () => {
    const sound = diskRecord();
    const otherKey = copy(sound);
    otherKey.devices[0] = { ...otherKey.devices[0]!, device: generateDeviceKey().deviceId };
    expect(verify(otherKey)).toMatchObject({ ok: false, problem: expect.stringContaining('missing from record.devices') });
    const otherPerson = copy(sound);
    otherPerson.devices[0] = { ...otherPerson.devices[0]!, people: ['Mallory'] };
    expect(verify(otherPerson)).toMatchObject({ ok: false, problem: expect.stringContaining('Mallory') });
  });

  it('fails when the record is of another incident, or holds an event of another one', () => {
    expect(verifyRecord(diskRecord(), { id: 'another', title: '' })).toMatchObject({ ok: false, problem: expect.stringContaining('do not belong together') });
    expect(verify({ ...diskRecord(), events: [] }).ok).toBe(false);
  });
});

describe('a record file changed by one byte', () => {
  it('fails for every byte of every event and link header changed to another character', () => {
    const file = JSON.stringify({ format: 'holdfast.postmortem', incident, record: diskRecord() }, null, 2);
    const from = file.indexOf('"events"');
    const to = file.indexOf('"devices"');
    let changed = 0;
    for (let at = from; at < to; at += 1) {
      if (/\s/.test(file[at]!)) continue;
      const verdict = verifyPostMortemText(oneCharChanged(file, at));
      expect(verdict.ok, `byte ${at}: …${file.slice(Math.max(0, at - 30), at)}[${file[at]}]${file.slice(at + 1, at + 10)}…`).toBe(false);
      changed += 1;
    }
    expect(changed).toBeGreaterThan(2_000);
  });
});
