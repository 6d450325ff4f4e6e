/**
 * `holdfast services check [DIR]` and `holdfast services list [DIR]`: the
 * catalogue author's tools. Neither touches the data folder.
 *
 * DIR is read as the app reads a laptop's own services folder, over the
 * shipped catalogue: its services may depend on shipped ones, and one with
 * a shipped service's id replaces it (the listing says so; it is not a
 * mistake). Without DIR both check and list the shipped catalogue.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import type { CatalogueService, ServiceCatalogueView } from '../../../shared/services/catalogue.js';
import { printable, printableJson } from '../../../shared/text/printable.js';
import { loadRunbooks } from '../../runbooks/runbook-library.js';
import { loadServiceCatalogue } from '../../services/service-library.js';
import { UsageError, type CliIo } from '../cli-io.js';
import { parseCommandArgs, type Command } from '../command.js';

const USAGE = ['holdfast services check [DIR]', 'holdfast services list [DIR] [--json]'];

export const servicesCommand: Command = {
  name: 'services',
  usage: USAGE.join('\n  '),
  summary:
    'Check the service catalogue with a folder of your own services over it (each problem as FILE:LINE: reason; exits 1 when there is any), or list id, tier, team, dependencies and name. Without DIR, the catalogue Holdfast ships.',
  async run(args, io) {
    const [verb, ...rest] = args;
    if (verb === 'check') return check(rest, io);
    if (verb === 'list') return list(rest, io);
    throw new UsageError(verb === undefined || verb.startsWith('-') ? 'Say what to do: check or list.' : `Unknown services command ${JSON.stringify(verb)}: use check or list.`);
  },
};

function folderArgument(positionals: readonly string[]): string | null {
  if (positionals.length > 1) throw new UsageError('Give one folder of services.');
  return positionals[0] ?? null;
}

/**
 * As the app would: DIR over the shipped services, check steps looked up in
 * the shipped runbooks and, when DIR is the services/ folder of a runbook
 * folder, the runbooks beside it.
 */
function catalogueWith(folder: string | null): ServiceCatalogueView {
  const runbookFolder = folder !== null && path.basename(path.resolve(folder)) === 'services' ? path.dirname(path.resolve(folder)) : null;
  const runbooks = loadRunbooks(runbookFolder === null ? {} : { ownFolders: [runbookFolder] }).runbooks;
  return loadServiceCatalogue({ ownFolders: folder === null ? [] : [folder], reportMissingOwnFolders: true, runbooks });
}

async function check(args: string[], io: CliIo): Promise<number> {
  const folder = folderArgument(parseCommandArgs(args, {}).positionals);
  const catalogue = catalogueWith(folder);
  for (const problem of catalogue.problems) io.out(printable(formatProblem(problem)));
  const own = catalogue.services.filter((service) => service.origin === 'own');
  const replacing = catalogue.replacements?.length ?? 0;
  const ownWords = folder === null ? '' : ` (${own.length} from ${printable(folder)}${replacing > 0 ? `, ${replacing} replacing shipped ${replacing === 1 ? 'one' : 'ones'}` : ''})`;
  const problems = catalogue.problems.length;
  io.out(`${count(catalogue.services.length, 'service')}${ownWords}, ${problems === 0 ? 'no problems' : count(problems, 'problem')}.`);
  return problems === 0 ? 0 : 1;
}

async function list(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
  const folder = folderArgument(positionals);
  if (folder !== null && !isFolder(folder)) throw new UsageError(`${folder} is not a folder of services.`);
  const catalogue = catalogueWith(folder);
  if (values.json) {
    const replaced = new Map((catalogue.replacements ?? []).map((replacement) => [replacement.serviceId, replacement.replaced]));
    const listed = catalogue.services.map((service) => (replaced.has(service.serviceId) ? { ...service, replaces: replaced.get(service.serviceId) } : service));
    io.out(printableJson(JSON.stringify(listed, null, 2)));
  } else if (catalogue.services.length === 0) {
    io.out('No services in the catalogue.');
  } else {
    const width = (values: readonly string[]) => Math.max(...values.map((value) => value.length));
    const idWidth = width(catalogue.services.map((service) => service.serviceId));
    const teamWidth = width(catalogue.services.map((service) => printable(service.team)));
    for (const service of catalogue.services) {
      const dependencies = service.dependsOn.length;
      const depends = `${String(dependencies).padStart(2)} ${dependencies === 1 ? 'dependency' : 'dependencies'}`.padEnd(15);
      io.out(
        [service.serviceId.padEnd(idWidth), `tier ${service.tier}`, printable(service.team).padEnd(teamWidth), depends, printable(service.name) + ownNote(service, catalogue)].join('  '),
      );
    }
  }
  reportRefused(catalogue, io);
  return 0;
}

function ownNote(service: CatalogueService, catalogue: ServiceCatalogueView): string {
  if (service.origin !== 'own') return '';
  const replaced = catalogue.replacements?.find((replacement) => replacement.serviceId === service.serviceId)?.replaced;
  return replaced === undefined ? '  (own)' : `  (own, replaces ${printable(replaced)})`;
}

/** Listing still succeeds; what was refused goes to stderr, with where to look. */
function reportRefused(catalogue: ServiceCatalogueView, io: CliIo): void {
  if (catalogue.problems.length === 0) return;
  for (const problem of catalogue.problems) io.err(printable(formatProblem(problem)));
  io.err(`${count(catalogue.problems.length, 'problem')} kept some services out; holdfast services check DIR lists them all.`);
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
