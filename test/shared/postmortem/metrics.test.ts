/**
 * Metrics as a post-mortem shows them: measured from the milestones as
 * corrected, each with its formula; an impossible order merged from two
 * laptops shown, not hidden; drills measured but left out of real metrics.
 */
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { DRILL_LEFT_OUT, incidentMetrics, realIncidentMetrics, type IncidentMetrics } from '../../../shared/postmortem/metrics.js';
import type { Milestone } from '../../../shared/postmortem/milestones.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import type { Severity } from '../../../shared/severity.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const MINUTE = 60_000;

type Step =
  | { readonly after: number; readonly status: 'identified' | 'mitigated' | 'resolved' | 'investigating'; readonly reopened?: boolean }
  | { readonly after: number; readonly severity: Severity }
  | { readonly after: number; readonly milestone: Milestone; readonly at: number | null; readonly by?: 'other laptop' };

let serial = 0;

/**
 * An incident as laptops record it: declared at START, then each step
 * `after` minutes from the declaration. A milestone step marked by the
 * other laptop is made without hearing the first laptop's corrections, as
 * a laptop offline at the time would.
 */
function incident(steps: readonly Step[], options: { severity?: Severity; drill?: boolean } = {}): IncidentView {
  let clock = START;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const ben = new SimulatedLaptop('Ben', () => clock);
  const incidentId = `incident-metrics-${(serial += 1)}`;
  const drill = options.drill ? { runbookId: 'database-failover', targetMs: 30 * MINUTE } : null;
  const events: SignedEvent[] = [ana.record('incident.declared', { incidentId, title: 'Payments down', severity: options.severity ?? 'SEV2', summary: '', drill })];
  for (const step of steps) {
    clock = START + step.after * MINUTE;
    if ('status' in step) events.push(ana.record('incident.status_changed', { incidentId, status: step.status, reopened: step.reopened ?? false }));
    else if ('severity' in step) events.push(ana.record('incident.severity_changed', { incidentId, severity: step.severity, reason: 'scope changed' }));
    else {
      const laptop = step.by === 'other laptop' ? ben : ana;
      events.push(laptop.record('incident.milestone_set', { incidentId, milestone: step.milestone, at: step.at, reason: 'corrected from the logs' }));
    }
  }
  return WarRoomProjection.rebuild(events).incident(incidentId)!;
}

const minutes = (metrics: IncidentMetrics) => Object.fromEntries(metrics.timeTo.map((metric) => [metric.key, metric.ms === null ? null : metric.ms / MINUTE]));
const resolvedIn = (mitigateAfter: number, resolveAfter: number, options: { drill?: boolean } = {}) =>
  incident(
    [
      { after: mitigateAfter, status: 'mitigated' },
      { after: resolveAfter, status: 'resolved' },
    ],
    options,
  );

describe('an incident’s metrics', () => {
  it('measure each time from when the impact started, with its formula', () => {
    const metrics = incidentMetrics(
      incident([
        { after: 5, status: 'identified' },
        { after: 20, status: 'mitigated' },
        { after: 45, status: 'resolved' },
      ]),
      START + 120 * MINUTE,
    );
    expect(minutes(metrics)).toEqual({ detect: 0, acknowledge: 5, mitigate: 20, resolve: 45 });
    expect(metrics.timeTo.map((metric) => [metric.label, metric.formula])).toEqual([
      ['Time to detect', 'detected − started'],
      ['Time to acknowledge', 'acknowledged − started'],
      ['Time to mitigate', 'mitigated − started'],
      ['Time to resolve', 'resolved − started'],
    ]);
    expect(metrics.timeTo.every((metric) => metric.problem === null)).toBe(true);
  });

  it('follow corrected milestones: an impact that began before anyone noticed lengthens every time', () => {
    const metrics = incidentMetrics(
      incident([
        { after: 20, status: 'mitigated' },
        { after: 45, status: 'resolved' },
        { after: 50, milestone: 'started', at: START - 30 * MINUTE },
        { after: 51, milestone: 'mitigated', at: START + 15 * MINUTE },
      ]),
      START + 120 * MINUTE,
    );
    expect(minutes(metrics)).toEqual({ detect: 30, acknowledge: 50, mitigate: 45, resolve: 75 });
  });

  it('leave a milestone not reached yet without a value', () => {
    const metrics = incidentMetrics(incident([{ after: 10, status: 'identified' }]), START + 30 * MINUTE);
    expect(minutes(metrics)).toEqual({ detect: 0, acknowledge: 10, mitigate: null, resolve: null });
  });

  it('show a negative time with a sentence when corrections made at once crossed, instead of hiding it', () => {
    // Each correction is possible alone: Ana moves the start later, Ben (offline) moves detection earlier.
    const metrics = incidentMetrics(
      incident([
        { after: 30, status: 'resolved' },
        { after: 40, milestone: 'started', at: START + 5 * MINUTE },
        { after: 40, milestone: 'detected', at: START + 2 * MINUTE, by: 'other laptop' },
      ]),
      START + 60 * MINUTE,
    );
    const detect = metrics.timeTo.find((metric) => metric.key === 'detect')!;
    expect(detect.ms).toBe(-3 * MINUTE);
    expect(detect.problem).toMatch(/^Detected \(\d\d:\d\d:\d\d UTC\) is 3m 00s before started \(\d\d:\d\d:\d\d UTC\)/);
    expect(metrics.timeTo.find((metric) => metric.key === 'resolve')).toMatchObject({ ms: 25 * MINUTE, problem: null });
  });

  it('count the time at each severity between started and resolved, the declared one covering a corrected earlier start', () => {
    const metrics = incidentMetrics(
      incident(
        [
          { after: 10, severity: 'SEV1' },
          { after: 40, severity: 'SEV3' },
          { after: 60, status: 'resolved' },
          { after: 61, milestone: 'started', at: START - 15 * MINUTE },
          { after: 90, severity: 'SEV4' },
        ],
        { severity: 'SEV2' },
      ),
      START + 500 * MINUTE,
    );
    expect(metrics.timeAtSeverity.map((time) => [time.severity, time.ms / MINUTE])).toEqual([
      ['SEV1', 30],
      ['SEV2', 25],
      ['SEV3', 20],
      ['SEV4', 0],
    ]);
    expect(metrics.timeAtSeverity[0]!.formula).toBe('time at SEV1 between started and resolved');
    expect(metrics.window).toEqual({ from: START - 15 * MINUTE, to: START + 60 * MINUTE, open: false });
  });

  it('count the severity of an open incident up to now', () => {
    const metrics = incidentMetrics(incident([{ after: 10, severity: 'SEV1' }], { severity: 'SEV3' }), START + 25 * MINUTE);
    expect(metrics.timeAtSeverity.map((time) => [time.severity, time.ms / MINUTE, time.formula])).toEqual([
      ['SEV1', 15, 'time at SEV1 between started and now'],
      ['SEV3', 10, 'time at SEV3 between started and now'],
    ]);
  });

  it('of a drill are its own and say they are not counted', () => {
    const drill = incidentMetrics(resolvedIn(10, 20, { drill: true }), START + 30 * MINUTE);
    expect(drill).toMatchObject({ counted: false, leftOutBecause: DRILL_LEFT_OUT });
    expect(minutes(drill)).toMatchObject({ mitigate: 10, resolve: 20 });
    expect(incidentMetrics(resolvedIn(10, 20), START + 30 * MINUTE)).toMatchObject({ counted: true, leftOutBecause: null });
  });
});

describe('real incident metrics', () => {
  it('take the median over resolved real incidents, leaving out drills and open incidents and saying how many', () => {
    const incidents = [
      resolvedIn(10, 40),
      resolvedIn(30, 60),
      resolvedIn(20, 100),
      resolvedIn(1, 2, { drill: true }),
      resolvedIn(2, 3, { drill: true }),
      incident([{ after: 5, status: 'mitigated' }]),
    ];
    const real = realIncidentMetrics(incidents);
    expect(real).toMatchObject({ count: 3, drillsLeftOut: 2, openLeftOut: 1 });
    const byKey = Object.fromEntries(real.metrics.map((metric) => [metric.key, metric]));
    expect(byKey.mitigate).toMatchObject({ samples: 3, medianMs: 20 * MINUTE, p90Ms: null, formula: 'mitigated − started' });
    expect(byKey.resolve!.medianMs).toBe(60 * MINUTE);
  });

  it('give the 90th percentile from five incidents up, and the mean of the middle two for an even count', () => {
    const six = [10, 20, 30, 40, 50, 600].map((resolveAfter) => resolvedIn(5, resolveAfter));
    const resolve = realIncidentMetrics(six).metrics.find((metric) => metric.key === 'resolve')!;
    expect(resolve).toMatchObject({ samples: 6, medianMs: 35 * MINUTE, p90Ms: 600 * MINUTE });
    const four = realIncidentMetrics(six.slice(0, 4)).metrics.find((metric) => metric.key === 'resolve')!;
    expect(four.p90Ms).toBeNull();
  });

  it('use corrected milestones and leave a crossed, negative time out of the median', () => {
    const corrected = incident([
      { after: 30, status: 'resolved' },
      { after: 35, milestone: 'started', at: START - 30 * MINUTE },
    ]);
    const crossed = incident([
      { after: 30, status: 'resolved' },
      { after: 40, milestone: 'started', at: START + 5 * MINUTE },
      { after: 40, milestone: 'detected', at: START + 2 * MINUTE, by: 'other laptop' },
    ]);
    const detect = realIncidentMetrics([corrected, crossed]).metrics.find((metric) => metric.key === 'detect')!;
    expect(detect).toMatchObject({ samples: 1, medianMs: 30 * MINUTE });
  });

  it('are empty, not zero, when nothing is resolved', () => {
    const real = realIncidentMetrics([resolvedIn(5, 10, { drill: true })]);
    expect(real).toMatchObject({ count: 0, drillsLeftOut: 1, openLeftOut: 0 });
    expect(real.metrics.every((metric) => metric.samples === 0 && metric.medianMs === null && metric.p90Ms === null)).toBe(true);
  });
});
