// `npm run start:browser -- --data-dir DIR --port N`: the same app, served to a local browser
// by the browser host (electron/host), for machines without the Electron binary and for e2e tests.
import { register } from 'tsx/esm/api';
import { ensureRendererBuilt } from './lib/renderer-build.mjs';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) ensureRendererBuilt();
register();
const { main } = await import('../../electron/host/main.ts');
await main([process.argv[0], 'ppid-desk-host', ...args.filter((a) => a !== '--no-build')]);
