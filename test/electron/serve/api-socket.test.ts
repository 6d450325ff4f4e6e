import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../../shared/api.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { unpackAnswer } from '../../../shared/wire/packedAnswers.js';
import { isPackedTimeline } from '../../../shared/wire/timelinePacking.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { startServer, type RunningServer } from '../../../electron/serve/server.js';
import { ApiClient } from '../../support/api-client.js';
import { OpenHosts } from '../../support/hosts.js';
import { holdfast } from '../../support/processes.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';
import { waitUntil } from '../../support/wait.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const servers: RunningServer[] = [];
const clients: ApiClient[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
  hosts.closeAll();
  folders.removeAll();
});

async function peer(options: { watchMs?: number } = {}): Promise<{ server: RunningServer; host: WarRoomHost; dataDir: string }> {
  const root = folders.make();
  const dataDir = path.join(root, 'data');
  const host = hosts.openOn(dataDir, { fallbackAuthor: undefined, watchMs: options.watchMs ?? 0 });
  const server = await startServer({ host, port: 0, rendererDir: path.join(root, 'renderer') });
  servers.push(server);
  return { server, host, dataDir };
}

async function connect(server: RunningServer, options: { origin?: string; host?: string } = {}): Promise<ApiClient> {
  const client = await ApiClient.connect(server.openUrl, options);
  clients.push(client);
  return client;
}

async function refusedConnection(server: RunningServer, options: { origin?: string; host?: string }): Promise<Error> {
  try {
    const client = await connect(server, options);
    await client.close();
  } catch (error) {
    return error as Error;
  }
  throw new Error('The socket was accepted, but it should have been refused.');
}

describe('the API over the WebSocket', () => {
  it("sends an incident's timeline packed to a client that asks, which reads back what everyone else gets", async () => {
    const { server } = await peer();
    const client = await connect(server);
    expectOk(await client.call('setName', { name: 'Fatima' }));
    const { incidentId } = expectOk(await client.call('declareIncident', { title: 'Packed outage', severity: 'SEV2' })) as { incidentId: string };
    const line = expectOk(await client.call('addEntry', { incidentId, text: 'db-3 down' })) as { id: string };
    expectOk(await client.call('editEntry', { incidentId, entryId: line.id, kind: 'note', text: 'db-3 and db-4 down', happenedAt: null }));
    expectOk(await client.call('addEntry', { incidentId, text: 'failing over' }));
    const asItIs = expectOk(await client.call('getIncident', { incidentId })) as IncidentDetail;

    client.sendRaw(JSON.stringify({ id: 900, method: 'getIncident', params: { incidentId }, packed: true }));
    const [packed] = await waitUntil(() => client.responses.get(900), { what: 'the packed answer', timeoutMs: 5_000 });
    const sent = expectOk(packed!) as { timeline: unknown };
    expect(isPackedTimeline(sent.timeline)).toBe(true);
    expect(unpackAnswer('getIncident', sent)).toStrictEqual(asItIs);
    expect(asItIs.timeline.map((entry) => entry.text)).toEqual(expect.arrayContaining(['db-3 and db-4 down', 'failing over']));
  });

  it('answers calls with the same results the desktop app gets', async () => {
    const { server } = await peer();
    const client = await connect(server);

    expect(expectFailure(await client.call('declareIncident', { title: 'Too soon', severity: 'SEV2' })).code).toBe('needs_name');
    expect(expectOk(await client.call('setName', { name: 'Fatima' }))).toMatchObject({ name: 'Fatima' });
    const { incidentId } = expectOk(await client.call('declareIncident', { title: 'Browser-declared outage', severity: 'SEV2' })) as {
      incidentId: string;
    };
    const detail = expectOk(await client.call('getIncident', { incidentId })) as IncidentDetail;
    expect(detail.incident).toMatchObject({ title: 'Browser-declared outage', declaredBy: 'Fatima' });
    expect(expectFailure(await client.call('declareIncident', { title: '', severity: 'SEV2' })).code).toBe('invalid_input');
  });

  it('names the refused field of a call, both for a value the schema refuses and for a rule an operation refuses', async () => {
    const { server } = await peer();
    const client = await connect(server);
    expectOk(await client.call('setName', { name: 'Fatima' }));

    expect(expectFailure(await client.call('declareIncident', { title: 'x'.repeat(201), severity: 'SEV2' }))).toEqual({
      code: 'invalid_input',
      message: 'The title is too long (at most 200 characters).',
      path: ['title'],
    });
    const { incidentId } = expectOk(await client.call('declareIncident', { title: 'Browser-declared outage', severity: 'SEV2' })) as { incidentId: string };
    expect(expectFailure(await client.call('changeSeverity', { incidentId, severity: 'SEV2' }))).toEqual({
      code: 'conflict',
      message: 'The incident is already SEV2.',
      path: ['severity'],
    });
  });

  it('accepts a socket from its own page, and refuses one opened by a page from another origin', async () => {
    const { server } = await peer();
    const own = await connect(server, { origin: `http://127.0.0.1:${server.port}` });
    expect(expectOk(await own.call('getSession', {}))).toMatchObject({ name: null });

    const refusal = await refusedConnection(server, { origin: 'https://attacker.example' });
    expect(refusal.message).toMatch(/403/);
  });

  it('refuses a socket addressed to another host name', async () => {
    const { server } = await peer();
    const refusal = await refusedConnection(server, { host: `attacker.example:${server.port}` });
    expect(refusal.message).toMatch(/403/);
  });

  it('answers a message that is not JSON with invalid_input, and stays open for the next call', async () => {
    const { server } = await peer();
    const client = await connect(server);
    client.sendRaw('{"id": 1, "method": "getSession"');
    client.sendRaw(JSON.stringify({ hello: 'world' }));

    const unreadable = await waitUntil(() => {
      const answers = client.responses.get(-1);
      return answers && answers.length >= 2 ? answers : undefined;
    }, { what: 'answers to both unreadable messages', timeoutMs: 5_000 });
    expect(unreadable.map((result) => expectFailure(result))).toEqual([
      { code: 'invalid_input', message: 'That message was not valid JSON.' },
      { code: 'invalid_input', message: 'That message is not an API request.' },
    ]);
    expect(expectOk(await client.call('getSession', {}))).toMatchObject({ name: null });
  });

  it('pushes the change to a connected browser when the terminal writes a note to the same folder', async () => {
    const { server, host, dataDir } = await peer({ watchMs: 50 });
    const client = await connect(server);
    expectOk(host.run('setName', { name: 'Gus' }));
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Outage seen from a browser', severity: 'SEV1' }));

    const run = await holdfast(['note', 'Written at the terminal', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);

    const notice = await client.waitForNotice(
      (candidate) => candidate.type === 'changed' && candidate.entries.some((entry) => entry.text === 'Written at the terminal'),
      "the terminal's note to be pushed to the browser",
    );
    expect(notice.type === 'changed' && notice.incidents.map((incident) => [incident.id, incident.entryCount])).toEqual([[incidentId, 1]]);
  });

  it('refuses a port another program holds, with a clear sentence', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const host = hosts.openOn(folders.make());
      let refusal: unknown;
      try {
        servers.push(await startServer({ host, port }));
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(HoldfastFailure);
      expect((refusal as HoldfastFailure).code).toBe('unavailable');
      expect((refusal as HoldfastFailure).message).toBe(
        `Port ${port} is already in use (is Holdfast already running?). Choose another with --port.`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
