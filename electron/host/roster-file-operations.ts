/**
 * The roster to and from files: CSV and vCard in, CSV out. Reading and
 * matching are in electron/people/; here the plan is carried out, one save
 * per person added or changed, as if each had been typed in.
 */
import { readRosterCsv } from '../people/roster-csv.js';
import { rosterCsv, rosterFileName } from '../people/roster-export.js';
import { planRosterImport } from '../people/roster-import.js';
import { readRosterVcards } from '../people/roster-vcard.js';
import type { OperationsFor } from './operation-types.js';
import { blamingParameter } from './parameter-refusal.js';

export type RosterFileMethod = 'importPeople' | 'exportPeople';

export const rosterFileOperations: OperationsFor<RosterFileMethod> = {
  importPeople: (context, { content, format }) => {
    const reading = blamingParameter(['content'], () => (format === 'csv' ? readRosterCsv(content) : readRosterVcards(content)));
    const plan = planRosterImport(context.projection.people(), reading);
    for (const { personId, fields } of plan.saves) {
      context.record('person.saved', { personId: personId ?? context.newId(), ...fields });
    }
    return plan.summary;
  },

  exportPeople: (context) => {
    const people = context.projection.people();
    return { fileName: rosterFileName(context.now()), content: rosterCsv(people), people: people.length };
  },
};
