// Types for electron-binary.mjs (plain JS so that `npm start` runs on Node 20 without a build step).
export declare const MESSAGE_ID: string;
export declare const MESSAGE_EN: string;

export interface ElectronBinary {
  path: string;
  version: string;
}
export interface InstallAttempt {
  code: number | null;
  timedOut: boolean;
  output: string;
}

export declare function electronPackageDir(projectRoot: string): string;
export declare function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): ElectronBinary | null;
export declare function runElectronInstall(
  electronDir: string,
  options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv },
): Promise<InstallAttempt>;
export declare function ensureElectronBinary(
  electronDir: string,
  options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv; log?: (line: string) => void },
): Promise<{ binary: ElectronBinary | null; install: InstallAttempt | null }>;
