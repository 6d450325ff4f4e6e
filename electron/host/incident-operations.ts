/**
 * Incidents themselves: declaring one, reading it, and moving its status and
 * severity. A change that makes no sense (resolving twice, the severity it
 * already has) is refused with a sentence, before anything is appended.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { searchTimelines } from '../../shared/projection/timeline-search.js';
import { statusChangeRefusal } from '../../shared/status.js';
import { incidentDetailOf, incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';
import { recordScoping, servicesToScope } from './service-scoping.js';

export type IncidentMethod = 'listIncidents' | 'getIncident' | 'searchTimeline' | 'declareIncident' | 'changeStatus' | 'reopenIncident' | 'changeSeverity' | 'setPublicImpact';

export const incidentOperations: OperationsFor<IncidentMethod> = {
  listIncidents: (context) => context.projection.incidentList(),
  getIncident: (context, { incidentId }) => incidentDetailOf(context, incidentId),
  searchTimeline: (context, { query }) =>
    searchTimelines(context.projection.incidentList(), (incidentId) => context.projection.timeline(incidentId), query),

  declareIncident: (context, { title, severity, summary, publicImpact, services }) => {
    // Resolved before anything is recorded: an unknown service refuses the declaration, naming it.
    const scoped = services.length === 0 ? [] : servicesToScope(context, null, services, true, 'services');
    const incidentId = context.newId();
    context.record('incident.declared', { incidentId, title, severity, summary, ...(publicImpact === '' ? {} : { publicImpact }) });
    recordScoping(context, incidentId, scoped, 'Affected when the incident was declared');
    return { incidentId };
  },

  changeStatus: (context, { incidentId, status }) => {
    const incident = incidentOf(context, incidentId);
    const refusal = statusChangeRefusal(incident.status, status, false);
    if (refusal) throw new HoldfastFailure('conflict', refusal, ['status']);
    context.record('incident.status_changed', { incidentId, status, reopened: false });
    return incidentOf(context, incidentId);
  },

  reopenIncident: (context, { incidentId }) => {
    const incident = incidentOf(context, incidentId);
    const refusal = statusChangeRefusal(incident.status, 'investigating', true);
    if (refusal) throw new HoldfastFailure('conflict', refusal);
    context.record('incident.status_changed', { incidentId, status: 'investigating', reopened: true });
    return incidentOf(context, incidentId);
  },

  changeSeverity: (context, { incidentId, severity, reason }) => {
    const incident = incidentOf(context, incidentId);
    if (incident.severity === severity) throw new HoldfastFailure('conflict', `The incident is already ${severity}.`, ['severity']);
    context.record('incident.severity_changed', { incidentId, severity, reason });
    return incidentOf(context, incidentId);
  },

  setPublicImpact: (context, { incidentId, publicImpact }) => {
    const incident = incidentOf(context, incidentId);
    if (incident.publicImpact === publicImpact) throw new HoldfastFailure('conflict', 'The public impact already says that.', ['publicImpact']);
    context.record('incident.public_impact_changed', { incidentId, publicImpact });
    return incidentOf(context, incidentId);
  },
};
