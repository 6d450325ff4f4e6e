import { describe, expect, it } from 'vitest';
import { ownerAndDue } from '../../../../renderer/components/postmortem/actionItemWords.js';
import { exportedSentence } from '../../../../renderer/components/postmortem/exportWords.js';

describe('exporting the post-mortem', () => {
  it('says what was saved, and that it is a draft when it is one', () => {
    expect(exportedSentence({ fileName: 'postmortem-checkout.md', draft: false }, 'md')).toBe('Saved postmortem-checkout.md (Markdown).');
    expect(exportedSentence({ fileName: 'postmortem-checkout.html', draft: true }, 'html')).toBe('Saved postmortem-checkout.html (HTML), marked as a DRAFT.');
  });

  it('says who owns an action item and by when', () => {
    expect(ownerAndDue({ owner: 'Ana Lopez', due: '2031-01-15' })).toBe('Ana Lopez, due 2031-01-15');
    expect(ownerAndDue({ owner: 'Bo', due: null })).toBe('Bo, no due date');
  });
});
