import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLDFAST_VERSION, PACKAGE_ROOT } from '../../electron/version.js';
import { REPO_ROOT } from '../support/processes.js';
import { expectOk } from '../support/results.js';
import { useScratch } from '../support/scratch.js';

const { folders, hosts } = useScratch();

describe("Holdfast's own version", () => {
  it("is found from the install folder and reported in the session with this laptop's device", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(PACKAGE_ROOT).toBe(REPO_ROOT);
    expect(HOLDFAST_VERSION).toBe(manifest.version);

    const host = hosts.openOn(folders.make());
    expect(expectOk(host.run('getSession', {}))).toEqual({ device: host.deviceId, name: null, version: manifest.version });
  });
});
