// Types for native.mjs (plain JS so that it runs on Node 20 without a build step).
export declare const ROOT: string;
export declare const ELECTRON_HEADERS_URL: string;
export declare function electronInfo(root?: string, env?: NodeJS.ProcessEnv): { version: string; abi: string };
export declare function electronBindingPath(version: string, root?: string): string;
export declare function envWithoutNodedir(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function findNodeGyp(env?: NodeJS.ProcessEnv, root?: string): string | null;
export declare function probeAbi(file: string, electronAbi: string): 'electron' | 'node' | 'unknown';
