/** Which template the composer offers first, so the reporter rarely has to look for one. */
import { describe, expect, it } from 'vitest';
import type { StatusTemplate } from '../../../shared/updates/status-template.js';
import { suggestedTemplate } from '../../../shared/updates/suggested-template.js';

const template = (id: string, audience: StatusTemplate['audience'], statuses: StatusTemplate['statuses']): StatusTemplate => ({
  id,
  title: id,
  audience,
  statuses,
  body: 'text',
  file: `${id}.md`,
});

const KIT = [
  template('internal-first-alert', 'internal', ['investigating']),
  template('customers-investigating', 'customers', ['investigating']),
  template('customers-identified', 'customers', ['identified', 'mitigated']),
  template('customers-any', 'customers', []),
  template('management-briefing', 'management', []),
];

describe('the template offered first', () => {
  it('is the one written for the incident’s status, in the chosen audience', () => {
    expect(suggestedTemplate(KIT, 'customers', 'investigating')?.id).toBe('customers-investigating');
    expect(suggestedTemplate(KIT, 'customers', 'mitigated')?.id).toBe('customers-identified');
  });

  it('else one written for any status, and never one written for another moment', () => {
    expect(suggestedTemplate(KIT, 'customers', 'resolved')?.id).toBe('customers-any');
    expect(suggestedTemplate(KIT, 'internal', 'resolved')).toBeNull();
    expect(suggestedTemplate(KIT, 'partners', 'investigating')).toBeNull();
  });

  it('without an audience, is the first suited one of any audience', () => {
    expect(suggestedTemplate(KIT, null, 'investigating')?.id).toBe('internal-first-alert');
    expect(suggestedTemplate(KIT, null, 'identified')?.id).toBe('customers-identified');
  });
});
