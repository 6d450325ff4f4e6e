/**
 * The board at a glance: how many services are verified up of how many,
 * and how many are in each other state, said in one line ("38 of 142
 * verified up · 12 down · 9 unverified") and drawn as a stacked bar whose
 * segments follow the same order.
 */
import { STATUS_COUNT_WORD, STATUS_KINDS, statusKind, type ServiceStatusInput, type StatusKind } from './serviceStatus.js';

export type BoardCounts = Readonly<Record<StatusKind, number>> & { readonly total: number };

export function boardCounts(services: readonly ServiceStatusInput[], now: number): BoardCounts {
  const counts: Record<StatusKind, number> = { down: 0, degraded: 0, restoring: 0, awaiting: 0, up: 0, unverified: 0, unknown: 0 };
  for (const service of services) counts[statusKind(service, now)] += 1;
  return { ...counts, total: services.length };
}

/** The kinds with at least one service, worst first, verified up last (as the bar draws them). */
export function countedKinds(counts: BoardCounts): readonly StatusKind[] {
  return STATUS_KINDS.filter((kind) => counts[kind] > 0);
}

/** "38 of 142 verified up · 12 down · 9 unverified"; the kinds with none are left out. */
export function describeCounts(counts: BoardCounts): string {
  const others = STATUS_KINDS.filter((kind) => kind !== 'up' && counts[kind] > 0).map((kind) => `${counts[kind]} ${STATUS_COUNT_WORD[kind]}`);
  return [`${counts.up} of ${counts.total} verified up`, ...others].join(' · ');
}

/** The Services tab's badge: "38/142 up"; none while nothing is in scope. */
export function servicesBadge(counts: BoardCounts): string | undefined {
  return counts.total === 0 ? undefined : `${counts.up}/${counts.total} up`;
}

export interface BarSegment {
  readonly kind: StatusKind;
  /** Where it starts and how wide it is, in percent of the bar. */
  readonly x: number;
  readonly width: number;
}

export function barSegments(counts: BoardCounts): readonly BarSegment[] {
  if (counts.total === 0) return [];
  let x = 0;
  return countedKinds(counts).map((kind) => {
    const width = (counts[kind] / counts.total) * 100;
    const segment = { kind, x, width };
    x += width;
    return segment;
  });
}
