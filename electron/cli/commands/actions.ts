/**
 * `holdfast actions`: every incident's action items from the terminal,
 * overdue first, as the Actions screen lists them; `holdfast actions export
 * FILE` writes them as CSV (docs/actions-csv.md). Overdue is judged on
 * today's date where the terminal is (its TZ).
 */
import { ACTION_STATUS_LABEL } from '../../../shared/actions/action-status-words.js';
import type { ActionListItem } from '../../../shared/actions/action-list.js';
import { sameName } from '../../../shared/actions/owner-match.js';
import { overdueWords } from '../../../shared/actions/overdue.js';
import { printable, printableJson } from '../../../shared/text/printable.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { valueOf, withCommandHost } from '../open-host.js';
import { roomFileTarget, writeWholeFile } from './room-files.js';

const LIST_USAGE = 'holdfast actions [--open] [--owner NAME] [--json] [--data DIR]';
const EXPORT_USAGE = 'holdfast actions export FILE|FOLDER [--data DIR]';

const terminalZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function dueColumn(item: ActionListItem, today: string): string {
  if (item.overdue && item.due !== null) return overdueWords(item.due, today);
  return item.due ?? 'no due date';
}

/** One row per item; columns padded to the widest value so the list reads down. */
function table(items: readonly ActionListItem[], today: string): string[] {
  const rows = items.map((item) => [
    ACTION_STATUS_LABEL[item.status],
    dueColumn(item, today),
    printable(item.owner) + (item.ownerTeam ? ` (${printable(item.ownerTeam)})` : ''),
    printable(item.what),
    `${item.drill ? 'Drill: ' : ''}${printable(item.incidentTitle)} [${item.incidentId}]${item.status === 'wont_do' && item.statusReason ? ` — won't do: ${printable(item.statusReason)}` : ''}`,
  ]);
  const headers = ['STATUS', 'DUE', 'OWNER', 'ACTION', 'INCIDENT'];
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [line(headers), ...rows.map(line)];
}

async function listActions(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...DATA_OPTION,
    json: { type: 'boolean', default: false },
    open: { type: 'boolean', default: false },
    owner: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`Unknown actions command ${JSON.stringify(positionals[0])}: list them with no command, or write them out with export FILE.`);
  const owner = values.owner;
  if (owner !== undefined && owner.trim() === '') throw new UsageError('--owner needs a name, e.g. --owner "Ana Lopez".');
  return withCommandHost(values.data, io, (host) => {
    const list = valueOf(host.run('listActions', { zone: terminalZone() }));
    const items = list.items.filter(
      (item) => (!values.open || item.status === 'open' || item.status === 'in_progress') && (owner === undefined || sameName(item.owner, owner)),
    );
    if (values.json) {
      io.out(printableJson(JSON.stringify({ today: list.today, items }, null, 2)));
      return 0;
    }
    if (items.length === 0) {
      io.out(list.items.length === 0 ? 'No action items yet: they are written in each incident’s post-mortem.' : 'No action items match.');
      return 0;
    }
    for (const line of table(items, list.today)) io.out(line);
    const overdue = items.filter((item) => item.overdue).length;
    io.out(`${plural(items.length, 'action item', 'action items')}, ${overdue} overdue (judged on ${list.today}).`);
    return 0;
  });
}

async function exportActions(args: string[], io: Parameters<Command['run']>[1]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
  const [given, ...extra] = positionals;
  if (given === undefined) throw new UsageError('Give the file to write the action items to (or a folder to write it in).');
  if (extra.length > 0) throw new UsageError(`One file at a time: ${extra.map((value) => JSON.stringify(value)).join(', ')} is one too many.`);
  const exported = withCommandHost(values.data, io, (host) => valueOf(host.run('exportActions', { zone: terminalZone() })));
  const file = roomFileTarget(given, exported.fileName);
  writeWholeFile(file, exported.content);
  io.out(`Wrote ${plural(exported.items, 'action item', 'action items')} to ${file}`);
  return 0;
}

export const actionsCommand: Command = {
  name: 'actions',
  usage: `${LIST_USAGE}\n  ${EXPORT_USAGE}`,
  summary: `List every incident's action items, overdue first (--open: only ${ACTION_STATUS_LABEL.open.toLowerCase()} or ${ACTION_STATUS_LABEL.in_progress.toLowerCase()}; --owner: one person's), or write them out as CSV.`,
  async run(args, io) {
    if (args[0] === 'export') return exportActions(args.slice(1), io);
    return listActions(args, io);
  },
};
