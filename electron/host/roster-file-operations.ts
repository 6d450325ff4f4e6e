/**
 * The roster to and from files: CSV and vCard in, CSV out. Reading and
 * matching are in electron/people/; here the plan is carried out, one save
 * per person added or changed, as if each had been typed in.
 */
import { readRosterCsv } from '../people/roster-csv.js';
import { rosterCsv, rosterFileName } from '../people/roster-export.js';
import { planRosterImport } from '../people/roster-import.js';
import { readRosterVcards } from '../people/roster-vcard.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';
import { blamingParameter } from './parameter-refusal.js';

export type RosterFileMethod = 'importPeople' | 'exportPeople';

export const rosterFileOperations: OperationsFor<RosterFileMethod> = {
  importPeople: (context, { content, encoding, format }) => {
    const file = encoding === 'base64' ? Buffer.from(content, 'base64') : content;
    if (file.length > 5_000_000) throw new HoldfastFailure('invalid_input', 'The file is too large to import (at most 5 MB).');
    const reading = blamingParameter(['content'], () => (format === 'csv' ? readRosterCsv(file.toString()) : readRosterVcards(file)));
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
