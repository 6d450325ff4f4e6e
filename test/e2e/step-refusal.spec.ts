/**
 * A step's refusal ("is waiting on …") says why a button did nothing, and
 * only for as long as that is true: once what it waited on is finished (here
 * or on another laptop) or the step itself moves on, the sentence goes.
 */
import { expect, test, type Peer } from './peer-fixture.js';
import { arriveAs, onPeer, openIncident } from './war-room.js';

const INCIDENT = 'Primary database down';
const CONFIRM = 'Confirm the primary is really down, by hand, from two places';
const CHECK = 'Check the replicas: which is most up to date, and how far behind';
const DECIDE = 'Decide to fail over, and say how much data may be lost';

interface Attached {
  readonly incidentId: string;
  readonly checklistId: string;
  readonly stepId: (title: string) => string;
}

/** Ana declares the outage and attaches the failover runbook, through the peer's API. */
function declareWithFailover(peer: Peer): Promise<Attached> {
  return onPeer(peer, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Writes fail.' })) as { incidentId: string };
    const checklist = (await call('attachRunbook', { incidentId, runbookId: 'database-failover' })) as { id: string; steps: { id: string; title: string }[] };
    return { incidentId, checklistId: checklist.id, stepId: (title: string) => checklist.steps.find((step) => step.title === title)!.id };
  });
}

test('a waiting step refused with "is waiting on" stops saying so once what it waited on is done by someone else', async ({ peer, page }) => {
  const attached = await declareWithFailover(peer);
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);

  const decide = page.getByRole('listitem', { name: DECIDE, exact: true });
  await decide.getByRole('button', { name: `Start ${DECIDE}` }).press('Enter');
  await expect(decide.getByRole('alert')).toContainText(`${DECIDE} is waiting on: ${CONFIRM}; ${CHECK}.`);

  // Bo, at another browser, finishes both of its needs.
  await onPeer(peer, 'Bo', async (call) => {
    for (const title of [CONFIRM, CHECK]) {
      await call('setStepStatus', { incidentId: attached.incidentId, checklistId: attached.checklistId, stepId: attached.stepId(title), status: 'done' });
    }
  });
  await expect(page.getByRole('listitem', { name: CHECK, exact: true })).toContainText('Done by Bo');
  await expect(decide).not.toContainText('is waiting on');
  await expect(decide.getByRole('alert')).toHaveCount(0);
});

test('a refusal stays while nothing it was about changed, and goes once the step itself is started another way', async ({ peer, page }) => {
  const attached = await declareWithFailover(peer);
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);

  const decide = page.getByRole('listitem', { name: DECIDE, exact: true });
  await decide.getByRole('button', { name: `Start ${DECIDE}` }).press('Enter');
  await expect(decide.getByRole('alert')).toContainText('is waiting on');

  // Something else changes (a note on another step): the refusal is still true, and still shown.
  await onPeer(peer, 'Bo', async (call) => {
    await call('noteStep', { incidentId: attached.incidentId, checklistId: attached.checklistId, stepId: attached.stepId(CONFIRM), text: 'pinging from two regions' });
  });
  await expect(page.getByText('pinging from two regions')).toBeVisible();
  await expect(decide.getByRole('alert')).toContainText('is waiting on');

  // Bo goes ahead with the decision, overriding its needs: it is no longer waiting to be started.
  await onPeer(peer, 'Bo', async (call) => {
    await call('setStepStatus', {
      incidentId: attached.incidentId,
      checklistId: attached.checklistId,
      stepId: attached.stepId(DECIDE),
      status: 'in_progress',
      reason: 'the bridge decided',
      override: true,
    });
  });
  await expect(decide).toContainText('In progress');
  await expect(decide.getByRole('alert')).toHaveCount(0);
});
