/**
 * Every command, each loaded only when it runs: a command module brings its
 * libraries with it (the host, the sync network, CSV and calendar parsers),
 * and loading all of them made every start, `serve` first, pay for the rest.
 * The help lists every command, so it loads them all.
 */
import type { Command } from './command.js';

const LOADERS = {
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  declare: async () => (await import('./commands/declare.js')).declareCommand,
  note: async () => (await import('./commands/note.js')).noteCommand,
  incidents: async () => (await import('./commands/incidents.js')).incidentsCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  brief: async () => (await import('./commands/brief.js')).briefCommand,
  'status-page': async () => (await import('./commands/status-page.js')).statusPageCommand,
  whoami: async () => (await import('./commands/whoami.js')).whoamiCommand,
  room: async () => (await import('./commands/room.js')).roomCommand,
  people: async () => (await import('./commands/people.js')).peopleCommand,
  runbooks: async () => (await import('./commands/runbooks.js')).runbooksCommand,
  services: async () => (await import('./commands/services.js')).servicesCommand,
  recover: async () => (await import('./commands/recover.js')).recoverCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
  actions: async () => (await import('./commands/actions.js')).actionsCommand,
} satisfies Record<string, () => Promise<Command>>;

type CommandName = keyof typeof LOADERS;

/** The commands, in the order the help lists them. */
export const COMMAND_NAMES: readonly string[] = Object.keys(LOADERS);

function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(LOADERS, name);
}

export async function loadCommand(name: string): Promise<Command> {
  if (!isCommandName(name)) throw new Error(`no command called ${name}`);
  const command = await LOADERS[name]();
  // The module's own name is the one people type: a loader filed under the wrong one would run the wrong command.
  if (command.name !== name) throw new Error(`the command filed as ${name} calls itself ${command.name}`);
  return command;
}

export async function loadEveryCommand(): Promise<Command[]> {
  return Promise.all(COMMAND_NAMES.map(loadCommand));
}
