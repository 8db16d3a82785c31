// The connection reports commits to the scope of the call that made them (db/commits.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentCommitScope, trackCommits, withCommitScope } from '../../../../electron/core/db/commits';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { tempDir } from '../../../helpers/tempDir';

function db(): Db {
  const d = trackCommits(openDatabase(path.join(tempDir(), 'test.db')));
  d.exec('CREATE TABLE t (v TEXT)');
  return d;
}

async function committed(work: () => unknown): Promise<boolean> {
  const { scope } = await withCommitScope(async () => void work());
  return scope.committed;
}

describe('commit tracking', () => {
  it('counts an outermost transaction that changed rows, and an autocommit write', async () => {
    const d = db();
    expect(await committed(() => d.transaction(() => d.prepare("INSERT INTO t VALUES ('a')").run()).immediate())).toBe(true);
    expect(await committed(() => d.prepare("INSERT INTO t VALUES ('b')").run())).toBe(true);
    expect(d.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2);
    d.close();
  });

  it('does not count reads, no-op writes, rolled-back transactions, or a savepoint before its outer commit', async () => {
    const d = db();
    expect(await committed(() => d.prepare('SELECT * FROM t').all())).toBe(false);
    expect(await committed(() => d.prepare("DELETE FROM t WHERE v = 'none'").run())).toBe(false);
    expect(await committed(() => d.transaction(() => d.prepare('SELECT 1').get())())).toBe(false);
    expect(
      await committed(() => {
        try {
          d.transaction(() => {
            d.prepare("INSERT INTO t VALUES ('x')").run();
            throw new Error('undo');
          })();
        } catch {
          // rolled back
        }
      }),
    ).toBe(false);
    const seen: boolean[] = [];
    const { scope } = await withCommitScope(async () => {
      d.transaction(() => {
        d.transaction(() => d.prepare("INSERT INTO t VALUES ('y')").run())();
        // The savepoint is released but the outer transaction is still open: nothing is durable.
        seen.push(currentCommitScope()!.committed);
      })();
      seen.push(currentCommitScope()!.committed);
    });
    expect(seen).toEqual([false, true]);
    expect(scope.committed).toBe(true);
    d.close();
  });

  it('leaves other connections to the same file untouched', () => {
    const dir = tempDir();
    const a = trackCommits(openDatabase(path.join(dir, 'x.db')));
    const b = openDatabase(path.join(dir, 'x.db'));
    expect(Object.prototype.hasOwnProperty.call(a, 'transaction')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(b, 'transaction')).toBe(false);
    a.close();
    b.close();
  });
});
