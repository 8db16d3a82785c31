// Run as a separate process by the crash test and bench: writes requests (and, every fifth step, a
// small archive document whose bytes go to the blob store) into the data folder until it is killed.
// After each acknowledged write it prints one line, `R <number>` or `D <id> <sha256>`, written with
// a synchronous write so that a line the parent reads was acknowledged before the kill.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createCore } from '../../electron/core';
import { requestInput } from './requestInput';

const [dataDir, tag] = process.argv.slice(2);
const core = createCore({ dataDir: dataDir!, host: 'cli', actor: `crash-${process.pid}`, clock: { now: () => new Date('2026-06-01T02:00:00Z') } });
const say = (line: string) => fs.writeSync(1, `${line}\n`);
say('READY');
for (let i = 0; ; i++) {
  if (i % 5 === 4) {
    const text = `Dokumen uji ${tag} ${process.pid} ${i} ${Math.random()}\n`.repeat(200);
    const result = await core.handle('archive:importFile', { name: `catatan-${tag}-${i}.txt`, dataBase64: Buffer.from(text).toString('base64') });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const item = result.value as { verdict: string; documentId: number | null };
    if (item.verdict === 'imported' && item.documentId !== null) say(`D ${item.documentId} ${createHash('sha256').update(text).digest('hex')}`);
  } else {
    const result = await core.handle('requests:create', requestInput({ receivedAt: '2026-05-29T09:00:00+08:00' }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    say(`R ${(result.value as { number: string }).number}`);
  }
}
