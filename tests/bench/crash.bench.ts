// Crash benchmark: 1,000 kill -9 of a writer at random moments on one archive (CRASH_ROUNDS=N for
// another count), then how many acknowledged writes were lost (must be 0) and whether the archive
// checked whole after every kill. Prints figures; the test suite runs the same for 20 kills.
// Run: npm run bench -- crash
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { crashOnce, survival, type CrashRound } from '../helpers/crash';

export default async function main(): Promise<void> {
  const rounds = Number(process.env.CRASH_ROUNDS ?? 1000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-crash-'));
  try {
    createCore({ dataDir, host: 'test' }).close();
    const acknowledged: CrashRound['acknowledged'] = { requests: [], documents: [] };
    let lost = 0;
    let badChecks = 0;
    const started = Date.now();
    for (let round = 0; round < rounds; round++) {
      const result = await crashOnce(dataDir, String(round), 20 + Math.floor(Math.random() * 800));
      acknowledged.requests.push(...result.acknowledged.requests);
      acknowledged.documents.push(...result.acknowledged.documents);
      // Checking the whole archive after every kill costs more as it grows: every 10th, and the last.
      if (round % 10 === 9 || round === rounds - 1) {
        const after = survival(dataDir, acknowledged);
        lost = after.missingRequests.length + after.missingDocuments.length;
        if (!after.checkOk) {
          badChecks++;
          console.log(`  round ${round + 1}: check failed: ${after.checkProblems.join('; ')}`);
        }
        if (round % 100 === 99) console.log(`  ${round + 1} kills: ${acknowledged.requests.length} requests, ${acknowledged.documents.length} documents acknowledged; lost ${lost}`);
      }
    }
    console.log(`kill -9: ${rounds} rounds in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    console.log(`acknowledged: ${acknowledged.requests.length} requests, ${acknowledged.documents.length} documents`);
    console.log(`lost after the last kill: ${lost}; failed checks: ${badChecks}`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
