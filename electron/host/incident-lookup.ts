import type { IncidentDetail } from '../../shared/api.js';
import type { IncidentView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationContext } from './operation-context.js';

/** The incident an operation is about (its `incidentId` parameter), or a sentence saying it is not here. */
export function incidentOf(context: OperationContext, incidentId: string): IncidentView {
  const incident = context.projection.incident(incidentId);
  if (!incident) throw new HoldfastFailure('not_found', `No incident with id ${incidentId} is in this war room.`, ['incidentId']);
  return incident;
}

/** Everything shown about one incident: what its screen, its post-mortem and its briefing are made from. */
export function incidentDetailOf(context: OperationContext, incidentId: string): IncidentDetail {
  return {
    incident: incidentOf(context, incidentId),
    timeline: context.projection.timeline(incidentId),
    checklists: context.projection.checklistsOf(incidentId),
    board: context.projection.board(incidentId),
    outreach: context.projection.outreach(incidentId),
  };
}
