/**
 * `holdfast`: the terminal side of the war room. Every command opens the
 * same data folder the app uses (`--data`, else HOLDFAST_DATA, else the
 * platform's app-data folder), so it works while the app or a headless peer
 * runs on it. Results go to stdout; errors to stderr with a non-zero exit.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { printable } from '../../shared/text/printable.js';
import { UsageError, type CliIo } from './cli-io.js';
import { COMMAND_NAMES, loadCommand, loadEveryCommand } from './command-registry.js';

async function usage(): Promise<string> {
  const lines = ['Holdfast: the incident war room that works when everything else is down.', '', 'Usage:'];
  for (const command of await loadEveryCommand()) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push('', 'The data folder is --data DIR, else $HOLDFAST_DATA, else the platform app-data folder.');
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(await usage());
    return name === undefined ? 2 : 0;
  }
  if (!COMMAND_NAMES.includes(name)) {
    io.err(`holdfast: unknown command ${JSON.stringify(name)}.`);
    io.err(await usage());
    return 2;
  }
  const command = await loadCommand(name);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: ${command.usage}\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`holdfast ${command.name}: ${error.message}`);
      io.err(`Usage: ${command.usage}`);
      return 2;
    }
    if (error instanceof HoldfastFailure) {
      // A refusal may quote what another laptop or a file wrote (a title, a name): printed, never obeyed.
      io.err(`holdfast ${command.name}: ${printable(error.message, 'lines')}`);
      return 1;
    }
    io.err(`holdfast ${command.name}: unexpected failure: ${printable(error instanceof Error ? error.message : String(error), 'lines')}`);
    return 1;
  }
}
