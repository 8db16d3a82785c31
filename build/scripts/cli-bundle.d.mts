export const CLI_EXTERNAL: string[];
export function buildCliBundle(outDir?: string): Promise<string>;
