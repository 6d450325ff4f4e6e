import { describe, expect, it } from 'vitest';
import type { SectionView } from '../../../../shared/projection/postmortem-views.js';
import { followSection, openDraft, overtakenBy, savedDraft, typed } from '../../../../renderer/components/postmortem/sectionDraft.js';

function version(revision: string, text: string, by = 'Bo'): SectionView {
  return { text, by, at: 1_795_000_000_000, revision, history: [{ text, by, at: 1_795_000_000_000 }], writtenAtOnce: [] };
}

describe('a post-mortem section written on this laptop while others write', () => {
  it('starts from the saved text, or from the fallback when nobody wrote it yet', () => {
    expect(openDraft(version('r1', 'The database filled its disk.'), 'declared summary').text).toBe('The database filled its disk.');
    const unwritten = openDraft(undefined, 'Card payments fail in the EU');
    expect(unwritten).toEqual({ openedRevision: null, openedText: 'Card payments fail in the EU', text: 'Card payments fail in the EU' });
    expect(typed(unwritten)).toBe(false);
  });

  it('follows a version saved elsewhere while the person has typed nothing', () => {
    const draft = openDraft(version('r1', 'first'), '');
    const followed = followSection(draft, version('r2', 'second'), '');
    expect(followed.text).toBe('second');
    expect(followed.openedRevision).toBe('r2');
    expect(overtakenBy(followed, version('r2', 'second'))).toBeNull();
  });

  it('keeps what the person typed when another laptop saves the section, and names that version', () => {
    const mine = { ...openDraft(version('r1', 'first'), ''), text: 'first, and the failover was late' };
    const theirs = version('r2', 'Bo rewrote it', 'Bo');
    const after = followSection(mine, theirs, '');
    expect(after.text).toBe('first, and the failover was late');
    expect(after.openedRevision).toBe('r1');
    expect(overtakenBy(after, theirs)?.by).toBe('Bo');
    expect(overtakenBy(after, theirs)?.text).toBe('Bo rewrote it');
  });

  it('keeps the typing of a section nobody had written when another laptop writes it first', () => {
    const mine = { ...openDraft(undefined, ''), text: 'We were lucky the backup was fresh.' };
    const theirs = version('r1', 'The on-call was awake.');
    expect(followSection(mine, theirs, '').text).toBe('We were lucky the backup was fresh.');
    expect(overtakenBy(mine, theirs)?.text).toBe('The on-call was awake.');
  });

  it('is not overtaken by its own save arriving as a notice before the answer, even trimmed by the host', () => {
    const mine = { ...openDraft(version('r1', 'first'), ''), text: 'mine, saved  \n' };
    const own = version('r2', 'mine, saved', 'Ana');
    expect(overtakenBy(mine, own)).toBeNull();
    const after = followSection(mine, own, '');
    expect(after.openedRevision).toBe('r2');
    expect(typed(after)).toBe(false);
  });

  it('returns the very same draft when the section did not change, so nothing re-renders for it', () => {
    const draft = { ...openDraft(version('r1', 'first'), ''), text: 'typing' };
    expect(followSection(draft, version('r1', 'first'), '')).toBe(draft);
  });

  it('after a save, opens from the saved version and keeps what was typed while it was on its way', () => {
    expect(savedDraft(version('r3', 'sent'), 'sent ', 'sent ')).toEqual({ openedRevision: 'r3', openedText: 'sent', text: 'sent' });
    const later = savedDraft(version('r3', 'sent'), 'sent', 'sent, and more');
    expect(later.text).toBe('sent, and more');
    expect(typed(later)).toBe(true);
  });
});
