/**
 * The call-out plan as operations see it: `call-out.yaml` in the shipped
 * runbooks' `outreach/` folder, then in the `outreach/` subfolder of each of
 * this laptop's own runbook folders (a later one over the earlier), read
 * afresh on every call, so a file edited during an incident is what the
 * next call-out draws from.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CalloutPlanView } from '../../shared/outreach/callout-plan.js';
import { describeChain, drawCallout, mergeCallOutFiles, type CallOutPlan } from '../../shared/outreach/draw-call-out.js';
import { parseCallOut, type ParsedCallOutFile } from '../../shared/outreach/parse-call-out.js';
import { readingError } from '../runbooks/reading-error.js';
import type { OperationContext } from './operation-context.js';
import { ownFolders } from './runbook-lookup.js';

export const CALL_OUT_FILE = 'call-out.yaml';

/** A call-out file is a few hundred lines; anything this large is not one. */
const MAX_CALL_OUT_BYTES = 1024 * 1024;

function readCallOutFile(file: string): ParsedCallOutFile | null {
  if (!fs.existsSync(file)) return null;
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_CALL_OUT_BYTES) return { severities: [], problems: [{ file, line: null, reason: `this file is ${Math.ceil(stat.size / 1024)} KiB; a call-out file is at most 1 MiB` }] };
    return parseCallOut(fs.readFileSync(file, 'utf8'), file);
  } catch (error) {
    return { severities: [], problems: [{ file, line: null, reason: `cannot read this file: ${readingError(error)}` }] };
  }
}

export function calloutPlanOf(context: OperationContext): CallOutPlan {
  const folders = [path.join(context.runbooksDir, 'outreach'), ...ownFolders(context).map((folder) => path.join(folder, 'outreach'))];
  const unique = [...new Set(folders.map((folder) => path.resolve(folder)))];
  return mergeCallOutFiles(unique.flatMap((folder) => readCallOutFile(path.join(folder, CALL_OUT_FILE)) ?? []));
}

/** The plan as the Call-out tab shows it, with the names each severity has that the roster or the partner list does not know. */
export function calloutPlanView(context: OperationContext): CalloutPlanView {
  const plan = calloutPlanOf(context);
  const people = context.projection.people();
  const partners = context.projection.partners();
  const severities = plan.severities.map((planned) => {
    const drawn = drawCallout(plan, planned.severity, people, partners)!;
    const short = ({ key, name, why, chain, rank }: (typeof drawn.first)[number]) => ({ key, name, why, chain, rank });
    return { severity: planned.severity, escalateAfterMs: planned.escalateAfterMs, lines: planned.chains.map(describeChain), first: drawn.first.map(short), standby: drawn.standby.map(short), problems: drawn.problems };
  });
  return { severities, problems: plan.problems };
}
