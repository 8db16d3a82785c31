// The data folder, computed the way Electron computes `app.getPath('userData')` for our
// productName, so the CLI and browser host find the same archive as the desktop app.
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'PPID Desk';
export const DB_FILE = 'archive.db';
export const BLOBS_DIR = 'blobs';
export const BACKUPS_DIR = 'backups';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PPID_DATA_DIR) return path.resolve(env.PPID_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

export function dataPaths(dataDir: string) {
  return {
    dataDir,
    db: path.join(dataDir, DB_FILE),
    blobs: path.join(dataDir, BLOBS_DIR),
    backups: path.join(dataDir, BACKUPS_DIR),
  };
}
