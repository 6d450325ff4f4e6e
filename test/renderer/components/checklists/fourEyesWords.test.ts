/**
 * A four-eyes step in words, before it is done, while it awaits a second
 * person, and once confirmed: the same words the row shows.
 */
import { describe, expect, it } from 'vitest';
import { awaitingBadge, fourEyesLine } from '../../../../renderer/components/checklists/fourEyesWords.js';
import { step } from './steps.js';

const asked = { requestedBy: 'Ana', requestedDevice: 'device-a', requestedAt: 1, stamp: 's1', confirmedBy: null, confirmedDevice: null, confirmedAt: null };

describe('a four-eyes step in words', () => {
  it('says it takes two people before it is done, and nothing for a one-person step', () => {
    expect(fourEyesLine(step({ id: 'fence', confirm: 'two' }))).toBe('Two people: a second person, on another laptop, confirms it once it is done');
    expect(fourEyesLine(step({ id: 'note', status: 'done' }))).toBeNull();
  });

  it('says who did it and that it awaits a second person, then who confirmed it', () => {
    const awaiting = step({ id: 'fence', confirm: 'two', status: 'done', confirmation: asked });
    expect(fourEyesLine(awaiting)).toBe('Done by Ana — awaiting a second person');
    expect(awaitingBadge(awaiting)).toBe('Awaiting confirmation');
    const confirmed = { ...awaiting, confirmation: { ...asked, confirmedBy: 'Bo', confirmedDevice: 'device-b', confirmedAt: 2 } };
    expect(fourEyesLine(confirmed)).toBe('Done by Ana, confirmed by Bo');
    expect(awaitingBadge(confirmed)).toBeNull();
  });
});
