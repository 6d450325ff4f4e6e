/**
 * When the next status update falls due, and when it is overdue: the rule
 * every laptop applies to warn the room that the reporter is late.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_MINUTES } from '../../../shared/updates/cadence.js';
import { nextUpdateDueAt, proposedNextUpdateAt, updateOverdueMs } from '../../../shared/updates/due.js';
import { DECLARED_AT, IncidentStory, MINUTE } from './incident-story.js';

const cadence = DEFAULT_CADENCE_MINUTES;

describe('when the next status update is due', () => {
  it('before any update: a cadence after the incident was declared, at its severity', () => {
    expect(nextUpdateDueAt(new IncidentStory('Checkout is down', 'SEV1').view(), cadence)).toBe(DECLARED_AT + 30 * MINUTE);
    expect(nextUpdateDueAt(new IncidentStory('Slow search', 'SEV3').view(), cadence)).toBe(DECLARED_AT + 120 * MINUTE);
  });

  it('before any update, follows the current severity when it changes', () => {
    const story = new IncidentStory('Slow search', 'SEV3').after(10).severity('SEV1');
    expect(nextUpdateDueAt(story.view(), cadence)).toBe(DECLARED_AT + 30 * MINUTE);
  });

  it('after an update: when that update said the next would come, whatever its audience', () => {
    const story = new IncidentStory().after(12).publish('management', 'Briefing', DECLARED_AT + 57 * MINUTE);
    expect(nextUpdateDueAt(story.view(), cadence)).toBe(DECLARED_AT + 57 * MINUTE);
    story.after(20).publish('customers', 'Update', DECLARED_AT + 62 * MINUTE);
    expect(nextUpdateDueAt(story.view(), cadence)).toBe(DECLARED_AT + 62 * MINUTE);
  });

  it('after an update that promised none while the incident is open again: a cadence after it', () => {
    const story = new IncidentStory().after(40).status('resolved').publish('customers', 'Resolved', null).after(30).status('investigating', true);
    expect(nextUpdateDueAt(story.view(), cadence)).toBe(DECLARED_AT + 70 * MINUTE);
  });

  it('is never due, nor overdue, once the incident is resolved', () => {
    const story = new IncidentStory().after(5).status('resolved');
    expect(nextUpdateDueAt(story.view(), cadence)).toBeNull();
    expect(updateOverdueMs(story.view(), cadence, DECLARED_AT + 600 * MINUTE)).toBeNull();
  });

  it('is overdue only once its time has passed, by how long', () => {
    const incident = new IncidentStory().view();
    const due = DECLARED_AT + 30 * MINUTE;
    expect(updateOverdueMs(incident, cadence, due - 1)).toBeNull();
    expect(updateOverdueMs(incident, cadence, due)).toBeNull();
    expect(updateOverdueMs(incident, cadence, due + 7 * MINUTE)).toBe(7 * MINUTE);
  });

  it('uses the configured cadence', () => {
    expect(nextUpdateDueAt(new IncidentStory().view(), { ...cadence, SEV1: 10 })).toBe(DECLARED_AT + 10 * MINUTE);
  });

  it('proposes a cadence from now for the next update, rounded up to the minute', () => {
    const incident = new IncidentStory('Login fails', 'SEV2').view();
    expect(proposedNextUpdateAt(incident, cadence, DECLARED_AT + 30_000)).toBe(DECLARED_AT - (DECLARED_AT % MINUTE) + 62 * MINUTE);
  });
});
