/**
 * The registry: which handler answers each API method. The handlers live
 * with their subject (incidents, the timeline, checklists, the room...);
 * each refuses what a person could get wrong with a sentence, before
 * anything is appended. The compiler checks that every method of
 * shared/api.ts has exactly one handler: a method no group handles fails
 * the `satisfies` below, and one that two groups handle fails
 * `EachMethodHandledOnce`, naming it.
 */
import type { ApiMethod } from '../../shared/api.js';
import { checklistOperations } from './checklist-operations.js';
import { incidentOperations } from './incident-operations.js';
import { outreachChannelOperations } from './outreach-channel-operations.js';
import { deliveryOperations } from './delivery-operations.js';
import { calloutOperations } from './callout-operations.js';
import { promiseOperations } from './promise-operations.js';
import { audienceOperations } from './audience-operations.js';
import { briefOperations } from './brief-operations.js';
import { briefingOperations } from './briefing-operations.js';
import { actionOperations } from './action-operations.js';
import { categoryOperations } from './category-operations.js';
import { trendsOperations } from './trends-operations.js';
import { readinessOperations } from './readiness-operations.js';
import { drillParticipantOperations } from './drill-participant-operations.js';
import type { OperationsFor } from './operation-types.js';
import { postMortemExportOperations } from './postmortem-export-operations.js';
import { postMortemOperations } from './postmortem-operations.js';
import { reporterOperations } from './reporter-operations.js';
import { roleCardOperations } from './role-card-operations.js';
import { roleOperations } from './role-operations.js';
import { roomOperations } from './room-operations.js';
import { rosterFileOperations } from './roster-file-operations.js';
import { rosterOperations } from './roster-operations.js';
import { runbookOperations } from './runbook-operations.js';
import { serviceBoardOperations } from './service-board-operations.js';
import { serviceCatalogueOperations } from './service-catalogue-operations.js';
import { sessionOperations } from './session-operations.js';
import { timelineOperations } from './timeline-operations.js';
import { updateOperations } from './update-operations.js';

const groups = [
  sessionOperations,
  incidentOperations,
  timelineOperations,
  roomOperations,
  roleOperations,
  roleCardOperations,
  rosterOperations,
  rosterFileOperations,
  updateOperations,
  reporterOperations,
  checklistOperations,
  runbookOperations,
  postMortemOperations,
  postMortemExportOperations,
  serviceCatalogueOperations,
  serviceBoardOperations,
  outreachChannelOperations,
  audienceOperations,
  deliveryOperations,
  calloutOperations,
  promiseOperations,
  briefOperations,
  briefingOperations,
  actionOperations,
  categoryOperations,
  trendsOperations,
  readinessOperations,
  drillParticipantOperations,
] as const;

type MethodsOf<Groups> = Groups extends readonly [infer First, ...infer Rest] ? keyof First | MethodsOf<Rest> : never;
/** The methods a group handles that a later group handles too. */
type HandledTwice<Groups> = Groups extends readonly [infer First, ...infer Rest] ? (keyof First & MethodsOf<Rest>) | HandledTwice<Rest> : never;
type NoneHandledTwice<Twice extends never> = Twice;
export type EachMethodHandledOnce = NoneHandledTwice<HandledTwice<typeof groups>>;

type AllOf<Groups> = Groups extends readonly [infer First, ...infer Rest] ? First & AllOf<Rest> : unknown;

/** One object with every group's handlers; the groups' methods are disjoint (EachMethodHandledOnce), so none hides another. */
function joined<const Groups extends readonly object[]>(all: Groups): AllOf<Groups> {
  return Object.assign({}, ...all) as AllOf<Groups>;
}

export const operations = joined(groups) satisfies OperationsFor<ApiMethod>;
