/** Who a peer says is at it: people by name, one line, never longer than the room takes. */
import { describe, expect, it } from 'vitest';
import { PERSON_CHARS, peopleAt, whoIsAtHeadlessPeer } from '../../../shared/room/who-is-at.js';
import { parseSyncMessage } from '../../../shared/sync/messages.js';

describe('who is at a peer', () => {
  it('names each person signed in once, in the order they came', () => {
    expect(peopleAt(['Ana Ruiz', 'Bo Chen', 'Ana Ruiz'])).toBe('Ana Ruiz, Bo Chen');
    expect(peopleAt([])).toBeNull();
  });

  it('says how many more when all the names would not fit on the line', () => {
    const names = ['Anastasia Konstantinopoulou', 'Bartholomew Featherstonehaugh', 'Chen Wei', 'Dee Okafor', 'Ekaterina Vasilyeva'];
    const said = peopleAt(names)!;
    expect(said.length).toBeLessThanOrEqual(PERSON_CHARS);
    expect(said).toMatch(/^Anastasia Konstantinopoulou, Bartholomew Featherstonehaugh, Chen Wei and 2 more$/);
  });

  it('a headless peer nobody signed in through is named by its machine, within the length a hello takes', () => {
    expect(whoIsAtHeadlessPeer([], 'vm')).toBe('headless peer on vm');
    expect(whoIsAtHeadlessPeer(['Ana'], 'vm')).toBe('Ana');
    expect(whoIsAtHeadlessPeer([], 'x'.repeat(300)).length).toBe(PERSON_CHARS);
  });
});

describe('what a peer may say about who is at it', () => {
  const have = (person: unknown) => JSON.stringify({ type: 'have', vector: {}, linked: [], person });

  it('a `have` may say it again, or not at all (an older laptop)', () => {
    expect(parseSyncMessage(have('Ana Ruiz, Bo Chen'))).toMatchObject({ ok: true, value: { person: 'Ana Ruiz, Bo Chen' } });
    expect(parseSyncMessage(JSON.stringify({ type: 'have', vector: {}, linked: [] })).ok).toBe(true);
  });

  it('is refused when longer than a line of the peer list, or when it holds control characters or invisible bidi controls', () => {
    expect(parseSyncMessage(have('A'.repeat(PERSON_CHARS + 1))).ok).toBe(false);
    expect(parseSyncMessage(have('Ana\nRoot: yes')).ok).toBe(false);
    expect(parseSyncMessage(have('Ana\u202Egnp.exe')).ok).toBe(false);
    expect(parseSyncMessage(have('\u001b[31mAna')).ok).toBe(false);
  });
});
