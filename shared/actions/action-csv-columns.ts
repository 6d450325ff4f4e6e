/**
 * The columns of the action items' CSV (docs/actions-csv.md, held to this
 * list by a test): one row per item, the header naming each column.
 */
import { ACTION_KIND_LABEL } from '../postmortem/review.js';
import type { ActionListItem } from './action-list.js';
import { ACTION_STATUS_LABEL } from './action-status-words.js';

interface Column {
  readonly header: string;
  readonly value: (item: ActionListItem) => string;
}

export const ACTION_CSV_COLUMNS: readonly Column[] = [
  { header: 'Incident', value: (item) => item.incidentId },
  { header: 'Incident title', value: (item) => item.incidentTitle },
  { header: 'Drill', value: (item) => (item.drill ? 'yes' : 'no') },
  { header: 'Action', value: (item) => item.what },
  { header: 'Kind', value: (item) => ACTION_KIND_LABEL[item.kind] },
  { header: 'Owner', value: (item) => item.owner },
  { header: 'Team', value: (item) => item.ownerTeam ?? '' },
  { header: 'Due', value: (item) => item.due ?? '' },
  { header: 'Status', value: (item) => ACTION_STATUS_LABEL[item.status] },
  { header: 'Reason', value: (item) => item.statusReason },
  { header: 'Overdue', value: (item) => (item.overdue ? 'yes' : 'no') },
  { header: 'Action id', value: (item) => item.id },
];

export const ACTION_CSV_HEADERS = ACTION_CSV_COLUMNS.map((column) => column.header);
