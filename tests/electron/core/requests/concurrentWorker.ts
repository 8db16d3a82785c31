// Run as a separate process by create.test.ts: creates `count` requests in the given data folder,
// as writers sharing one archive would (archive.lock now keeps a second PPID Desk out; 'shared'
// bypasses it to test SQLite's own safety under concurrent writers). Prints the numbers, one a line.
import { createCore } from '../../../../electron/core';
import { requestInput } from '../../../helpers/requestInput';

const [dataDir, count] = process.argv.slice(2);
const core = createCore({ dataDir: dataDir!, host: 'cli', lock: 'shared', actor: `worker-${process.pid}`, clock: { now: () => new Date('2026-06-01T02:00:00Z') } });
for (let i = 0; i < Number(count); i++) {
  const result = await core.handle('requests:create', requestInput({ receivedAt: '2026-05-29T09:00:00+08:00' }));
  if (!result.ok) {
    process.stderr.write(`${JSON.stringify(result.error)}\n`);
    process.exitCode = 1;
    break;
  }
  process.stdout.write(`${(result.value as { number: string }).number}\n`);
}
core.close();
