/**
 * The runbook library: the shipped runbooks and this laptop's own folders,
 * each with its drill history; and drills, which rehearse a runbook as an
 * incident of its own, marked as a drill everywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RunbookCatalogue, RunbookSummary } from '../../shared/api.js';
import { isRehearsalStale, lastRehearsedAt } from '../../shared/checklists/rehearsal.js';
import { HoldfastFailure } from '../../shared/result.js';
import { criticalPath } from '../../shared/runbooks/critical-path.js';
import { formatRunbookDuration } from '../../shared/runbooks/duration.js';
import { runbookAttention, type KnownNames } from '../../shared/readiness/runbook-attention.js';
import type { LoadedRunbook } from '../runbooks/runbook-library.js';
import { attachChecklist } from './checklist-attachment.js';
import { incidentOf } from './incident-lookup.js';
import { knownNamesOf } from './known-names.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';
import { ownFolders, runbookLibrary, runbookOf, saveOwnFolders } from './runbook-lookup.js';

export type RunbookMethod = 'listRunbooks' | 'getRunbook' | 'setRunbookFolders' | 'startDrill' | 'stopDrill';

function summaryOf(context: OperationContext, runbook: LoadedRunbook, known: KnownNames = knownNamesOf(context)): RunbookSummary {
  const { steps, ...rest } = runbook;
  const path = criticalPath(steps);
  const drills = context.projection.drillsOf(runbook.id);
  const last = lastRehearsedAt(drills);
  return {
    ...rest,
    stepCount: steps.length,
    criticalPathMs: path.totalMs,
    unestimated: path.unestimated.length,
    drills,
    lastRehearsedAt: last,
    stale: isRehearsalStale(last, context.now()),
    attention: runbookAttention(runbook, last, known, context.now()),
  };
}

function catalogue(context: OperationContext): RunbookCatalogue {
  const library = runbookLibrary(context);
  const known = knownNamesOf(context, library.runbooks);
  return {
    runbooks: library.runbooks.map((runbook) => summaryOf(context, runbook, known)),
    problems: library.problems,
    ownFolders: ownFolders(context),
  };
}

export const runbookOperations: OperationsFor<RunbookMethod> = {
  listRunbooks: (context) => catalogue(context),

  getRunbook: (context, { runbookId }) => {
    const runbook = runbookOf(context, runbookId);
    return { runbook, summary: summaryOf(context, runbook) };
  },

  setRunbookFolders: (context, { folders }) => {
    for (const [index, folder] of folders.entries()) {
      if (!path.isAbsolute(folder)) throw new HoldfastFailure('invalid_input', `Give the folder as a full path: ${folder} is relative.`, ['folders', index]);
      let isFolder = false;
      try {
        isFolder = fs.statSync(folder).isDirectory();
      } catch {
        // Reported just below, in the same words as a file that is not a folder.
      }
      if (!isFolder) throw new HoldfastFailure('not_found', `${folder} is not a folder this laptop can read.`, ['folders', index]);
    }
    saveOwnFolders(context, folders);
    return catalogue(context);
  },

  startDrill: (context, { runbookId }) => {
    const runbook = runbookOf(context, runbookId);
    const incidentId = context.newId();
    context.record('incident.declared', {
      incidentId,
      title: `Drill: ${runbook.title}`.slice(0, 200),
      severity: 'SEV4',
      summary: `A rehearsal of the runbook ${runbook.title}, timed against its target of ${formatRunbookDuration(runbook.targetMs)}. Not a real incident.`,
      drill: { runbookId: runbook.id, targetMs: runbook.targetMs },
    });
    attachChecklist(context, incidentId, runbook);
    return { incidentId };
  },

  stopDrill: (context, { incidentId, reason }) => {
    const incident = incidentOf(context, incidentId);
    if (!incident.drill) throw new HoldfastFailure('conflict', 'This incident is not a drill: resolve it instead.');
    if (incident.drill.state !== 'running') throw new HoldfastFailure('conflict', `This drill has already ${incident.drill.state === 'completed' ? 'completed' : 'been stopped'}.`);
    context.record('drill.stopped', { incidentId, reason });
    return incidentOf(context, incidentId);
  },
};
