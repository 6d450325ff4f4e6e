/**
 * The roster and the partner list in Chromium against a real headless peer:
 * a person added from the keyboard and found again by search (accents and
 * case aside, a phone number by its digits), called or written to by link,
 * copied by a named button, edited and deleted after a confirm; a CSV
 * imported with its bad row named by line and its good people listed, the
 * same file again changing nothing, and the roster exported; a partner
 * added with a contact and found by that contact.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { arriveAs } from './war-room.js';

async function openScreen(page: Page, name: 'People' | 'Partners'): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

function peopleList(page: Page): Locator {
  return page.getByRole('list', { name: 'People' });
}

/** A person's card on the roster, by the name it shows. */
function personCard(page: Page, name: string): Locator {
  return peopleList(page).getByRole('listitem', { name, exact: true });
}

function rosterCount(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /people|person|Nobody/ });
}

test('a person is added from the keyboard, found by search however it is typed, reached by link or copy, edited and deleted', async ({
  peer,
  page,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await arriveAs(page, peer.url, 'Dana');
  await openScreen(page, 'People');
  await expect(page.getByText('Nobody is on the roster yet.')).toBeVisible();
  // The search has the keyboard on arrival: the screen is for finding someone.
  await expect(page.getByRole('searchbox', { name: 'Search people' })).toBeFocused();

  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused();
  // Refused beside what was typed, the field marked and kept.
  await page.keyboard.type('Z'.repeat(90));
  await page.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('The name is too long (at most 80 characters).');
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');

  await form.getByRole('textbox', { name: 'Name' }).fill('Zoë Ørsted');
  await form.getByRole('textbox', { name: 'Team' }).fill('Network');
  await form.getByRole('textbox', { name: 'Phone' }).fill('+45 31 22 09 87');
  await form.getByRole('textbox', { name: 'E-mail' }).fill('zoe@example.dk');
  await form.getByRole('textbox', { name: 'Chat handle' }).fill('@zoe');
  await form.getByRole('checkbox', { name: 'On call', exact: true }).check();
  await form.getByRole('button', { name: 'Add to roster' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add person' })).toBeFocused();

  const zoe = personCard(page, 'Zoë Ørsted');
  await expect(zoe).toContainText('On call');
  await expect(zoe).toContainText('Network');
  await expect(zoe.getByRole('link', { name: '+45 31 22 09 87' })).toHaveAttribute('href', 'tel:+4531220987');
  await expect(zoe.getByRole('link', { name: 'zoe@example.dk' })).toHaveAttribute('href', 'mailto:zoe@example.dk');
  await zoe.getByRole('button', { name: 'Copy phone of Zoë Ørsted' }).click();
  await expect(zoe.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('+45 31 22 09 87');

  const search = page.getByRole('searchbox', { name: 'Search people' });
  for (const typed of ['zoe orsted', 'ZOË', 'network', '31220987', '@zoe', 'zoe@example']) {
    await search.fill(typed);
    await expect(personCard(page, 'Zoë Ørsted'), `searching for "${typed}"`).toBeVisible();
  }
  await search.fill('nobody like this');
  await expect(personCard(page, 'Zoë Ørsted')).toHaveCount(0);
  await expect(rosterCount(page)).toHaveText('Nobody matches “nobody like this” (1 person on the roster).');
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(personCard(page, 'Zoë Ørsted')).toBeVisible();

  await zoe.getByRole('button', { name: 'Edit Zoë Ørsted' }).click();
  const editing = page.getByRole('form', { name: 'Edit Zoë Ørsted' });
  await editing.getByRole('textbox', { name: 'Team' }).fill('Storage');
  await editing.getByRole('checkbox', { name: 'On call', exact: true }).uncheck();
  await editing.getByRole('button', { name: 'Save changes' }).click();
  await expect(personCard(page, 'Zoë Ørsted')).toContainText('Storage');
  await expect(personCard(page, 'Zoë Ørsted')).not.toContainText('On call');
  await expect(page.getByRole('button', { name: 'Edit Zoë Ørsted' })).toBeFocused();

  // Still there after a reload: the host holds the roster, not the page.
  await page.reload();
  await expect(personCard(page, 'Zoë Ørsted')).toContainText('Storage');

  await page.getByRole('button', { name: 'Delete Zoë Ørsted' }).click();
  // The first press only asks; the button that keeps is the one focused.
  await expect(page.getByRole('button', { name: 'Keep Zoë Ørsted' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete Zoë Ørsted' }).click();
  await expect(personCard(page, 'Zoë Ørsted')).toHaveCount(0);
  await expect(page.getByText('Nobody is on the roster yet.')).toBeVisible();
});

test('a CSV import names its bad row by line and lists the good people; the same file again changes nothing; the roster exports as CSV', async ({
  peer,
  page,
}) => {
  await arriveAs(page, peer.url, 'Dana');
  await openScreen(page, 'People');
  const csv = ['Name,Team,Phone,E-mail,On call', '"Lima, Ana",Network,+351 912 345 678,ana.lima@example.com,yes', ',Storage,,nobody@example.com,no', 'Олег Иванов,Database,,oleg@example.ru,no'].join(
    '\r\n',
  );
  const file = { name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}\r\n`) };

  await page.getByLabel('Import people from a file').setInputFiles(file);
  await expect(page.getByText('team.csv: 2 added, 0 updated, 0 unchanged, 1 problem:')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems in team.csv' }).getByRole('listitem')).toHaveText(['line 3: no name']);
  await expect(personCard(page, 'Lima, Ana')).toContainText('On call');
  await expect(personCard(page, 'Олег Иванов')).toContainText('Database');
  await expect(rosterCount(page)).toHaveText('2 people, 1 on call.');

  await page.getByLabel('Import people from a file').setInputFiles(file);
  await expect(page.getByText('team.csv: 0 added, 0 updated, 2 unchanged, 1 problem:')).toBeVisible();
  await expect(rosterCount(page)).toHaveText('2 people, 1 on call.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export roster as CSV' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^roster-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$/);
  const exported = fs.readFileSync((await saved.path())!, 'utf8').split('\r\n');
  expect(exported.slice(0, 3)).toEqual([
    '\uFEFFname,team,phone,email,chat,notes,on call,all phones,all emails',
    `"Lima, Ana",Network,+351 912 345 678,ana.lima@example.com,,,yes,,`,
    'Олег Иванов,Database,,oleg@example.ru,,,no,,',
  ]);
  await expect(page.getByText(/^Exported 2 people to roster-.*\.csv\.$/)).toBeVisible();
});

test('contacts from a Windows address book keep their accents; a group card is named and left out', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Dana');
  await openScreen(page, 'People');
  const cards = [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;CHARSET=Windows-1252:Muñoz;José',
    'NOTE;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:Caf=E9 =80 budget',
    'TEL;WORK;VOICE:+34 910 000 000',
    'TEL;CELL;PREF:+34 600 111 222',
    'EMAIL;INTERNET;HOME:jose@home.example',
    'EMAIL;INTERNET;WORK;PREF:jose@work.example',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:group',
    'FN:Database on-call',
    'END:VCARD',
  ].join('\r\n');
  const file = { name: 'outlook.vcf', mimeType: 'text/vcard', buffer: Buffer.from(cards, 'latin1') };

  await page.getByLabel('Import people from a file').setInputFiles(file);
  await expect(page.getByText('outlook.vcf: 1 added, 0 updated, 0 unchanged, 1 problem:')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Problems in outlook.vcf' }).getByRole('listitem')).toHaveText([/^line 10: "Database on-call" is a group of contacts, not a person/]);
  const jose = personCard(page, 'José Muñoz');
  await expect(jose).toContainText('Café € budget');
  const ways = jose.getByRole('list', { name: 'How to reach José Muñoz' }).getByRole('listitem');
  const reachable = [/^Phone \(cell\) \+34 600 111 222/, /^Phone \(work\) \+34 910 000 000/, /^E-mail \(work\) jose@work\.example/, /^E-mail \(home\) jose@home\.example/];
  await expect(ways).toHaveText(reachable);
  await expect(jose.getByRole('link', { name: '+34 910 000 000' })).toHaveAttribute('href', 'tel:+34910000000');

  // Changing the team in the form keeps every number the card brought.
  await jose.getByRole('button', { name: 'Edit José Muñoz' }).click();
  await page.getByRole('textbox', { name: 'Team' }).fill('Payments');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(personCard(page, 'José Muñoz')).toContainText('Payments');
  await expect(personCard(page, 'José Muñoz').getByRole('list', { name: 'How to reach José Muñoz' }).getByRole('listitem')).toHaveText(reachable);
});

test('a partner is added with a contact, found by that contact, and its contact reached by link or copy', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Dana');
  await openScreen(page, 'Partners');
  await page.getByRole('button', { name: 'Add partner' }).click();
  const form = page.getByRole('form', { name: 'Add a partner' });
  await form.getByRole('textbox', { name: 'Partner name' }).fill('Banco Norte');
  await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Bank' });
  await form.getByRole('textbox', { name: 'What they provide' }).fill('Card acquiring for the EU shops');

  await form.getByRole('button', { name: 'Add contact' }).click();
  const first = form.getByRole('group', { name: 'Contact 1' });
  await expect(first.getByRole('textbox', { name: 'Contact name' })).toBeFocused();
  await page.keyboard.type('María Silva');
  await first.getByRole('textbox', { name: 'Role' }).fill('Duty manager');
  await first.getByRole('textbox', { name: 'Phone' }).fill('+351 210 000 111');
  await first.getByRole('textbox', { name: 'E-mail' }).fill('maria.silva@banconorte.example');
  // A second row, thought better of.
  await form.getByRole('button', { name: 'Add contact' }).click();
  await form.getByRole('group', { name: 'Contact 2' }).getByRole('textbox', { name: 'Contact name' }).fill('Someone else');
  await form.getByRole('button', { name: 'Remove contact 2' }).click();
  await expect(form.getByRole('group', { name: 'Contact 2' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Add partner' }).click();

  const bank = page.getByRole('list', { name: 'Partners' }).getByRole('listitem', { name: 'Banco Norte', exact: true });
  await expect(bank).toContainText('Bank');
  await expect(bank).toContainText('Card acquiring for the EU shops');
  const contacts = bank.getByRole('list', { name: 'Contacts at Banco Norte' });
  await expect(contacts).toContainText('María Silva');
  await expect(contacts).toContainText('Duty manager');
  await expect(contacts).not.toContainText('Someone else');
  await expect(contacts.getByRole('link', { name: '+351 210 000 111' })).toHaveAttribute('href', 'tel:+351210000111');
  await expect(contacts.getByRole('button', { name: 'Copy phone of María Silva at Banco Norte' })).toBeVisible();
  await expect(contacts.getByRole('button', { name: 'Copy e-mail of María Silva at Banco Norte' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search partners' });
  await search.fill('maria duty');
  await expect(bank).toBeVisible();
  await search.fill('vendor');
  await expect(bank).toHaveCount(0);
  await expect(page.getByText('Nothing matches “vendor” (1 partner on the list).')).toBeVisible();
});
