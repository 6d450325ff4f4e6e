/**
 * The briefing for management: what it says of a busy incident, what it
 * says when there is nothing to say, and that nothing anyone typed can
 * become markup or a link in it.
 */
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../shared/briefing/briefing.js';
import { briefingFile, briefingFileName } from '../../../shared/briefing/briefing-file.js';
import { renderBriefingHtml } from '../../../shared/briefing/render-briefing-html.js';
import { emptyBoard } from '../../../shared/projection/board-views.js';
import { exportMinute } from '../../../shared/time/export-time.js';
import { busyBriefingInput, busyIncident, DECLARED_AT, MINUTE, NOW, person, promise, ROSTER } from './busy-incident.js';

/** The page as a reader sees it: the style sheet and tags gone (blocks and cells apart by a space), white space folded. */
function seen(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<\/?(p|li|td|th|tr|h[1-3]|dt|dd|div|caption|br|blockquote|section|ul)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** One section's text, by its heading. */
function sectionText(html: string, heading: string): string {
  const match = new RegExp(`<section aria-labelledby="[^"]+">\\n<h2 id="[^"]+">${heading}</h2>([\\s\\S]*?)</section>`).exec(html);
  expect(match, `a section "${heading}"`).not.toBeNull();
  return seen(match![1]!);
}

describe('the briefing for management', () => {
  it('says how bad, how long, and what it does to customers and inside the company', () => {
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput()));
    expect(html).toContain('<h1 dir="auto">Card payments declined in the EU</h1>');
    const top = seen(html.slice(0, html.indexOf('<section')));
    expect(top).toContain('Severity SEV1 Critical: a core service is down');
    expect(top).toContain('Status Investigating Still open');
    expect(top).toContain(`How long 2 h 30 min so far Declared ${exportMinute(DECLARED_AT, 'UTC')} by Ana Lopez`);
    const impact = sectionText(html, 'Impact');
    expect(impact).toContain('What customers are told Some card payments in the EU are declined. Bank transfers work.');
    expect(impact).toContain('Inside the company About 40% of card payments');
  });

  it('shows what is being done: steps in progress, blocked and next, and services not verified up by tier', () => {
    const doing = sectionText(renderBriefingHtml(buildBriefing(busyBriefingInput())), 'What is being done');
    expect(doing).toContain('Payment gateway failover — 1 of 5 steps done');
    expect(doing).toContain('In progress: Route EU cards to the secondary acquirer (Ben Okafor).');
    expect(doing).toContain('Blocked: Rotate the client certificates: Waiting for the acquirer to accept the new CSR.');
    // Ready to start; the step still waiting on others is not "next".
    expect(doing).toContain('Next: Capture failing TLS handshakes.');
    expect(doing).not.toContain('Verify a test payment end to end');
    expect(doing).toContain('Services: 1 of 5 in scope verified up.');
    expect(doing).toContain('Tier 1, not up (2): Card authorisation (its check is over 15 minutes old), Checkout (checked degraded)');
    expect(doing).toContain('Tier 2, not up (1): Refunds (checked down)');
    expect(doing).toContain('Tier 3, not up (1): Merchant reports (not checked yet)');
    expect(doing).not.toContain('Bank transfers');
  });

  it('gives the latest update and when the next is due, on the cadence, saying so in words once it is overdue', () => {
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput()));
    const updates = sectionText(html, 'Updates');
    expect(updates).toContain(`Latest update: ${exportMinute(DECLARED_AT + 100 * MINUTE, 'UTC')}, to Management, by Ben Okafor.`);
    expect(updates).toContain('We are moving EU cards to the secondary acquirer.');
    expect(updates).toContain(`Next update due: ${exportMinute(DECLARED_AT + 160 * MINUTE, 'UTC')} (in 10 min).`);
    const later = sectionText(renderBriefingHtml(buildBriefing(busyBriefingInput({ now: NOW + 25 * MINUTE }))), 'Updates');
    expect(later).toContain('overdue by 15 min');
  });

  it('names who holds each key role with their phone from the roster, and a vacant one as nobody', () => {
    const roles = sectionText(renderBriefingHtml(buildBriefing(busyBriefingInput())), 'Whom to call');
    // Picked from the roster, and typed by name only: both found.
    expect(roles).toContain('Coordinator Ana Lopez +34 600 111 222');
    expect(roles).toContain('Reporter Ben Okafor +44 7700 900 123');
    expect(roles).toContain('Partner liaison Nobody (vacant)');
    const twoBens = [...ROSTER, person('person-ben-2', 'ben okafor', '+1 555 0100')];
    expect(sectionText(renderBriefingHtml(buildBriefing(busyBriefingInput({ people: twoBens }))), 'Whom to call')).toContain('Reporter Ben Okafor no phone on the roster');
  });

  it('lists the open promises soonest first, with whom they were made to and which is overdue, and leaves kept ones out', () => {
    const promises = sectionText(renderBriefingHtml(buildBriefing(busyBriefingInput())), 'Open promises');
    expect(promises).toMatch(/Call back with the failed transaction list Northbank Acquiring .* overdue by 10 min Ana Lopez .*An ETA for full recovery The board \(via the CEO\) .* in 30 min/);
    expect(promises).not.toContain('First update to customers');
  });

  it('lists only the soonest promises and the first services of a tier when there are many, counting the rest', () => {
    const busy = busyIncident();
    const promises = Array.from({ length: 9 }, (_, index) => promise(`promise-${index}`, `Promise number ${index + 1}`, 'The board', 200 + index));
    const services = Array.from({ length: 11 }, (_, index) => ({ ...busy.board.services.find((service) => service.name === 'Checkout')!, id: `shard-${index}`, name: `Ledger shard ${String(index + 1).padStart(2, '0')}` }));
    const detail = { ...busy, board: { ...busy.board, services }, outreach: { ...busy.outreach, promises } };
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput({ detail })));
    const listed = sectionText(html, 'Open promises');
    expect(listed).toContain('Promise number 6');
    expect(listed).not.toContain('Promise number 7');
    expect(listed).toContain('And 3 more open, due later: see the war room.');
    const doing = sectionText(html, 'What is being done');
    expect(doing).toContain('Tier 1, not up (11):');
    expect(doing).toContain('Ledger shard 08');
    expect(doing).not.toContain('Ledger shard 09');
    expect(doing).toContain('; and 3 more');
  });

  it('lists the partners engaged with their level and contact, and not those released', () => {
    const partners = sectionText(renderBriefingHtml(buildBriefing(busyBriefingInput())), 'Partners engaged');
    expect(partners).toContain('Northbank Acquiring Working group They work with us in a joint group until recovery.');
    expect(partners).toContain('Duty manager (Operations), +49 30 555 0100');
    expect(partners).not.toContain('EdgeCDN');
  });

  it('says when it was made and in which zone', () => {
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput({ zone: 'Europe/Madrid' })));
    expect(seen(html)).toContain(`Made by Holdfast on ${exportMinute(NOW, 'Europe/Madrid')}`);
    expect(html).toContain('Times are in Europe/Madrid, the zone of the laptop that made this file.');
  });

  it('says "none" gracefully when nothing is promised, engaged, attached, in scope or sent yet', () => {
    const busy = busyIncident();
    const quiet = {
      ...busy,
      incident: { ...busy.incident, statusUpdates: [], partners: [], summary: '', publicImpact: '' },
      checklists: [],
      board: emptyBoard(busy.incident.id),
      outreach: { ...busy.outreach, promises: [] },
    };
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput({ detail: quiet, now: DECLARED_AT + 10 * MINUTE })));
    expect(sectionText(html, 'Impact')).toContain('What customers are told Not written yet.');
    expect(sectionText(html, 'What is being done')).toContain('No checklist is attached and no service is in scope yet.');
    expect(sectionText(html, 'Updates')).toContain('No update has been sent yet.');
    // The first update falls due on the SEV1 cadence from the declaration.
    expect(sectionText(html, 'Updates')).toContain(`Next update due: ${exportMinute(DECLARED_AT + 30 * MINUTE, 'UTC')} (in 20 min).`);
    expect(sectionText(html, 'Open promises')).toContain('None: nothing promised outside the room is open.');
    expect(sectionText(html, 'Partners engaged')).toContain('None engaged.');
  });

  it('says how long it ran, and that no update is owed, once resolved', () => {
    const busy = busyIncident();
    const resolved = { ...busy, incident: { ...busy.incident, status: 'resolved' as const, resolvedAt: DECLARED_AT + 120 * MINUTE } };
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput({ detail: resolved })));
    expect(seen(html)).toContain('How long 2 h 00 min From');
    expect(sectionText(html, 'Updates')).toContain('Next update: none is owed.');
  });

  it('shortens a very long text, and says the whole of it is in the war room', () => {
    const busy = busyIncident();
    const long = `${'The acquirer is investigating. '.repeat(60)}END`;
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput({ detail: { ...busy, incident: { ...busy.incident, summary: long } } })));
    const impact = sectionText(html, 'Impact');
    expect(impact).not.toContain('END');
    expect(impact).toContain('… (shortened: the whole text is in the war room)');
  });

  it('shows a hostile title, names and promises as text: no markup, no script, no link, no control character', () => {
    const busy = busyIncident('<script>alert(1)</script> <img src=http://evil.example/x.png> \u202Egnp.exe');
    const detail = {
      ...busy,
      incident: { ...busy.incident, summary: '<a href="file:///etc/passwd">click</a>\u001b[2J' },
      outreach: { ...busy.outreach, promises: [promise('evil', '<iframe src="https://evil.example">', '"><b>CEO</b>', 200)] },
    };
    const html = renderBriefingHtml(buildBriefing(busyBriefingInput({ detail, people: [person('person-ana', 'Ana Lopez', '<script>+34</script>')] })));
    expect(html).not.toMatch(/<script|<img|<iframe|<a |<b>|<[a-z][^>]*\s(src|href)=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The escape sequence and the right-to-left override are both gone: nothing in the file a terminal or a browser obeys.
    expect(html).not.toContain('\u001b');
    expect(html).not.toContain('\u202E');
    expect(html).toContain('\uFFFDgnp.exe');
  });

  it('is one self-contained file, named after the incident and the minute it was made', () => {
    const file = briefingFile(busyBriefingInput());
    expect(file.fileName).toBe('briefing-card-payments-declined-in-the-eu-2026-11-23-1610.html');
    expect(briefingFileName({ id: 'x1', title: 'Checkout' }, NOW, 'Asia/Tokyo')).toBe('briefing-checkout-2026-11-24-0110.html');
    expect(file.content).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(file.content).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import|https?:/i);
    expect(file.content).toContain('@page { size: A4;');
  });
});
