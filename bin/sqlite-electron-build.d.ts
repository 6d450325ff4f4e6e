// Types for the tests, which import this plain-JS module from TypeScript.
import type { BuildRequest } from './electron-runtime.js';

export type Runner = (
  command: string,
  args: readonly string[],
  options: { cwd: string; log: number; timeout: number },
) => Promise<boolean>;

export declare function buildSqliteForElectron(
  request: BuildRequest,
  tools?: { run?: Runner; prebuildInstall?: string | null; nodeGyp?: string | null },
): Promise<void>;
export declare function findNodeGyp(where?: { root?: string; env?: NodeJS.ProcessEnv; execPath?: string }): string | null;
export declare function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
