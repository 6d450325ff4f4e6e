import { defaultDataDir } from '../../data-dir.js';
import { moveEmptyDatabaseAside } from '../../store/empty-database.js';
import { storageFailure } from '../../store/storage-errors.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { withCommandHost } from '../open-host.js';

export const recoverCommand: Command = {
  name: 'recover',
  usage: 'holdfast recover [--data DIR]',
  summary: "Start afresh when this laptop's database was emptied: it is moved aside, and the laptop's history comes back from the room.",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const dataDir = values.data ?? defaultDataDir(io.env);
    let aside: string;
    try {
      aside = moveEmptyDatabaseAside(dataDir, Date.now());
    } catch (error) {
      throw storageFailure(error, `the data folder ${dataDir}`);
    }
    io.out(`Moved the empty database aside to ${aside}.`);
    // Opening the folder makes the new database and, since it holds nothing this laptop signed, a new device identity.
    withCommandHost(values.data, io, () => undefined);
    io.out('Join the room again (`holdfast room join`, or from the app): the other laptops send back everything they hold, including what this laptop wrote.');
    return 0;
  },
};
