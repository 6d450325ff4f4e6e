import { defaultDataDir } from '../../data-dir.js';
import { WarRoomHost } from '../../host/host.js';
import { DEFAULT_PORT, startServer } from '../../serve/server.js';
import { UsageError } from '../cli-io.js';
import { DATA_OPTION, parseCommandArgs, type Command } from '../command.js';

export const serveCommand: Command = {
  name: 'serve',
  usage: `holdfast serve [--data DIR] [--port N]   (default port ${DEFAULT_PORT}; 0 picks a free one)`,
  summary: 'Run the headless peer: the Holdfast UI and API on 127.0.0.1.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...DATA_OPTION, port: { type: 'string' } });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port must be a number from 0 to 65535, not ${values.port}.`);

    const dataDir = values.data ?? defaultDataDir(io.env);
    const host = WarRoomHost.open({ dataDir });
    let server;
    try {
      server = await startServer({ host, port });
    } catch (error) {
      host.close();
      throw error;
    }
    io.out(`Holdfast is running as a headless peer on ${dataDir}`);
    io.out(`Open ${server.url} in a browser.`);

    const running = server;
    return new Promise<number>((resolve) => {
      const stop = () => {
        void running.close().then(() => {
          host.close();
          resolve(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
