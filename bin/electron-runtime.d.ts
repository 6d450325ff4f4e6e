// Types for the tests, which import this plain-JS module from TypeScript.
export declare const SQLITE_BINDING_ENV: string;
export declare const PREPARING: string;
export declare const NO_RUNTIME: string;
export declare const NOT_BUILT: string;

export interface BuildRequest {
  readonly electronVersion: string;
  readonly platform: string;
  readonly arch: string;
  readonly sqliteDir: string;
  readonly destination: string;
  readonly logFile: string;
}

export type LaunchPlan =
  | { readonly kind: 'headless'; readonly notice: string }
  | { readonly kind: 'unbuilt'; readonly notice: string }
  | { readonly kind: 'electron'; readonly binary: string; readonly binding: string; readonly notice?: undefined };

export declare function packageVersion(packageDir: string): string | null;
export declare function bindingCacheFile(where: {
  cacheRoot: string;
  sqliteVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}): string;
export declare function planLaunch(options: {
  electron: { binary: string; packageDir: string } | null;
  mainBuilt: boolean;
  cacheRoot: string;
  sqliteDir: string;
  platform: string;
  arch: string;
  build: (request: BuildRequest) => Promise<void>;
  say: (line: string) => void;
}): Promise<LaunchPlan>;
