/**
 * One new entry draws one new row: the rows already on screen are not drawn
 * again. On a timeline of ten thousand entries every row drawn again is work
 * between Enter and the new line on screen, so this is checked as behaviour
 * (which rows React rendered), never as a time.
 *
 * React tells a devtools hook about every commit, production builds too; the
 * hook installed here walks the committed tree and notes, per entry, the
 * props and hook state of the component that draws its row. React keeps both
 * objects when it skips a row, and makes new ones whenever it renders it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, entry, onPeer, openIncident, timeline } from './war-room.js';

interface RowRenders {
  /** Renders per entry id (and of the incident's shape chart, as "incident-shape") since counting began, first draws included. */
  readonly renders: Record<string, number>;
}

const PROBE = '__holdfastRowRenders';

/** Runs in the page before React loads. No named inner functions: the page has no tsx helpers. */
function installRenderProbe(key: string): void {
  const probe: RowRenders = { renders: {} };
  const seen = new Map<string, { props: unknown; state: unknown }>();
  (window as unknown as Record<string, RowRenders>)[key] = probe;
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    setStrictMode: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_renderer: number, root: { current: unknown }) => {
      type Fiber = { child: Fiber | null; sibling: Fiber | null; type: unknown; memoizedProps: unknown; memoizedState: unknown };
      const stack: Fiber[] = [root.current as Fiber];
      while (stack.length > 0) {
        const fiber = stack.pop()!;
        const host = fiber.child;
        const entryId =
          typeof fiber.type === 'function' && host !== null && host.type === 'li'
            ? (host.memoizedProps as Record<string, unknown>)['data-entry-id']
            : undefined;
        // The incident's shape chart, in its tab beside the timeline: counted by its props only, as its clock ticks on its own.
        const hostProps = host === null ? null : (host.memoizedProps as Record<string, unknown>);
        if (typeof fiber.type === 'function' && host !== null && host.type === 'figure' && hostProps?.className === 'incident-shape') {
          const before = seen.get('incident-shape');
          if (before === undefined || before.props !== fiber.memoizedProps) {
            probe.renders['incident-shape'] = (probe.renders['incident-shape'] ?? 0) + 1;
            seen.set('incident-shape', { props: fiber.memoizedProps, state: null });
          }
        }
        if (typeof entryId === 'string') {
          const before = seen.get(entryId);
          if (before === undefined || before.props !== fiber.memoizedProps || before.state !== fiber.memoizedState) {
            probe.renders[entryId] = (probe.renders[entryId] ?? 0) + 1;
            seen.set(entryId, { props: fiber.memoizedProps, state: fiber.memoizedState });
          }
        }
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
    },
  };
}

async function rowRenders(page: Page): Promise<Record<string, number>> {
  return page.evaluate((key) => ({ ...(window as unknown as Record<string, RowRenders>)[key]!.renders }), PROBE);
}

async function resetCount(page: Page): Promise<void> {
  await page.evaluate((key) => {
    const probe = (window as unknown as Record<string, RowRenders>)[key]!;
    for (const id of Object.keys(probe.renders)) delete probe.renders[id];
  }, PROBE);
}

/** The ids of the entries whose rows are in the DOM now. */
async function rowsOnScreen(page: Page): Promise<string[]> {
  return timeline(page)
    .locator('li[data-entry-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry-id')!));
}

test('a new entry, typed here or arriving from another laptop, draws only its own row', async ({ peer, page }) => {
  const incidentId = await onPeer(peer, 'Ana', async (call) => {
    const declared = (await call('declareIncident', { title: 'Checkout errors', severity: 'SEV2', summary: '' })) as { incidentId: string };
    for (let i = 1; i <= 30; i += 1) await call('addEntry', { incidentId: declared.incidentId, text: `earlier line ${i}` });
    return declared.incidentId;
  });
  await page.addInitScript(installRenderProbe, PROBE);
  await arriveAs(page, peer.url, 'Bo');
  await openIncident(page, 'Checkout errors');
  await expect(entry(page, 'note by Ana: earlier line 30')).toBeVisible();
  const before = await rowsOnScreen(page);
  expect(before.length).toBeGreaterThan(3);
  // The probe sees the rows: each one on screen was drawn at least once.
  const drawn = await rowRenders(page);
  for (const id of before) expect(drawn[id], `row ${id} was never seen drawn`).toBeGreaterThan(0);

  await resetCount(page);
  await addToTimeline(page, 'typed while watching');
  await expect(entry(page, 'note by Bo: typed while watching')).toBeVisible();
  const typed = await rowRenders(page);
  const typedId = await entry(page, 'note by Bo: typed while watching').getAttribute('data-entry-id');
  expect(typed[typedId!], 'the new row is drawn').toBeGreaterThan(0);
  expect(Object.keys(typed).filter((id) => before.includes(id) && id !== typedId), 'rows drawn again').toEqual([]);

  const shownNow = await rowsOnScreen(page);
  await resetCount(page);
  await onPeer(peer, 'Ana', (call) => call('addEntry', { incidentId, text: 'from another laptop' }));
  await expect(entry(page, 'note by Ana: from another laptop')).toBeVisible();
  const arrived = await rowRenders(page);
  expect(Object.keys(arrived).filter((id) => shownNow.includes(id)), 'rows drawn again').toEqual([]);
  // The count every row announces still follows the new total, on the rows not drawn again too.
  const newest = entry(page, 'note by Ana: from another laptop');
  const total = await newest.getAttribute('aria-posinset');
  const stillShown = (await rowsOnScreen(page)).filter((id) => shownNow.includes(id));
  expect(stillShown.length).toBeGreaterThan(3);
  for (const id of stillShown) await expect(timeline(page).locator(`li[data-entry-id="${id}"]`)).toHaveAttribute('aria-setsize', total!);
});

test("a new line leaves the incident's other work as it was drawn: its shape chart is not drawn again", async ({ peer, page }) => {
  const incidentId = await onPeer(peer, 'Ana', async (call) => {
    const declared = (await call('declareIncident', { title: 'Checkout errors', severity: 'SEV2', summary: '' })) as { incidentId: string };
    await call('addEntry', { incidentId: declared.incidentId, text: 'earlier line' });
    return declared.incidentId;
  });
  await page.addInitScript(installRenderProbe, PROBE);
  await arriveAs(page, peer.url, 'Bo');
  await openIncident(page, 'Checkout errors');
  await expect(entry(page, 'note by Ana: earlier line')).toBeVisible();
  expect((await rowRenders(page))['incident-shape'], 'the probe sees the shape chart drawn').toBeGreaterThan(0);

  await resetCount(page);
  await addToTimeline(page, 'one more line');
  await expect(entry(page, 'note by Bo: one more line')).toBeVisible();
  // A line from another laptop comes only as a notice, after the notice of the line typed here (one socket keeps
  // their order): once it shows, both notices, each bringing the incident with its new entry count, have landed.
  await onPeer(peer, 'Ana', (call) => call('addEntry', { incidentId, text: 'from another laptop' }));
  await expect(entry(page, 'note by Ana: from another laptop')).toBeVisible();
  expect((await rowRenders(page))['incident-shape'], 'shape chart drawn again').toBeUndefined();
});
