/**
 * Service boards written by hand, as the board fold would give them: each
 * service with its checks (minutes after the impact started), to test what
 * the post-mortem and the status page read from a board without folding
 * events.
 */
import type { ConfirmationView, ServiceBoardView, ServiceCheckView, ServiceView } from '../../../shared/projection/board-views.js';
import type { ServiceState } from '../../../shared/services/service-state.js';

export const MINUTE = 60_000;
/** 2026-11-23 13:40 UTC: when the impact started. */
export const IMPACT_START = Date.UTC(2026, 10, 23, 13, 40);
export const at = (minutes: number) => IMPACT_START + minutes * MINUTE;

export interface CheckSketch {
  readonly state: ServiceState;
  readonly minute: number;
  readonly by?: string;
  readonly override?: string;
  readonly evidence?: string;
}

export interface ServiceSketch {
  readonly id: string;
  readonly name?: string;
  readonly team?: string;
  readonly tier?: number;
  readonly dependsOn?: readonly string[];
  readonly confirm?: 'one' | 'two';
  readonly customerFacing?: boolean;
  readonly freshnessMinutes?: number;
  readonly checks?: readonly CheckSketch[];
  /** For `confirm: two` whose latest check is up: who confirmed it and when (minutes), or null while it waits. */
  readonly confirmedBy?: { readonly by: string; readonly minute: number } | null;
}

function check(sketch: CheckSketch, index: number): ServiceCheckView {
  return {
    state: sketch.state,
    evidence: sketch.evidence ?? '',
    by: sketch.by ?? 'Ana',
    device: `device-${sketch.by ?? 'Ana'}`,
    at: at(sketch.minute),
    stamp: `stamp-${index}-${sketch.minute}`,
    override: sketch.override !== undefined,
    reason: sketch.override ?? '',
  };
}

function confirmationOf(sketch: ServiceSketch, last: ServiceCheckView | null): ConfirmationView | null {
  if (sketch.confirm !== 'two' || last === null || last.state !== 'up') return null;
  return {
    requestedBy: last.by,
    requestedDevice: last.device,
    requestedAt: last.at,
    stamp: last.stamp,
    confirmedBy: sketch.confirmedBy?.by ?? null,
    confirmedDevice: sketch.confirmedBy ? `device-${sketch.confirmedBy.by}` : null,
    confirmedAt: sketch.confirmedBy ? at(sketch.confirmedBy.minute) : null,
  };
}

export function service(sketch: ServiceSketch, inScope: ReadonlySet<string>): ServiceView {
  const history = (sketch.checks ?? []).map(check);
  const last = history.at(-1) ?? null;
  const dependsOn = [...(sketch.dependsOn ?? [])];
  return {
    id: sketch.id,
    name: sketch.name ?? sketch.id.toUpperCase(),
    team: sketch.team ?? 'Platform',
    tier: sketch.tier ?? 1,
    dependsOn,
    check: 'Look at it',
    checkStep: null,
    customerFacing: sketch.customerFacing ?? false,
    freshnessMs: (sketch.freshnessMinutes ?? 15) * MINUTE,
    restartMs: null,
    confirm: sketch.confirm ?? 'one',
    state: last?.state ?? 'unknown',
    lastCheck: last,
    history,
    confirmation: confirmationOf(sketch, last),
    dependsOnInScope: dependsOn.filter((id) => inScope.has(id)),
    scopedAt: IMPACT_START,
    scopedBy: 'Ana',
  };
}

/** A board of these services, tier first then name, as the fold lists them. */
export function board(...sketches: ServiceSketch[]): ServiceBoardView {
  const inScope = new Set(sketches.map((sketch) => sketch.id));
  const services = sketches.map((sketch) => service(sketch, inScope)).sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
  return { incidentId: 'checkout-outage', services };
}
