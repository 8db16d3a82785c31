export function bundleState(root: string): { state: 'fresh' | 'missing' | 'stale'; bundle: string; changed?: string };
