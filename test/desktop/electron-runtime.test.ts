// bin/start.js's decisions, with a fake Electron package and fake builds:
// the real runtime cannot be downloaded here, so nothing builds for real.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOT_BUILT, NO_RUNTIME, PREPARING, bindingCacheFile, planLaunch, type BuildRequest } from '../../bin/electron-runtime.js';
import { buildEnv, buildSqliteForElectron, findNodeGyp, type Runner } from '../../bin/sqlite-electron-build.js';

let scratch: string;
let electronDir: string;
let sqliteDir: string;
let cacheRoot: string;

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-electron-runtime-'));
  electronDir = path.join(scratch, 'node_modules', 'electron');
  sqliteDir = path.join(scratch, 'node_modules', 'better-sqlite3');
  cacheRoot = path.join(scratch, 'node_modules', '.cache', 'holdfast');
  writeJson(path.join(electronDir, 'package.json'), { name: 'electron', version: '41.2.1' });
  writeJson(path.join(sqliteDir, 'package.json'), { name: 'better-sqlite3', version: '12.11.1' });
});

afterEach(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const cacheFile = (): string =>
  bindingCacheFile({ cacheRoot, sqliteVersion: '12.11.1', electronVersion: '41.2.1', platform: 'linux', arch: 'x64' });

function plan(build: (request: BuildRequest) => Promise<void>, say = vi.fn(), overrides: { mainBuilt?: boolean; electron?: null } = {}) {
  return planLaunch({
    electron: { binary: path.join(electronDir, 'dist', 'electron'), packageDir: electronDir },
    mainBuilt: true,
    cacheRoot,
    sqliteDir,
    platform: 'linux',
    arch: 'x64',
    build,
    say,
    ...overrides,
  });
}

const writesEngine = (request: BuildRequest): Promise<void> => {
  fs.writeFileSync(request.destination, 'electron engine');
  return Promise.resolve();
};

describe('planLaunch', () => {
  it('keys the cache by both versions, platform and arch, outside better-sqlite3', () => {
    expect(path.relative(scratch, cacheFile())).toBe(
      path.join('node_modules', '.cache', 'holdfast', 'better-sqlite3-12.11.1-electron-41.2.1-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('starts the headless peer when the runtime is missing, building nothing', async () => {
    const build = vi.fn(writesEngine);
    expect(await plan(build, vi.fn(), { electron: null })).toEqual({ kind: 'headless', notice: NO_RUNTIME });
    expect(build).not.toHaveBeenCalled();
  });

  it('asks for a build of Holdfast before building an engine for it', async () => {
    const build = vi.fn(writesEngine);
    expect(await plan(build, vi.fn(), { mainBuilt: false })).toEqual({ kind: 'unbuilt', notice: NOT_BUILT });
    expect(build).not.toHaveBeenCalled();
  });

  it('uses the cached engine without building or saying anything', async () => {
    fs.mkdirSync(path.dirname(cacheFile()), { recursive: true });
    fs.writeFileSync(cacheFile(), 'cached engine');
    const build = vi.fn(writesEngine);
    const say = vi.fn();
    expect(await plan(build, say)).toEqual({ kind: 'electron', binary: path.join(electronDir, 'dist', 'electron'), binding: cacheFile() });
    expect(build).not.toHaveBeenCalled();
    expect(say).not.toHaveBeenCalled();
  });

  it('builds once on a cache miss, says so, and caches the result', async () => {
    const build = vi.fn(writesEngine);
    const say = vi.fn();
    expect(await plan(build, say)).toMatchObject({ kind: 'electron', binding: cacheFile() });
    expect(say).toHaveBeenCalledExactlyOnceWith(PREPARING);
    expect(build).toHaveBeenCalledOnce();
    expect(build.mock.calls[0]?.[0]).toMatchObject({ electronVersion: '41.2.1', platform: 'linux', arch: 'x64', sqliteDir });
    expect(fs.readFileSync(cacheFile(), 'utf8')).toBe('electron engine');
    expect(fs.readdirSync(path.dirname(cacheFile()))).toEqual(['better_sqlite3.node']);

    await plan(build, say);
    expect(build).toHaveBeenCalledOnce();
  });

  it('falls back to the headless peer with a sentence when the build fails, and tries again next time', async () => {
    const build = vi.fn((request: BuildRequest) => {
      fs.writeFileSync(request.destination, 'half an engine');
      return Promise.reject(new Error('no prebuilt engine could be downloaded and compiling one failed.'));
    });
    const result = await plan(build);
    expect(result).toEqual({
      kind: 'headless',
      notice:
        'Holdfast could not prepare its database engine for Electron 41.2.1: no prebuilt engine could be downloaded and compiling one failed. Rather than open a desktop window that cannot read its data, Holdfast is starting as a headless peer instead: open the address below in a browser. The next `npm start` tries again.',
    });
    expect(fs.existsSync(cacheFile())).toBe(false);
    expect(fs.readdirSync(path.dirname(cacheFile()))).toEqual([]);

    await plan(build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('does not cache a build that produced nothing', async () => {
    const result = await plan(() => Promise.resolve());
    expect(result.kind).toBe('headless');
    expect(result.notice).toContain('the build finished without producing better_sqlite3.node');
    expect(fs.existsSync(cacheFile())).toBe(false);
  });

  it("falls back when Electron's version cannot be read", async () => {
    fs.rmSync(path.join(electronDir, 'package.json'));
    const build = vi.fn(writesEngine);
    const result = await plan(build);
    expect(result.kind).toBe('headless');
    expect(result.notice).toContain(`Holdfast could not read the version in Electron's (${electronDir}) package.json`);
    expect(build).not.toHaveBeenCalled();
  });
});

describe('buildSqliteForElectron', () => {
  const request = (): BuildRequest => ({
    electronVersion: '41.2.1',
    platform: 'linux',
    arch: 'x64',
    sqliteDir,
    destination: path.join(scratch, 'engine.node'),
    logFile: path.join(scratch, 'build.log'),
  });

  beforeEach(() => {
    fs.writeFileSync(path.join(sqliteDir, 'binding.gyp'), '{}');
    for (const folder of ['src', 'deps', 'lib']) {
      fs.mkdirSync(path.join(sqliteDir, folder));
      fs.writeFileSync(path.join(sqliteDir, folder, 'file'), folder);
    }
  });

  /** A runner whose named tools succeed by leaving an engine where node-gyp would. */
  function fakeRun(succeeding: string[]) {
    const calls: { tool: string; args: readonly string[]; cwd: string }[] = [];
    const run = vi.fn<Runner>((_command, [tool = '', ...args], { cwd }) => {
      calls.push({ tool, args, cwd });
      expect(fs.readFileSync(path.join(cwd, 'lib', 'file'), 'utf8')).toBe('lib');
      if (!succeeding.includes(tool)) return Promise.resolve(false);
      fs.mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), `built by ${tool}`);
      return Promise.resolve(true);
    });
    return { run, calls };
  }

  it('takes a prebuilt engine for Electron when one downloads, in a scratch copy', async () => {
    const { run, calls } = fakeRun(['prebuild-install']);
    await buildSqliteForElectron(request(), { run, prebuildInstall: 'prebuild-install', nodeGyp: 'node-gyp' });
    expect(calls.map((call) => call.tool)).toEqual(['prebuild-install']);
    expect(calls[0]?.args).toEqual(['--runtime', 'electron', '--target', '41.2.1', '--arch', 'x64', '--platform', 'linux']);
    expect(calls[0]?.cwd.startsWith(sqliteDir)).toBe(false);
    expect(fs.existsSync(calls[0]?.cwd ?? '')).toBe(false);
    expect(fs.readFileSync(request().destination, 'utf8')).toBe('built by prebuild-install');
    expect(fs.existsSync(path.join(sqliteDir, 'build'))).toBe(false);
  });

  it('compiles against Electron headers when no prebuilt engine downloads', async () => {
    const { run, calls } = fakeRun(['node-gyp']);
    await buildSqliteForElectron(request(), { run, prebuildInstall: 'prebuild-install', nodeGyp: 'node-gyp' });
    expect(calls.map((call) => call.tool)).toEqual(['prebuild-install', 'node-gyp']);
    expect(calls[1]?.args).toEqual([
      'rebuild',
      '--release',
      '--target=41.2.1',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ]);
    expect(fs.readFileSync(request().destination, 'utf8')).toBe('built by node-gyp');
  });

  it('says why and where the details are when both fail', async () => {
    const { run, calls } = fakeRun([]);
    await expect(buildSqliteForElectron(request(), { run, prebuildInstall: 'prebuild-install', nodeGyp: 'node-gyp' })).rejects.toThrow(
      `no prebuilt engine could be downloaded and compiling one failed (is this machine offline, or without Python and a C++ compiler?); details in ${request().logFile}`,
    );
    expect(fs.existsSync(request().destination)).toBe(false);
    expect(fs.existsSync(calls[0]?.cwd ?? '')).toBe(false);
  });

  it('says so when node-gyp cannot be found', async () => {
    const { run } = fakeRun([]);
    await expect(buildSqliteForElectron(request(), { run, prebuildInstall: null, nodeGyp: null })).rejects.toThrow(
      'node-gyp, which would compile one, was not found',
    );
    expect(run).not.toHaveBeenCalled();
  });
});

describe('findNodeGyp', () => {
  it("falls back to the node-gyp that ships with the running npm", () => {
    const npmDir = path.join(scratch, 'npm');
    const nodeGyp = path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    fs.mkdirSync(path.dirname(nodeGyp), { recursive: true });
    fs.writeFileSync(nodeGyp, '');
    const found = findNodeGyp({ root: scratch, env: { npm_execpath: path.join(npmDir, 'bin', 'npm-cli.js') }, execPath: path.join(scratch, 'bin', 'node') });
    expect(found).toBe(nodeGyp);
    expect(findNodeGyp({ root: scratch, env: {}, execPath: path.join(scratch, 'bin', 'node') })).toBeNull();
  });
});

describe('buildEnv', () => {
  it("drops npm settings that would build for another target, and keeps the rest (proxies, caches)", () => {
    expect(
      buildEnv({
        PATH: '/usr/bin',
        npm_config_nodedir: '/usr',
        NPM_CONFIG_TARGET: '20.19.0',
        npm_config_runtime: 'node',
        npm_config_build_from_source: 'true',
        npm_config_https_proxy: 'http://proxy:3128',
        npm_config_devdir: '/cache/headers',
      }),
    ).toEqual({ PATH: '/usr/bin', npm_config_https_proxy: 'http://proxy:3128', npm_config_devdir: '/cache/headers' });
  });
});
