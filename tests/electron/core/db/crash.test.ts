// Power cut or task-manager kill in the middle of work: a writer is killed with SIGKILL at random
// moments, over and over, on one archive. Every request number and document it acknowledged must
// still be there afterwards, and `ppid-desk check` must pass (blobs whole, audit chain intact).
// `npm run bench -- crash` runs the same for 1,000 kills.
import { describe, expect, it } from 'vitest';
import { crashOnce, survival } from '../../../helpers/crash';
import { testCore } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';

const ROUNDS = 20;

describe('kill -9 of a writer', () => {
  it(`loses no acknowledged request or document over ${ROUNDS} kills, and the archive checks whole`, async () => {
    const dataDir = tempDir();
    testCore({ dataDir }).close(); // created and migrated once, as the app would
    const acknowledged = { requests: [] as string[], documents: [] as { id: number; sha256: string }[] };
    const round = async (tag: number, runMs: number) => {
      const result = await crashOnce(dataDir, String(tag), runMs);
      acknowledged.requests.push(...result.acknowledged.requests);
      acknowledged.documents.push(...result.acknowledged.documents);
      const after = survival(dataDir, acknowledged);
      expect(after.missingRequests, `round ${tag}`).toEqual([]);
      expect(after.missingDocuments, `round ${tag}`).toEqual([]);
      expect(after.checkProblems, `round ${tag}`).toEqual([]);
    };
    // Kill times spread from "just started" to well into the work, so some land mid-commit.
    for (let i = 0; i < ROUNDS; i++) await round(i, 50 + ((i * 137) % 700));
    // On a loaded machine an import may not finish within 750 ms: a few longer rounds make sure
    // some documents were acknowledged (and then survived) too.
    for (let i = ROUNDS; acknowledged.documents.length === 0 && i < ROUNDS + 5; i++) await round(i, 3000);
    // The test means something only if the writer got real work acknowledged before its kills.
    expect(acknowledged.requests.length).toBeGreaterThan(ROUNDS);
    expect(acknowledged.documents.length).toBeGreaterThan(0);
    expect(new Set(acknowledged.requests).size).toBe(acknowledged.requests.length);
  }, 600_000);
});
