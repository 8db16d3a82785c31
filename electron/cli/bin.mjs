#!/usr/bin/env node
// The `ppid-desk` command. It runs the TypeScript sources through tsx, so `npx ppid-desk` works
// right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
process.exitCode = await run(process.argv);
