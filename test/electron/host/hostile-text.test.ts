/**
 * Text that would take over the terminal it is printed in (ESC and its
 * sequences, BEL, NUL) or read differently from what was written (bidi
 * overrides) is refused where it enters, with a sentence saying which
 * character and where; right-to-left writing itself goes through untouched.
 */
import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { neverPrintedIn } from '../../support/never-printed.js';

const { folders, hosts } = useScratch();

const hostileTitles: ReadonlyArray<[string, string, RegExp]> = [
  ['an escape sequence that clears the screen', 'Checkout \u001b[2J\u001b[Hdown', /^The title holds a control character \(U\+001B ESCAPE\) at character 10/],
  ['an OSC sequence that retitles the window', '\u001b]0;all clear\u0007Checkout down', /^The title holds a control character \(U\+001B ESCAPE\) at character 1/],
  ['a bell', 'Checkout down\u0007', /^The title holds a control character \(U\+0007 BELL\) at character 14/],
  ['a NUL', 'Checkout\u0000down', /^The title holds a control character \(U\+0000 NULL\) at character 9/],
  ['a right-to-left override', 'Rollback of v\u202E2.4.1', /^The title holds an invisible direction control \(U\+202E RIGHT-TO-LEFT OVERRIDE\) at character 14/],
  ['a C1 control', 'Checkout \u009b31m down', /^The title holds a control character \(U\+009B\) at character 10/],
];

describe('hostile text given to the host', () => {
  it.each(hostileTitles)('a title with %s is refused with a sentence, and nothing is recorded', (_, title, message) => {
    const host = hosts.openOn(folders.make());
    const vector = host.store.log.versionVector();

    const error = expectFailure(host.call('declareIncident', { title, severity: 'SEV2' }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/\.$/);
    expect(neverPrintedIn(error.message)).toBeNull();
    expect(host.store.log.versionVector()).toEqual(vector);
  });

  it('refuses the same characters in a timeline entry, a reason and a name, each naming its field', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout down', severity: 'SEV2' }));
    expect(expectFailure(host.call('addEntry', { incidentId, text: 'Failed over\n\u001b[1Adb-2' })).message).toMatch(/^The entry holds a control character \(U\+001B ESCAPE\)/);
    expect(expectFailure(host.call('changeSeverity', { incidentId, severity: 'SEV1', reason: '\u202Ewrong' })).message).toMatch(/^The reason holds an invisible direction control/);
    expect(expectFailure(host.call('setName', { name: 'Ana\u0000' })).message).toMatch(/^The name holds a control character \(U\+0000 NULL\)/);
  });

  it('keeps Arabic and Hebrew as written, with the marks they may need, and several lines where text runs over lines', () => {
    const host = hosts.openOn(folders.make());
    const title = 'تعطل الدفع \u200F| תקלה בתשלומים';
    const { incidentId } = expectOk(host.run('declareIncident', { title, severity: 'SEV2', summary: 'أولاً\r\nثانياً\tשלישי' }));
    const incident = expectOk(host.run('getIncident', { incidentId })).incident;
    expect(incident.title).toBe(title);
    expect(incident.summary).toBe('أولاً\nثانياً\tשלישי');
  });

  it('folds a tab or a line break pasted into a one-line field into a space', () => {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Checkout\tdown\r\nin EU', severity: 'SEV2' }));
    expect(expectOk(host.run('getIncident', { incidentId })).incident.title).toBe('Checkout down in EU');
  });
});
