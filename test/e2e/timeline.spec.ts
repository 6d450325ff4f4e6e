import path from 'node:path';
import { ROOT, expect, holdfast, test } from './peer-fixture.js';
import {
  addToTimeline,
  arriveAs,
  composer,
  entry,
  expectNotAskedName,
  expectWhollyInView,
  followEntry,
  openIncident,
  textContrast,
  timeline,
  watchForNameQuestion,
} from './war-room.js';

// Times and days read as in the room's locale; pin one so "Jan 1 10:00:00" reads the same on every machine.
test.use({ locale: 'en-US' });

test('a scribe keeps typing into the timeline, rewords, strikes out and restores entries, and finds it all again after a reload', async ({
  peer,
  page,
}) => {
  await holdfast(peer.dataDir, 'declare', 'Replica lag on db-3', '--severity', 'SEV2');
  await arriveAs(page, peer.url, 'Bo');
  await openIncident(page, 'Replica lag on db-3');
  // Opening an incident puts the keyboard where the scribe writes.
  await expect(composer(page)).toBeFocused();

  await addToTimeline(page, 'lag is 40s on db-3');
  await expect(entry(page, 'note by Bo: lag is 40s on db-3')).toBeVisible();
  await expect(composer(page)).toBeFocused();
  await expect(composer(page)).toHaveValue('');

  // A typed prefix sets the kind for this one line, and is not part of its text.
  await composer(page).fill('/check replica caught up per pg_stat_replication');
  await expect(page.getByRole('combobox', { name: 'Entry kind' })).toHaveValue('check');
  await expect(composer(page)).toHaveValue('replica caught up per pg_stat_replication');
  await composer(page).press('Enter');
  await expect(entry(page, 'check by Bo: replica caught up per pg_stat_replication')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Entry kind' })).toHaveValue('note');
  await expect(composer(page)).toBeFocused();

  await page.getByRole('combobox', { name: 'Entry kind' }).selectOption('Decision');
  await addToTimeline(page, 'fail over to db-4');
  await expect(entry(page, 'decision by Bo: fail over to db-4')).toBeVisible();

  // Written down later: it goes where it happened, before the incident was even declared.
  await page.getByRole('combobox', { name: 'Entry kind' }).selectOption('Action');
  await page.getByRole('textbox', { name: 'Happened at' }).fill('2025-01-01T10:00:00');
  await addToTimeline(page, 'paged the DBA on call');
  const backdated = entry(page, 'action by Bo: paged the DBA on call');
  await expect(backdated).toContainText(/happened at Jan 1 10:00:00/);
  await expect(timeline(page).getByRole('listitem').first()).toHaveAccessibleName('action by Bo: paged the DBA on call');
  await expect(page.getByRole('textbox', { name: 'Happened at' })).toHaveValue('');

  // Rewording keeps the original in the entry's history.
  const note = await followEntry(page, entry(page, 'note by Bo: lag is 40s on db-3'));
  await note.getByRole('button', { name: 'Edit' }).click();
  await note.getByRole('textbox', { name: 'Edit entry' }).fill('a typo that Escape throws away');
  await note.getByRole('textbox', { name: 'Edit entry' }).press('Escape');
  await expect(note).toHaveAccessibleName('note by Bo: lag is 40s on db-3');
  await note.getByRole('button', { name: 'Edit' }).click();
  await expect(note.getByRole('textbox', { name: 'Edit entry' })).toBeFocused();
  await note.getByRole('textbox', { name: 'Edit entry' }).fill('lag is 45s on db-3, not 40s');
  await note.getByRole('textbox', { name: 'Edit entry' }).press('Enter');
  await expect(note).toHaveAccessibleName('note by Bo: lag is 45s on db-3, not 40s');
  await note.getByRole('button', { name: 'History' }).click();
  const revisions = note.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.nth(0)).toContainText('Original');
  await expect(revisions.nth(0)).toContainText('lag is 40s on db-3');
  await expect(revisions.nth(1)).toContainText('lag is 45s on db-3, not 40s');

  // Struck out, an entry stays on the timeline, crossed through, with who and why.
  const decision = await followEntry(page, entry(page, 'decision by Bo: fail over to db-4'));
  await decision.getByRole('button', { name: 'Strike out' }).click();
  await decision.getByRole('textbox', { name: 'Reason for striking out (optional)' }).fill('db-4 is behind too');
  await decision.getByRole('button', { name: 'Strike out' }).click();
  await expect(decision).toHaveAccessibleName('decision by Bo: fail over to db-4 (struck out)');
  await expect(decision.getByRole('deletion')).toHaveText('fail over to db-4');
  await expect(decision).toContainText('Struck out by Bo: db-4 is behind too');
  await expect(decision.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await decision.getByRole('button', { name: 'Restore' }).click();
  await expect(decision).toHaveAccessibleName('decision by Bo: fail over to db-4');
  await expect(decision.getByRole('deletion')).toHaveCount(0);
  await expect(decision.getByRole('button', { name: 'Strike out' })).toBeVisible();

  // One stays struck, so the reload has a struck entry to show.
  const check = await followEntry(page, entry(page, 'check by Bo: replica caught up per pg_stat_replication'));
  await check.getByRole('button', { name: 'Strike out' }).click();
  await check.getByRole('textbox', { name: 'Reason for striking out (optional)' }).fill('the view was cached');
  await check.getByRole('button', { name: 'Strike out' }).click();
  await expect(check).toHaveAccessibleName('check by Bo: replica caught up per pg_stat_replication (struck out)');
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Identified' }).click();
  await expect(entry(page, 'status by Bo: Status: Investigating → Identified')).toBeVisible();

  await watchForNameQuestion(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Replica lag on db-3' })).toBeVisible();
  // The browser remembers who Bo is: the peer is told again, and Bo is not asked.
  await expectNotAskedName(page, 'Bo');
  const inOrder = [
    'action by Bo: paged the DBA on call',
    // Declared from the terminal, so by this machine's user.
    /^declared by .+: Declared SEV2: Replica lag on db-3$/,
    'note by Bo: lag is 45s on db-3, not 40s',
    'check by Bo: replica caught up per pg_stat_replication (struck out)',
    'decision by Bo: fail over to db-4',
    'status by Bo: Status: Investigating → Identified',
  ];
  await expect(timeline(page).getByRole('listitem')).toHaveCount(inOrder.length);
  for (const [index, name] of inOrder.entries()) await expect(timeline(page).getByRole('listitem').nth(index)).toHaveAccessibleName(name);
  await expect(backdated).toContainText(/happened at Jan 1 10:00:00/);
  await expect(note.getByRole('button', { name: 'History' })).toBeVisible();
  await note.getByRole('button', { name: 'History' }).click();
  await expect(revisions.nth(0)).toContainText('lag is 40s on db-3');
  await expect(check).toContainText('Struck out by Bo: the view was cached');
  await expect(check.getByRole('button', { name: 'Restore' })).toBeVisible();
  // An entry's own buttons are quieter than its text, but readable at rest (WCAG AA: 4.5:1), not only on hover.
  await page.mouse.move(0, 0);
  await composer(page).focus();
  for (const control of [
    note.getByRole('button', { name: 'Edit' }),
    note.getByRole('button', { name: 'History' }),
    check.getByRole('button', { name: 'Restore' }),
    decision.getByRole('button', { name: 'Strike out' }),
  ]) {
    expect(await textContrast(control)).toBeGreaterThanOrEqual(4.5);
  }
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Identified' })).toHaveAttribute('aria-pressed', 'true');
});

test('the newest entry stays in view when something takes room from the timeline: a refused entry’s message, the offline banner', async ({
  peer,
  page,
}) => {
  await holdfast(peer.dataDir, 'declare', 'Disk full on logs-3', '--severity', 'SEV3');
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Disk full on logs-3');
  // More than the timeline shows at once, so it scrolls and the reader sits at its bottom.
  const LINES = 16;
  for (let line = 1; line <= LINES; line += 1) {
    await addToTimeline(page, `df -h on logs-3, reading ${line}: /var/log at ${80 + line}%`);
    await expect(entry(page, `note by Ana: df -h on logs-3, reading ${line}: /var/log at ${80 + line}%`)).toBeVisible();
  }
  const newest = entry(page, `note by Ana: df -h on logs-3, reading ${LINES}: /var/log at ${80 + LINES}%`);
  await expectWhollyInView(page, newest);

  await addToTimeline(page, 'x'.repeat(30_000));
  await expect(page.getByRole('alert')).toHaveText('The entry is too long (at most 20,000 characters).');
  await expectWhollyInView(page, newest);

  await peer.stop();
  await expect(page.getByRole('status').filter({ hasText: 'Connection lost, reconnecting…' })).toBeVisible();
  await expectWhollyInView(page, newest);
});

test('the incident view with a few entries is saved as test-results/incident-view.png for people to look at', async ({ page, peer }, testInfo) => {
  const incidentId = (await holdfast(peer.dataDir, 'declare', 'Payments API timing out', '--severity', 'SEV1', '--summary', 'About 30% of card payments time out in eu-west.')).at(-1)!;
  const lines: [kind: string, text: string][] = [
    ['note', 'p99 latency on payments-api at 12s since 02:10'],
    ['action', 'rolled back payments-api to v4.18.2'],
    ['check', 'error rate back under 0.5% on the dashboard and by curl from a laptop'],
    ['decision', 'keep the rollback until the connection pool change is reviewed'],
  ];
  for (const [kind, text] of lines) await holdfast(peer.dataDir, 'note', text, '--kind', kind, '--incident', incidentId);

  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Payments API timing out');
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Mitigated' }).click();
  await addToTimeline(page, 'a line that turned out to be wrong');
  const wrong = await followEntry(page, entry(page, 'note by Ana: a line that turned out to be wrong'));
  await wrong.getByRole('button', { name: 'Strike out' }).click();
  await wrong.getByRole('textbox', { name: 'Reason for striking out (optional)' }).fill('it was the staging dashboard');
  await wrong.getByRole('button', { name: 'Strike out' }).click();
  await expect(wrong).toHaveAccessibleName(/\(struck out\)$/);
  await expect(timeline(page).getByRole('listitem', { name: /^decision by .+: keep the rollback/ })).toBeVisible();

  const file = path.join(ROOT, 'test-results', 'incident-view.png');
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach('incident view', { path: file, contentType: 'image/png' });
});
