import envPaths from 'env-paths';
import path from 'node:path';

/**
 * Where the war room lives on this laptop: HOLDFAST_DATA when set (tests, a
 * USB stick, a second profile), otherwise the platform's app-data folder
 * (~/.local/share/Holdfast, %APPDATA%\Holdfast\Data, ~/Library/Application Support/Holdfast).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.HOLDFAST_DATA?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return envPaths('Holdfast', { suffix: '' }).data;
}

export const DATABASE_FILE = 'holdfast.db';
export const DEVICE_KEY_FILE = 'device-key.pem';
