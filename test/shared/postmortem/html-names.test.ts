/**
 * The HTML post-mortem names only what may carry a name: an aria-label on a
 * plain <span> or <div> (no role) is ignored by screen readers and refused
 * by html-validate and axe, so a starred line would read as a bare "★".
 */
import { describe, expect, it } from 'vitest';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { DECLARED_AT, postMortemRoom, INCIDENT_ID } from './postmortem-fixture.js';

/** Elements whose accessible name comes from aria-label only when they are given a role. */
const NAMED_ONLY_WITH_A_ROLE = new Set(['span', 'div', 'p', 'strong', 'em', 'b', 'i', 'td', 'li']);

describe('the HTML post-mortem', () => {
  it('puts aria-label only on elements that can be named by it', () => {
    const html = postMortemFile(postMortemRoom().detail(INCIDENT_ID), 'html', DECLARED_AT + 86_400_000).content;
    const labelled = [...html.matchAll(/<([a-z0-9]+)\b([^>]*)\baria-label="([^"]*)"/g)].map(([, tag, attributes, label]) => ({ tag, label, role: /\brole="/.test(attributes!) }));
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.filter((element) => NAMED_ONLY_WITH_A_ROLE.has(element.tag!) && !element.role)).toEqual([]);
  });

  it('still says a starred line is a key moment, to a screen reader as to the eye', () => {
    const html = postMortemFile(postMortemRoom().detail(INCIDENT_ID), 'html', DECLARED_AT + 86_400_000).content;
    expect(html).toMatch(/<span role="img" aria-label="Key moment">★<\/span>/);
  });
});
