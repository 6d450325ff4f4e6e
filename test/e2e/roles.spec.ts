/**
 * Who does what, in Chromium against real headless peers: the coordinator
 * assigned from the roster and handed over with a reason (on the timeline
 * and in the role's history), whom to call, the vacant key roles flagged
 * until each has a holder, a role card at hand, a custom role, a partner
 * engaged and raised to a working group with a reason; and two laptops
 * that assign the coordinator while cut off from each other ending with the
 * same holder, both assignments kept.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Peer } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { RECONNECT_WITHIN_MS, ROOM, twoLaptops } from './two-peers.js';
import { arriveAs, declareIncident, entry, incidentInList, onPeer, openIncident, showTab } from './war-room.js';

const INCIDENT = 'Card payments fail in EU';

function rolesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Roles' });
}

function role(page: Page, name: string): Locator {
  return rolesPanel(page).getByRole('listitem', { name, exact: true });
}

function partnersPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Partners' });
}

/** Opens a role's or a partner's "More" (unless it is open) and returns it: all but the row's one move wait there. */
async function more(row: Locator, name: string): Promise<Locator> {
  const button = row.getByRole('button', { name: `More actions for ${name}` });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return row.getByRole('group', { name: `More actions on ${name}` });
}

/** The key roles the strip at the top of the incident shows vacant, said as the incident list's flag says them. */
async function vacantInStrip(page: Page): Promise<string> {
  const facts = page.getByRole('region', { name: 'Incident at a glance' }).locator('.summary-fact');
  const vacant: string[] = [];
  for (const name of ['Coordinator', 'Reporter', 'Partner liaison']) {
    const value = facts.filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }) }).getByRole('definition');
    if ((await value.textContent()) === 'Vacant') vacant.push(name);
  }
  return vacant.length === 0 ? '' : `Vacant: ${vacant.join(', ')}`;
}

const person = (name: string, team: string, phone: string, email: string, chat: string, onCall: boolean) => ({
  name,
  team,
  phone,
  email,
  chat,
  notes: '',
  onCall,
});

const ROSTER = [
  person('Ana Lopez', 'SRE', '+44 20 7946 0101', 'ana.lopez@example.org', '@ana', true),
  person('Ben Okafor', 'Payments', '+44 20 7946 0102', 'ben.okafor@example.org', '@ben', false),
  person('Dev Patel', 'Payments', '+44 20 7946 0103', 'dev.patel@example.org', '@dev', true),
];

const NORTHBANK = {
  name: 'Northbank',
  kind: 'bank',
  provides: 'card acquiring',
  contacts: [{ name: 'Grace Kim', role: 'incident desk', phone: '+44 20 7946 0999', email: 'incident.desk@northbank.example' }],
  notes: '',
};

async function seedRoster(peer: Peer): Promise<void> {
  await onPeer(peer, 'Roster keeper', async (call) => {
    for (const each of ROSTER) await call('savePerson', each);
    await call('savePartner', NORTHBANK);
  });
}

test('the coordinator is assigned from the roster, handed over with a reason, and the vacant key roles stop being flagged', async ({ peer, page, context }) => {
  await seedRoster(peer);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(peer.url).origin });
  await arriveAs(page, peer.url, 'Chloé');
  await declareIncident(page, INCIDENT);
  await showTab(page, 'Roles');

  const allVacant = 'Vacant: Coordinator, Reporter, Partner liaison';
  await expect.poll(() => vacantInStrip(page)).toBe(allVacant);
  await expect(incidentInList(page, INCIDENT)).toContainText(allVacant);
  await expect(role(page, 'Coordinator')).toContainText('Vacant');

  // Assign: search the roster by a part of the name, and pick.
  await page.getByRole('button', { name: 'Assign Coordinator' }).click();
  const assign = page.getByRole('form', { name: 'Assign Coordinator' });
  await assign.getByRole('textbox', { name: 'Person' }).fill('lop');
  await assign.getByRole('button', { name: /^Ana Lopez/ }).click();
  await expect(assign.getByText('On the roster: Ana Lopez (SRE).')).toBeVisible();
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(assign).toHaveCount(0);
  await expect(role(page, 'Coordinator')).toContainText('Ana Lopez since');
  await expect.poll(() => vacantInStrip(page)).toBe('Vacant: Reporter, Partner liaison');
  await expect(incidentInList(page, INCIDENT)).toContainText('Vacant: Reporter, Partner liaison');

  // Whom to call: dial or write from the link, or copy.
  const reach = role(page, 'Coordinator').getByRole('list', { name: 'How to reach Ana Lopez' });
  await expect(reach.getByRole('link', { name: '+44 20 7946 0101' })).toHaveAttribute('href', 'tel:+442079460101');
  await expect(reach.getByRole('link', { name: 'ana.lopez@example.org' })).toHaveAttribute('href', 'mailto:ana.lopez@example.org');
  await reach.getByRole('button', { name: 'Copy phone of Ana Lopez' }).click();
  await expect(reach.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('+44 20 7946 0101');

  // Hand over: the reason is asked for, and the host refuses without it.
  await page.getByRole('button', { name: 'Hand over Coordinator' }).click();
  const handOver = page.getByRole('form', { name: 'Hand over Coordinator' });
  await expect(handOver).toContainText('From Ana Lopez to:');
  await handOver.getByRole('textbox', { name: 'Person' }).fill('Ben Okafor');
  await expect(handOver.getByText('On the roster: Ben Okafor (Payments).')).toBeVisible();
  await handOver.getByRole('button', { name: 'Hand over', exact: true }).click();
  await expect(handOver.getByRole('alert')).toHaveText('Say why Coordinator is handed over from Ana Lopez to Ben Okafor: the hand-over is recorded.');
  const reason = handOver.getByRole('textbox', { name: 'Reason for the hand-over' });
  await expect(reason).toBeFocused();
  await reason.fill('Ana goes off shift');
  await handOver.getByRole('button', { name: 'Hand over', exact: true }).click();
  await expect(handOver).toHaveCount(0);
  await expect(role(page, 'Coordinator')).toContainText('Ben Okafor since');
  await expect(role(page, 'Coordinator').getByRole('button', { name: 'Copy phone of Ben Okafor' })).toBeVisible();

  await expect(entry(page, 'role by Chloé: Coordinator: Ana Lopez takes the role')).toBeVisible();
  await expect(entry(page, 'role by Chloé: Coordinator handed over: Ana Lopez → Ben Okafor (Ana goes off shift)')).toBeVisible();

  await (await more(role(page, 'Coordinator'), 'Coordinator')).getByRole('button', { name: 'History of Coordinator' }).click();
  const history = role(page, 'Coordinator').getByRole('list', { name: 'History of Coordinator' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('nobody → Ana Lopez');
  await expect(history.nth(1)).toContainText('Ana Lopez → Ben Okafor “Ana goes off shift” recorded by Chloé');

  // The card, at hand.
  await (await more(role(page, 'Coordinator'), 'Coordinator')).getByRole('button', { name: 'Card of Coordinator' }).click();
  const card = page.getByRole('region', { name: 'Role card: Coordinator' });
  await expect(card.getByRole('listitem').first()).toHaveText(/^Assess the scale\./);
  await expect(card).toContainText('Organise the analysis afterwards.');

  // The other key roles, by names typed rather than picked: the flag goes from the list and the head.
  for (const [name, holder] of [
    ['Reporter', 'Eli Novak'],
    ['Partner liaison', 'Fay Moreau'],
  ] as const) {
    await page.getByRole('button', { name: `Assign ${name}` }).click();
    const form = page.getByRole('form', { name: `Assign ${name}` });
    await form.getByRole('textbox', { name: 'Person' }).fill(holder);
    await expect(form.getByText('Not on the roster: the name is recorded as typed.')).toBeVisible();
    await form.getByRole('textbox', { name: 'Person' }).press('Enter');
    await expect(role(page, name)).toContainText(`${holder} since`);
  }
  await expect.poll(() => vacantInStrip(page)).toBe('');
  await expect(incidentInList(page, INCIDENT).getByText(/^Vacant:/)).toHaveCount(0);
  await expect(rolesPanel(page).getByText('Vacant', { exact: true })).toHaveCount(0);

  // A custom role with a shipped card: the name follows the card, and the keyboard goes to assigning it.
  await rolesPanel(page).getByRole('button', { name: 'Add a role' }).click();
  const add = page.getByRole('form', { name: 'Add a role' });
  await add.getByRole('combobox', { name: 'Role card' }).selectOption({ label: 'Scribe' });
  await expect(add.getByRole('textbox', { name: 'Role name' })).toHaveValue('Scribe');
  await add.getByRole('button', { name: 'Add role' }).click();
  await expect(role(page, 'Scribe')).toContainText('Vacant');
  await expect(page.getByRole('button', { name: 'Assign Scribe' })).toBeFocused();
  await expect(entry(page, 'role by Chloé: Role added: Scribe')).toBeVisible();
  await (await more(role(page, 'Scribe'), 'Scribe')).getByRole('button', { name: 'Card of Scribe' }).click();
  await expect(page.getByRole('region', { name: 'Role card: Scribe' })).toContainText('Write down decisions, actions and checks');
  // A vacant custom role is not a vacant key role.
  await expect.poll(() => vacantInStrip(page)).toBe('');

  // Stepping down asks why, and the key role left vacant is flagged again.
  await (await more(role(page, 'Reporter'), 'Reporter')).getByRole('button', { name: 'Step down from Reporter' }).click();
  const stepDown = page.getByRole('form', { name: 'Step down from Reporter' });
  await stepDown.getByRole('button', { name: 'Step down', exact: true }).click();
  await expect(stepDown.getByRole('alert')).toHaveText('Say why Eli Novak steps down from Reporter: it is recorded.');
  await stepDown.getByRole('textbox', { name: 'Reason for stepping down' }).fill('called to another bridge');
  await stepDown.getByRole('button', { name: 'Step down', exact: true }).click();
  await expect.poll(() => vacantInStrip(page)).toBe('Vacant: Reporter');
  await expect(incidentInList(page, INCIDENT)).toContainText('Vacant: Reporter');
  await expect(entry(page, 'role by Chloé: Reporter: Eli Novak stepped down, the role is vacant (called to another bridge)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Assign Reporter' })).toBeFocused();
});

test('a partner is engaged for information, then raised to a working group with a reason', async ({ peer, page }) => {
  await seedRoster(peer);
  await arriveAs(page, peer.url, 'Chloé');
  await declareIncident(page, INCIDENT);
  await showTab(page, 'Partners');
  const partners = partnersPanel(page);
  await expect(partners).toContainText('No partner engaged.');

  await partners.getByRole('button', { name: 'Engage a partner' }).click();
  const engage = page.getByRole('form', { name: 'Engage a partner' });
  await expect(engage.getByRole('combobox', { name: 'Partner' })).toHaveValue(/.+/);
  await expect(engage.getByRole('combobox', { name: 'Partner' }).getByRole('option', { selected: true })).toHaveText('Northbank (card acquiring)');
  await expect(engage.getByRole('radio', { name: 'Information' })).toBeChecked();
  await expect(engage.getByRole('radio', { name: 'Working group' })).toHaveAccessibleDescription('They work with us in a joint group until recovery.');
  await engage.getByRole('button', { name: 'Engage', exact: true }).click();
  await expect(engage).toHaveCount(0);

  const northbank = partners.getByRole('listitem', { name: 'Northbank', exact: true });
  await expect(northbank).toContainText('Information since');
  await expect(northbank).toContainText('Notify only: they hear what happens, nothing is asked of them.');
  const desk = northbank.getByRole('list', { name: 'How to reach Grace Kim' });
  await expect(desk.getByRole('link', { name: '+44 20 7946 0999' })).toHaveAttribute('href', 'tel:+442079460999');
  await expect(desk.getByRole('button', { name: 'Copy e-mail of Grace Kim' })).toBeVisible();
  await expect(entry(page, 'partner by Chloé: Partner Northbank engaged: Information')).toBeVisible();

  await northbank.getByRole('button', { name: 'Change the level of Northbank' }).click();
  const change = page.getByRole('form', { name: 'Change the level of Northbank' });
  await expect(change.getByRole('radio', { name: 'Information' })).toHaveCount(0);
  await change.getByRole('radio', { name: 'Working group' }).check();
  await change.getByRole('button', { name: 'Change level' }).click();
  await expect(change.getByRole('alert')).toHaveText("Say why Northbank's engagement changes: it goes on the timeline.");
  await change.getByRole('textbox', { name: 'Reason for the change' }).fill('their 3DS gateway fails');
  await change.getByRole('button', { name: 'Change level' }).click();
  await expect(change).toHaveCount(0);

  await expect(northbank).toContainText('Working group since');
  await expect(northbank).toContainText('They work with us in a joint group until recovery.');
  await expect(entry(page, 'partner by Chloé: Partner Northbank: Information → Working group (their 3DS gateway fails)')).toBeVisible();
  await (await more(northbank, 'Northbank')).getByRole('button', { name: 'Engagement history of Northbank' }).click();
  const history = northbank.getByRole('list', { name: 'Engagement history of Northbank' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('engaged at Information');
  await expect(history.nth(1)).toContainText('Information → Working group “their 3DS gateway fails” recorded by Chloé');
});

test('each role and partner shows one move, the rest behind its More, which the arrow keys walk and Escape closes, the keyboard back on More', async ({
  peer,
  page,
}) => {
  await onPeer(peer, 'Chloé', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Declines in the EU.' })) as { incidentId: string };
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Marek Nowak' });
    const { id: partnerId } = (await call('savePartner', NORTHBANK)) as { id: string };
    await call('engagePartner', { incidentId, partnerId, level: 'information' });
  });
  await arriveAs(page, peer.url, 'Chloé');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Roles');

  const coordinator = role(page, 'Coordinator');
  await expect(coordinator.getByRole('button')).toHaveText(['Hand over…', /More/]);
  await expect(role(page, 'Reporter').getByRole('button')).toHaveText(['Assign…', /More/]);

  const button = coordinator.getByRole('button', { name: 'More actions for Coordinator' });
  const menu = coordinator.getByRole('group', { name: 'More actions on Coordinator' });
  await expect(menu).toHaveCount(0);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(menu.getByRole('button')).toHaveText(['Step down…', 'Card', 'History']);

  // Into the menu and round it, as in any menu.
  const stepDown = menu.getByRole('button', { name: 'Step down from Coordinator' });
  const history = menu.getByRole('button', { name: 'History of Coordinator' });
  await page.keyboard.press('ArrowDown');
  await expect(stepDown).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('button', { name: 'Card of Coordinator' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(history).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(stepDown).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(history).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(coordinator.getByRole('list', { name: 'History of Coordinator' })).toContainText('nobody → Marek Nowak');

  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Arrow Down on a closed More opens it with the keyboard on its first action.
  await page.keyboard.press('ArrowDown');
  await expect(stepDown).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Step down from Coordinator' })).toBeVisible();

  await showTab(page, 'Partners');
  const northbank = partnersPanel(page).getByRole('listitem', { name: 'Northbank', exact: true });
  await expect(northbank.getByRole('button', { name: /^(?!Copy )/ })).toHaveText(['Change level…', /More/]);
  const partnerMore = northbank.getByRole('button', { name: 'More actions for Northbank' });
  await partnerMore.press('ArrowDown');
  const partnerMenu = northbank.getByRole('group', { name: 'More actions on Northbank' });
  await expect(partnerMenu.getByRole('button')).toHaveText(['Release…', 'History']);
  await expect(partnerMenu.getByRole('button', { name: 'Release Northbank' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(partnerMenu.getByRole('button', { name: 'Engagement history of Northbank' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(partnerMenu).toHaveCount(0);
  await expect(partnerMore).toBeFocused();
});

test.describe('two laptops cut off from each other', () => {
  twoLaptops('that both assign the coordinator end with the same holder on both, and both assignments in its history', async ({ laptops, page, pageB }) => {
    await arriveAs(page, laptops.a.url, 'Ana');
    await arriveAs(pageB, laptops.b.url, 'Ben');
    await declareIncident(page, INCIDENT);
    await showTab(page, 'Roles');
    await expect(incidentInList(pageB, INCIDENT)).toBeVisible();
    await openIncident(pageB, INCIDENT);
    await showTab(pageB, 'Roles');
    for (const each of [page, pageB]) await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`);

    laptops.link.setMode({ kind: 'refuse' });
    for (const each of [page, pageB]) await expect(each.getByRole('banner')).toContainText(`${ROOM} · 0 peers online`);

    for (const [each, holder] of [
      [page, 'Chloé Martin'],
      [pageB, 'Dev Patel'],
    ] as const) {
      await each.getByRole('button', { name: 'Assign Coordinator' }).click();
      const form = each.getByRole('form', { name: 'Assign Coordinator' });
      await form.getByRole('textbox', { name: 'Person' }).fill(holder);
      await form.getByRole('button', { name: 'Assign', exact: true }).click();
      await expect(role(each, 'Coordinator')).toContainText(`${holder} since`);
    }

    laptops.link.setMode({ kind: 'pass' });
    for (const each of [page, pageB]) {
      await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`, { timeout: RECONNECT_WITHIN_MS });
      // Each assignment reads as a first one or as a hand-over from the other, by where the agreed order puts it.
      await expect(entry(each, /^role by Ana: Coordinator(: Chloé Martin takes the role| handed over: Dev Patel → Chloé Martin)$/)).toBeVisible();
      await expect(entry(each, /^role by Ben: Coordinator(: Dev Patel takes the role| handed over: Chloé Martin → Dev Patel)$/)).toBeVisible();
      await (await more(role(each, 'Coordinator'), 'Coordinator')).getByRole('button', { name: 'History of Coordinator' }).click();
      const history = role(each, 'Coordinator').getByRole('list', { name: 'History of Coordinator' }).getByRole('listitem');
      await expect(history).toHaveCount(2);
      await expect(history.filter({ hasText: 'recorded by Ana' })).toContainText('→ Chloé Martin');
      await expect(history.filter({ hasText: 'recorded by Ben' })).toContainText('→ Dev Patel');
    }

    // Whichever assignment the agreed order puts last holds the role: the same one on both laptops.
    const holderOn = (each: Page) => role(each, 'Coordinator').locator('.holder').textContent();
    const onA = await holderOn(page);
    expect(['Chloé Martin', 'Dev Patel']).toContain(onA);
    await expect(role(pageB, 'Coordinator').locator('.holder')).toHaveText(onA!);
    await expect(incidentInList(page, INCIDENT)).toContainText('Vacant: Reporter, Partner liaison');
    await expect(incidentInList(pageB, INCIDENT)).toContainText('Vacant: Reporter, Partner liaison');
  });
});

test('the role panel of a running incident, for the README', async ({ peer, page }, testInfo) => {
  await onPeer(peer, 'Chloé Martin', async (call) => {
    const people = new Map<string, string>();
    for (const each of ROSTER) people.set(each.name, ((await call('savePerson', each)) as { id: string }).id);
    const { incidentId } = (await call('declareIncident', {
      title: INCIDENT,
      severity: 'SEV1',
      summary: 'About 40% of card payments in the EU are declined at authorisation since 02:10.',
    })) as { incidentId: string };
    const assign = (roleId: string, name: string, reason = '') =>
      call('assignRole', { incidentId, roleId, person: name, personId: people.get(name) ?? null, reason });
    await assign('coordinator', 'Marek Nowak');
    await assign('reporter', 'Ben Okafor');
    await assign('coordinator', 'Ana Lopez', 'Marek goes off shift; Ana has the plan and the open tasks');
    const withOpsLead = (await call('addRole', { incidentId, name: 'Operations lead', cardId: 'operations-lead' })) as { roles: { id: string; name: string }[] };
    await assign(withOpsLead.roles.find((each) => each.name === 'Operations lead')!.id, 'Dev Patel');
  });

  await page.setViewportSize({ width: 1280, height: 900 });
  await arriveAs(page, peer.url, 'Chloé Martin');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Roles');
  await expect(role(page, 'Operations lead')).toContainText('Dev Patel since');
  await (await more(role(page, 'Coordinator'), 'Coordinator')).getByRole('button', { name: 'History of Coordinator' }).click();
  await expect(role(page, 'Coordinator').getByRole('list', { name: 'History of Coordinator' }).getByRole('listitem')).toHaveCount(2);

  await readmeScreenshot(rolesPanel(page), 'role-panel.png', testInfo);
});
