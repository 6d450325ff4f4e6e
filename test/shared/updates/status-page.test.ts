/**
 * The static status page: one file that opens in any browser from a USB
 * stick, showing customers the latest public update and the ones before it,
 * and nothing written for anyone else.
 */
import { describe, expect, it } from 'vitest';
import { HoldfastFailure } from '../../../shared/result.js';
import { exportReadableMinute, UTC_ZONE } from '../../../shared/time/export-time.js';
import { renderStatusPage, statusPageFileName } from '../../../shared/updates/status-page.js';

const formatUtc = (ms: number) => exportReadableMinute(ms, UTC_ZONE);
import { DECLARED_AT, IncidentStory, MINUTE } from './incident-story.js';

function storyWithUpdates() {
  return new IncidentStory('Checkout is down')
    .after(10)
    .publish('customers', 'We are investigating failed card payments.', DECLARED_AT + 40 * MINUTE)
    .after(5)
    .publish('internal', 'Internal only: db-2 is the suspect.', DECLARED_AT + 45 * MINUTE)
    .after(20)
    .status('identified')
    .publish('customers', 'We found the cause.\n\nA fix is rolling out.\nSome payments may still fail.', DECLARED_AT + 65 * MINUTE);
}

/** The text between two markers, to look at one part of the page. */
function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  expect(from, `"${start}" in the page`).toBeGreaterThanOrEqual(0);
  return html.slice(from, html.indexOf(end, from));
}

/** What a reader sees without opening the history (a closed <details>); the style sheet is not read. */
function seenWithoutOpeningHistory(html: string): string {
  expect(html).not.toMatch(/<details[^>]*\sopen/);
  return html.replace(/<details>[\s\S]*?<\/details>|<style>[\s\S]*?<\/style>/g, '');
}

describe('the static status page', () => {
  it('shows the title, the current status, the latest public update with its time, and when the next one comes', () => {
    const html = renderStatusPage(storyWithUpdates().view(), DECLARED_AT + 50 * MINUTE);
    expect(html).toContain('<h1>Checkout is down</h1>');
    expect(html).toContain('Current status: <strong>Identified</strong>');
    expect(html).toContain(`Updated <time datetime="${new Date(DECLARED_AT + 35 * MINUTE).toISOString()}">${formatUtc(DECLARED_AT + 35 * MINUTE)}</time>`);
    const latest = between(html, 'Latest update', 'Earlier updates');
    expect(latest).toContain('<p>We found the cause.</p>');
    expect(latest).toContain('<p>A fix is rolling out.<br>\nSome payments may still fail.</p>');
    expect(latest).toContain(`Next update by <time datetime="${new Date(DECLARED_AT + 65 * MINUTE).toISOString()}">`);
    expect(html).toContain(`Generated <time datetime="${new Date(DECLARED_AT + 50 * MINUTE).toISOString()}">`);
  });

  it('lists the earlier public updates, and never an update written for another audience', () => {
    const html = renderStatusPage(storyWithUpdates().view(), DECLARED_AT + 50 * MINUTE);
    expect(between(html, 'Earlier updates', '</section>')).toContain('We are investigating failed card payments.');
    expect(html).not.toContain('db-2');
  });

  it('says no further updates are planned once the incident is resolved', () => {
    const html = renderStatusPage(
      storyWithUpdates().after(30).status('resolved').publish('customers', 'Resolved.', null).view(),
      DECLARED_AT + 90 * MINUTE,
    );
    expect(html).toContain('Current status: <strong>Resolved</strong>');
    expect(html).toContain('No further updates are planned.');
    expect(html).not.toContain('Next update by');
  });

  it('says one thing once resolved with no update since: resolved, not "investigating" nor "next update by"', () => {
    const story = new IncidentStory('Checkout is down')
      .after(5)
      .publish('customers', 'We are investigating failed card payments. Next update by 20:53 UTC.', DECLARED_AT + 35 * MINUTE)
      .after(20)
      .status('resolved');
    const html = renderStatusPage(story.view(), story.now + MINUTE);
    const seen = seenWithoutOpeningHistory(html);
    expect(seen).toContain('Current status: <strong>Resolved</strong>');
    expect(seen).toContain(`This incident was resolved at <time datetime="${new Date(story.now).toISOString()}">`);
    expect(seen).toContain('No further updates are planned.');
    expect(seen).not.toMatch(/investigating|next update by/i);
    expect(between(html, '<details>', '</details>')).toContain('We are investigating failed card payments.');
  });

  it('shows the update published after resolving as the latest, and keeps the earlier ones as closed history', () => {
    const html = renderStatusPage(
      storyWithUpdates().after(30).status('resolved').publish('customers', 'Payments work again.', null).view(),
      DECLARED_AT + 90 * MINUTE,
    );
    const seen = seenWithoutOpeningHistory(html);
    expect(between(seen, 'Latest update', '</section>')).toContain('Payments work again.');
    expect(seen).not.toMatch(/investigating|next update by|found the cause/i);
  });

  it('shows the public impact line, never the internal summary', () => {
    const incident = new IncidentStory('Checkout is down', 'SEV1', 'db-2 replica lag')
      .publicImpact('Some card payments fail.')
      .publish('customers', 'We are on it.', null)
      .view();
    const html = renderStatusPage(incident, DECLARED_AT + MINUTE);
    expect(between(html, '<header>', '</header>')).toContain('<p class="impact">Impact: Some card payments fail.</p>');
    expect(html).not.toContain('db-2');
  });

  it('escapes everything the war room wrote', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const html = renderStatusPage(new IncidentStory(`Pay <b>&</b> "ship"`).publish('customers', hostile, null).view(), DECLARED_AT);
    expect(html).toContain('<h1>Pay &lt;b&gt;&amp;&lt;/b&gt; &quot;ship&quot;</h1>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<img|<b>/i);
  });

  it('is self-contained: inline style only, nothing fetched, no scripts', () => {
    const html = renderStatusPage(storyWithUpdates().view(), DECLARED_AT + 50 * MINUTE);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\ssrc=|\shref=/i);
  });

  it('is refused, with what to do, while no update has gone to customers', () => {
    const incident = new IncidentStory('Checkout is down').publish('internal', 'Only us so far', null).view();
    expect(() => renderStatusPage(incident, DECLARED_AT)).toThrow(HoldfastFailure);
    expect(() => renderStatusPage(incident, DECLARED_AT)).toThrow(
      'No update to Customers has been published for "Checkout is down" yet: publish one to Customers first, then export the status page.',
    );
  });

  it('writes times in UTC, the same on every laptop', () => {
    expect(formatUtc(DECLARED_AT)).toBe('Fri 20 Nov 2026, 13:06 UTC');
  });

  it('is named after the incident', () => {
    expect(statusPageFileName({ id: 'abcdef12', title: 'Checkout is down (EU) — café' })).toBe('status-checkout-is-down-eu-cafe.html');
    expect(statusPageFileName({ id: 'abcdef12', title: '!!!' })).toBe('status-abcdef12.html');
  });
});
