// dispatch tells the officer the truth about a failure: "nothing changed, try again" only when
// nothing was committed; "it IS saved, reload" when a step after the commit failed (and the
// change's events still go out); a full disk in Indonesian, as code 'disk'. Real databases; the
// handlers are the real ones, wrapped so that they fail at a chosen point.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { COMMITTED_MESSAGE, INTERNAL_MESSAGE } from '../../../electron/core/dispatch';
import { handlers } from '../../../electron/core/handlers';
import { AppError } from '../../../electron/core/errors';
import type { Handler } from '../../../electron/core/handler';
import { testCore } from '../../helpers/core';
import { readDb } from '../../helpers/requests';
import { requestInput } from '../../helpers/requestInput';

const realCreate = handlers['requests:create'];
const realInfo = handlers['app:info'];

afterEach(() => {
  vi.restoreAllMocks();
});

function quiet() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

function requestCount(core: ReturnType<typeof testCore>): number {
  return (readDb(core).prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n;
}

function replaceCreate(impl: Handler<'requests:create'>) {
  return vi.spyOn(handlers, 'requests:create').mockImplementation(impl);
}

describe('dispatch: a failure before the commit', () => {
  it('says nothing changed, and leaves nothing behind, when the handler throws inside its transaction', async () => {
    const core = testCore();
    const log = quiet();
    const events: unknown[] = [];
    core.events.onAny((name) => events.push(name));
    replaceCreate((input, ctx) =>
      ctx.db.transaction(() => {
        ctx.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('probe', '1', 'x')").run();
        throw new Error('boom inside the transaction');
      })(),
    );
    const result = await core.handle('requests:create', requestInput());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
    expect(readDb(core).prepare("SELECT count(*) AS n FROM settings WHERE key = 'probe'").get()).toEqual({ n: 0 });
    expect(events).toEqual([]);
    expect(log).toHaveBeenCalled();
  });

  it('answers a full disk (SQLITE_FULL from SQLite itself) with code disk and the Indonesian message', async () => {
    const core = testCore();
    const log = quiet();
    replaceCreate((input, ctx) => {
      // The database may not grow by a single page: the next insert fails as on a full disk.
      const pages = ctx.db.pragma('page_count', { simple: true }) as number;
      ctx.db.pragma(`max_page_count = ${pages}`);
      try {
        // One transaction for all: the failing insert rolls every one of them back.
        ctx.db.transaction(() => {
          for (let i = 0; i < 200; i++) realCreate(contract['requests:create'].input.parse(requestInput({ requester: { name: `Pemohon ${i}` } })), ctx);
        })();
      } finally {
        ctx.db.pragma('max_page_count = 1073741823');
      }
      throw new Error('the disk never filled');
    });
    const result = await core.handle('requests:create', requestInput());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('disk');
    expect(result.error.message).toMatch(/^Disk penuh: ruang kosong tidak cukup untuk menyimpan\./);
    expect(log.mock.calls.some(([, error]) => (error as { code?: string }).code === 'SQLITE_FULL')).toBe(true);
    expect(requestCount(core)).toBe(0);
  });
});

describe('dispatch: a failure after the commit', () => {
  it('says the change IS saved when the read-back fails, and still sends its events', async () => {
    const core = testCore();
    quiet();
    const events: string[] = [];
    core.events.onAny((name) => events.push(name));
    replaceCreate((input, ctx) => {
      realCreate(input, ctx);
      throw new Error('read-back failed');
    });
    const result = await core.handle('requests:create', requestInput());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: COMMITTED_MESSAGE } });
    expect(result.ok ? '' : result.error.message).not.toContain('Data tidak berubah');
    expect(requestCount(core)).toBe(1);
    expect(events).toEqual(['cases:changed']);
  });

  it('says the change IS saved when the output does not match the contract', async () => {
    const core = testCore();
    const log = quiet();
    replaceCreate(async (input, ctx) => ({ ...(await realCreate(input, ctx)), number: 42 }) as never);
    const result = await core.handle('requests:create', requestInput());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: COMMITTED_MESSAGE } });
    expect(requestCount(core)).toBe(1);
    expect(log.mock.calls[0]![0]).toMatch(/does not match the contract \(its change was committed\)/);
  });

  it('keeps an AppError after the commit, without field issues, saying the change is saved', async () => {
    const core = testCore();
    replaceCreate((input, ctx) => {
      realCreate(input, ctx);
      throw new AppError('invalid_input', 'Nomor tidak cocok.', [{ path: 'requester.name', message: 'x' }]);
    });
    const result = await core.handle('requests:create', requestInput());
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Perubahan SUDAH tersimpan, tetapi langkah sesudahnya gagal: Nomor tidak cocok. Muat ulang tampilan untuk melihat data yang tersimpan; jangan mengirim ulang.' },
    });
  });

  it('does not count a transaction that only read, nor one that rolled back', async () => {
    const core = testCore();
    quiet();
    replaceCreate((input, ctx) => {
      ctx.db.transaction(() => ctx.db.prepare('SELECT count(*) FROM requests').get()).immediate();
      try {
        ctx.db.transaction(() => {
          realCreate(input, ctx);
          throw new Error('undo');
        })();
      } catch {
        // rolled back with everything the real handler wrote (its transaction was a savepoint)
      }
      throw new Error('later');
    });
    const result = await core.handle('requests:create', requestInput());
    expect(result.ok ? null : result.error.message).toBe(INTERNAL_MESSAGE);
    expect(requestCount(core)).toBe(0);
  });

  it('credits a commit to the call that made it, not to a slow call running at the same time', async () => {
    const core = testCore();
    quiet();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(handlers, 'app:info').mockImplementation(async (input, ctx) => {
      await gate;
      await realInfo(input, ctx);
      throw new Error('slow call fails');
    });
    const slow = core.handle('app:info', {});
    const created = await core.handle('requests:create', requestInput());
    release();
    expect(created.ok).toBe(true);
    expect(await slow).toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_MESSAGE } });
  });
});
