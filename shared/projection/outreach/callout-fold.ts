/**
 * The call-out part of an incident's outreach fold (../outreach-fold.ts):
 * the list (the first listing's severity and escalation time; a later
 * listing adds only people not listed yet), and how far calling each has
 * got. A callee's state is their latest step in the agreed order, so two
 * laptops recording steps while cut off end the same; the first time each
 * step happened and who called first are kept for the post-mortem.
 */
import { hlcWall } from '../../hlc.js';
import type { CalloutState } from '../../outreach/vocabulary.js';
import type { Severity } from '../../severity.js';
import type { PartHandlers } from '../routes.js';
import { systemEntry } from '../system-entry.js';
import type { PartState } from './part-state.js';
import type { CalleeView, CalloutStep, CalloutView, StandbyCallee } from '../outreach-views.js';

interface Listed {
  readonly callee: StandbyCallee;
  readonly listedAt: number;
  readonly listedBy: string;
  readonly order: number;
}

export interface CalloutFolding {
  first: { readonly severity: Severity; readonly escalateAfterMs: number; readonly at: number; readonly by: string } | null;
  readonly listed: Map<string, Listed>;
  /** First drawn wins, as for the list. */
  readonly standby: Map<string, StandbyCallee>;
  /** Steps by callee key, oldest first; kept even for a key not listed yet. */
  readonly steps: Map<string, CalloutStep[]>;
}

export function newCalloutFolding(): CalloutFolding {
  return { first: null, listed: new Map(), standby: new Map(), steps: new Map() };
}

/** The timeline's words for a step, as a coordinator would say them. */
function stepLine(state: CalloutState, callee: StandbyCallee | undefined): string {
  const name = callee?.name ?? 'someone on the call-out';
  switch (state) {
    case 'called':
      return callee?.why ? `Called ${name} (${callee.why})` : `Called ${name}`;
    case 'reached':
      return `Reached ${name}`;
    case 'acknowledged':
      return `Acknowledged by ${name}`;
    case 'unreached':
      return `No answer from ${name}`;
    default:
      return state satisfies never;
  }
}

export const calloutHandlers = {
  'callout.listed': ({ own: callout, incidentId, systemEntries }, event) => {
    const { severity, escalateAfterMs, callees, standby = [] } = event.payload;
    const at = hlcWall(event.hlc);
    const starting = callout.first === null;
    if (starting) callout.first = { severity, escalateAfterMs, at, by: event.author };
    const added: StandbyCallee[] = [];
    for (const callee of callees) {
      if (callout.listed.has(callee.key)) continue;
      callout.listed.set(callee.key, { callee, listedAt: at, listedBy: event.author, order: callout.listed.size });
      added.push(callee);
    }
    for (const callee of standby) if (!callout.standby.has(callee.key)) callout.standby.set(callee.key, callee);
    if (starting) systemEntries.push(systemEntry(event, incidentId, 'callout', `Call-out started for ${severity}: ${added.length === 1 ? '1 person' : `${added.length} people`} to call`));
    else if (added.length > 0) systemEntries.push(systemEntry(event, incidentId, 'callout', `Added to the call-out: ${added.map((callee) => (callee.why ? `${callee.name} (${callee.why})` : callee.name)).join(', ')}`));
  },
  'callout.progressed': ({ own: callout, incidentId, systemEntries }, event) => {
    const { calleeKey, state, note } = event.payload;
    const steps = callout.steps.get(calleeKey) ?? [];
    steps.push({ state, note, at: hlcWall(event.hlc), by: event.author });
    callout.steps.set(calleeKey, steps);
    const line = stepLine(state, callout.listed.get(calleeKey)?.callee);
    systemEntries.push(systemEntry(event, incidentId, 'callout', note ? `${line}: ${note}` : line));
  },
} satisfies PartHandlers<PartState<CalloutFolding>, 'callout.listed' | 'callout.progressed'>;

function calleeView({ callee, listedAt, listedBy }: Listed, steps: readonly CalloutStep[]): CalleeView {
  const firstOf = (states: readonly CalloutState[]) => steps.find((step) => states.includes(step.state)) ?? null;
  // Reaching someone, or finding they do not answer, means they were called.
  const called = firstOf(['called', 'reached', 'acknowledged', 'unreached']);
  return {
    ...callee,
    listedAt,
    listedBy,
    state: steps.at(-1)?.state ?? 'to call',
    calledAt: called?.at ?? null,
    calledBy: called?.by ?? null,
    reachedAt: firstOf(['reached', 'acknowledged'])?.at ?? null,
    acknowledgedAt: firstOf(['acknowledged'])?.at ?? null,
    steps,
  };
}

export function calloutView(folding: CalloutFolding): CalloutView | null {
  if (folding.first === null) return null;
  const chainOrder = new Map<string, number>();
  const listed = [...folding.listed.values()].sort((a, b) => a.order - b.order);
  for (const held of listed) if (!chainOrder.has(held.callee.chain)) chainOrder.set(held.callee.chain, chainOrder.size);
  const callees = listed
    .sort((a, b) => chainOrder.get(a.callee.chain)! - chainOrder.get(b.callee.chain)! || a.callee.rank - b.callee.rank || a.order - b.order)
    .map((held) => calleeView(held, folding.steps.get(held.callee.key) ?? []));
  return {
    severity: folding.first.severity,
    escalateAfterMs: folding.first.escalateAfterMs,
    listedAt: folding.first.at,
    listedBy: folding.first.by,
    callees,
    standby: [...folding.standby.values()].filter((callee) => !folding.listed.has(callee.key)),
  };
}
