/**
 * The post-mortem's "Promises made" part, in every format: every promise
 * made to someone outside the room, to whom and by whom, when it was due
 * (and each time that moved), and how it ended and when; with how many were
 * kept, broken, withdrawn and still open. Left out when none was made.
 *
 * "Late" is judged with the document's own time: a promise closed after it
 * was due, or still open past its due time when the document was made.
 */
import { z } from 'zod';
import type { IncidentDetail } from '../../api.js';
import type { PromiseOutcome } from '../../outreach/vocabulary.js';
import { PROMISE_OUTCOMES } from '../../outreach/vocabulary.js';
import type { PromiseView } from '../../projection/outreach-views.js';
import { exportMinute, type ExportZone } from '../../time/export-time.js';
import { escapeHtml } from '../../updates/status-page.js';
import { cell, table, time, typed } from '../html-parts.js';
import { markdownCell } from '../markdown-text.js';

export const PROMISES_PART = { id: 'promises', title: 'Promises made', jsonField: 'promises' } as const;

export interface PromiseLine extends Omit<PromiseView, 'dueChanges' | 'laterCloses' | 'closed'> {
  /** When it was first due, before any move. */
  readonly firstDueAt: number;
  readonly closed: PromiseView['closed'];
  readonly late: boolean;
  readonly dueChanges: PromiseView['dueChanges'];
  readonly laterCloses: PromiseView['laterCloses'];
}

export interface PromisesRecord {
  /** In the order made. */
  readonly promises: readonly PromiseLine[];
  readonly counts: Readonly<Record<PromiseOutcome | 'open', number>>;
  /** Open past their due time when the document was made. */
  readonly overdue: number;
}

export function promisesRecord(detail: IncidentDetail, now: number): PromisesRecord | null {
  const made = detail.outreach.promises;
  if (made.length === 0) return null;
  const promises = made.map((promise) => ({
    ...promise,
    firstDueAt: promise.dueChanges[0]?.from ?? promise.dueAt,
    late: promise.closed === null ? now > promise.dueAt : promise.closed.at > promise.dueAt,
  }));
  const count = (status: PromiseView['status']) => made.filter((promise) => promise.status === status).length;
  return {
    promises,
    counts: { kept: count('kept'), broken: count('broken'), withdrawn: count('withdrawn'), open: count('open') },
    overdue: promises.filter((promise) => promise.closed === null && promise.late).length,
  };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** "4 promises: 2 kept, 1 broken, 0 withdrawn, 1 open (1 overdue)." */
export function promisesSummary(record: PromisesRecord): string {
  const { kept, broken, withdrawn, open } = record.counts;
  const overdue = record.overdue > 0 ? ` (${record.overdue} overdue)` : '';
  return `${plural(record.promises.length, 'promise')}: ${kept} kept, ${broken} broken, ${withdrawn} withdrawn, ${open} open${overdue}.`;
}

/** How it ended, in words: "kept 2026-12-07 15:52 UTC by Bo: called them", or "open". */
function ending(promise: PromiseLine, zone: ExportZone): string {
  if (promise.closed === null) return promise.late ? 'open, overdue' : 'open';
  const { outcome, at, by, reason } = promise.closed;
  const late = promise.late && outcome === 'kept' ? ' (late)' : '';
  const also = promise.laterCloses.map((close) => `; also marked ${close.outcome} by ${close.by} from a laptop that had not heard${close.reason === '' ? '' : `: ${close.reason}`}`).join('');
  return `${outcome}${late} ${exportMinute(at, zone)} by ${by}${reason === '' ? '' : `: ${reason}`}${also}`;
}

function moves(promise: PromiseLine, zone: ExportZone): string {
  if (promise.dueChanges.length === 0) return '';
  return promise.dueChanges
    .map((change) => `moved to ${exportMinute(change.to, zone)} by ${change.by}${change.reason === '' ? '' : ` (${change.reason})`}`)
    .join('; ');
}

const HEADER = ['Made', 'To', 'What', 'Made by', 'Due', 'How it ended'] as const;

function dueText(promise: PromiseLine, zone: ExportZone): string {
  const moved = moves(promise, zone);
  return moved === '' ? exportMinute(promise.dueAt, zone) : `${exportMinute(promise.firstDueAt, zone)}; ${moved}`;
}

export function promisesMarkdown(record: PromisesRecord, zone: ExportZone): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rows = record.promises.map((promise) =>
    line([
      exportMinute(promise.madeAt, zone),
      markdownCell(promise.to),
      markdownCell(promise.what),
      markdownCell(promise.madeBy),
      markdownCell(dueText(promise, zone)),
      markdownCell(ending(promise, zone)),
    ]),
  );
  return [promisesSummary(record), '', line([...HEADER]), line(HEADER.map(() => '---')), ...rows].join('\n');
}

/** HTML made safe by the caller's escaping of every text it holds (see ../html-parts.ts). */
export function promisesHtml(record: PromisesRecord, zone: ExportZone): string {
  const rows = record.promises.map((promise) =>
    [
      cell(time(zone, promise.madeAt)),
      cell(typed(promise.to)),
      cell(typed(promise.what)),
      cell(typed(promise.madeBy)),
      cell(typed(dueText(promise, zone))),
      cell(typed(ending(promise, zone))),
    ].join(''),
  );
  return `<p>${escapeHtml(promisesSummary(record))}</p>\n${table('Every promise made outside the room, in the order made', HEADER, rows)}`;
}

const jsonTime = z.string().describe('ISO 8601, UTC');
const closeSchema = z.object({
  outcome: z.enum(PROMISE_OUTCOMES).describe('How it ended'),
  at: jsonTime.describe('When it was marked so'),
  by: z.string().describe('Who marked it'),
  reason: z.string().describe('Why, as typed; empty when none was given (only kept may have none)'),
});

export const promisesJsonSchema = z.object({
  counts: z
    .object({
      kept: z.number().int().describe('How many were kept'),
      broken: z.number().int().describe('How many were broken'),
      withdrawn: z.number().int().describe('How many were withdrawn'),
      open: z.number().int().describe('How many were still open when the document was made'),
    })
    .describe('How the promises ended'),
  overdue: z.number().int().describe('Open promises past their due time when the document was made'),
  promises: z
    .array(
      z.object({
        id: z.string().describe('The promise’s id'),
        what: z.string().describe('What was promised'),
        to: z.string().describe('To whom, as typed'),
        madeBy: z.string().describe('Who made it'),
        recordedBy: z.string().describe('Who recorded it in Holdfast'),
        madeAt: jsonTime.describe('When it was recorded'),
        updateId: z.string().nullable().describe('The status update it was made in; null when it was not'),
        firstDueAt: jsonTime.describe('When it was first due'),
        dueAt: jsonTime.describe('When it was due in the end, after any moves'),
        status: z.enum(['open', ...PROMISE_OUTCOMES]).describe('How it ended, or open'),
        closed: closeSchema.nullable().describe('How it ended; null while open. The first close to be recorded stands'),
        late: z.boolean().describe('Closed after its due time, or still open past it when the document was made'),
        dueChanges: z
          .array(
            z.object({
              at: jsonTime.describe('When it was moved'),
              by: z.string().describe('Who moved it'),
              from: jsonTime.describe('When it was due before'),
              to: jsonTime.describe('When it was due after'),
              reason: z.string().describe('Why, as typed'),
            }),
          )
          .describe('Each move of its due time, oldest first'),
        laterCloses: z.array(closeSchema).describe('Closes recorded after the first on laptops that had not heard of it, oldest first'),
      }),
    )
    .describe('Every promise, in the order made'),
});

export function promisesJson(record: PromisesRecord): z.infer<typeof promisesJsonSchema> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const close = (one: NonNullable<PromiseView['closed']>) => ({ outcome: one.outcome, at: iso(one.at), by: one.by, reason: one.reason });
  return {
    counts: { ...record.counts },
    overdue: record.overdue,
    promises: record.promises.map((promise) => ({
      id: promise.id,
      what: promise.what,
      to: promise.to,
      madeBy: promise.madeBy,
      recordedBy: promise.recordedBy,
      madeAt: iso(promise.madeAt),
      updateId: promise.updateId,
      firstDueAt: iso(promise.firstDueAt),
      dueAt: iso(promise.dueAt),
      status: promise.status,
      closed: promise.closed === null ? null : close(promise.closed),
      late: promise.late,
      dueChanges: promise.dueChanges.map((change) => ({ at: iso(change.at), by: change.by, from: iso(change.from), to: iso(change.to), reason: change.reason })),
      laterCloses: promise.laterCloses.map(close),
    })),
  };
}
