/**
 * The restart plan's words: what a service's state is called, what a layer
 * is called and how far along it is, how long the critical path takes. The
 * screen says state in words (and a symbol) beside any colour.
 */
import { STATUS_WORD, statusKind, statusLabel, type StatusKind, type ServiceStatusInput } from '../board/serviceStatus.js';

/** The state as the board shows it now (one definition for both): a stale check reads "unverified", an up waiting for a second person says so. */
export function planState(service: ServiceStatusInput, now: number): StatusKind {
  return statusKind(service, now);
}

/** With its symbol, for the eye, as the board's tiles say it: "▼ Down". */
export function stateWord(state: StatusKind): string {
  return statusLabel(state);
}

/** Plain, inside a sentence: "down", "unverified". */
export function stateInSentence(state: StatusKind): string {
  return STATUS_WORD[state].toLocaleLowerCase('en');
}

/** "Layer 1 — can start first", "Layer 3 — after layer 2". */
export function layerTitle(index: number): string {
  return index === 0 ? 'Layer 1 — can start first' : `Layer ${index + 1} — after layer ${index}`;
}

/** "7 of 12 verified up". */
export function layerProgressText(verifiedUp: number, total: number): string {
  return `${verifiedUp} of ${total} verified up`;
}

/** "1h 20m", "45m", "2d 3h": restart estimates are minutes, not seconds. */
export function planDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return ms > 0 ? 'under a minute' : '0m';
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return rest > 0 ? `${hours}h ${rest}m` : `${hours}h`;
  return `${rest}m`;
}

const services = (count: number) => `${count} ${count === 1 ? 'service' : 'services'}`;

/** How long the critical path takes: "At least 1h 20m; 2 services without an estimate." */
export function criticalPathTime(totalMs: number, length: number, unestimated: number): string {
  if (length === 0) return 'Nothing left on the way to the top tier: it and everything it needs are verified up.';
  if (unestimated === length) return `Time unknown: none of its ${services(length)} has a restart estimate.`;
  if (unestimated === 0) return `Expected to take ${planDuration(totalMs)}.`;
  return `At least ${planDuration(totalMs)}; ${services(unestimated)} without an estimate.`;
}
