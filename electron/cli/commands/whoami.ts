import { printable } from '../../../shared/text/printable.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';
import { UsageError } from '../cli-io.js';
import { valueOf, withCommandHost } from '../open-host.js';

export const whoamiCommand: Command = {
  name: 'whoami',
  usage: 'holdfast whoami ["NAME"] [--data DIR]',
  summary: 'Show, or set, the name stamped on what is recorded from this laptop (the desktop app uses the same name).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DATA_OPTION);
    if (positionals.length > 1) throw new UsageError('Give the name as one quoted argument.');
    return withCommandHost(values.data, io, (host) => {
      if (positionals.length === 1) {
        const session = valueOf(host.run('setName', { name: positionals[0]! }));
        io.out(`From now on, what is recorded here is signed "${printable(session.name ?? '')}".`);
        return 0;
      }
      const session = valueOf(host.run('getSession', {}));
      io.out(session.name !== null ? printable(session.name) : 'No name is set on this laptop yet; terminal commands sign with the operating-system user name.');
      return 0;
    });
  },
};
