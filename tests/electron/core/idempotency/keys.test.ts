// clientKey: a retried create returns the first result and registers nothing twice; the same key
// with other input is refused. Real databases, real handlers.
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contract, type Channel } from '../../../../shared/ipc/contract';
import { openDatabase } from '../../../../electron/core/db/connection';
import { handlers } from '../../../../electron/core/handlers';
import { CONFLICT_MESSAGE } from '../../../../electron/core/idempotency/keys';
import { IDEMPOTENT_CHANNELS } from '../../../../electron/core/idempotency/replay';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { auditRows, readDb, requestInput } from '../../../helpers/requests';

afterEach(() => {
  vi.restoreAllMocks();
});

const count = (core: ReturnType<typeof testCore>, table: string) => readDb(core).prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('clientKey on requests:create', () => {
  it('returns the first registration on a retry with the same key, and writes nothing again', async () => {
    const core = testCore();
    const input = requestInput({ clientKey: 'form-7f3c2a9e-0001' });
    const first = await call(core, 'requests:create', input);
    const again = await call(core, 'requests:create', input);
    expect(again).toEqual(first);
    expect(count(core, 'requests')).toBe(1);
    expect(count(core, 'requesters')).toBe(1);
    expect(auditRows(core).filter((r) => r.action === 'request.create')).toHaveLength(1);
  });

  it('treats the same input in another key order, or with defaults spelled out, as the same submission', async () => {
    const core = testCore();
    const input = requestInput({ clientKey: 'form-order-0001' });
    const first = await call(core, 'requests:create', input);
    const reordered = Object.fromEntries(Object.entries({ ...input, unit: '', officer: '' }).reverse()) as typeof input;
    expect(await call(core, 'requests:create', reordered)).toEqual(first);
    expect(count(core, 'requests')).toBe(1);
  });

  it('refuses the same key with different input, and registers each distinct key', async () => {
    const core = testCore();
    await call(core, 'requests:create', requestInput({ clientKey: 'form-aaaa-0001' }));
    const other = await core.handle('requests:create', requestInput({ clientKey: 'form-aaaa-0001', information: 'Lain sama sekali' }));
    expect(other).toEqual({ ok: false, error: { code: 'conflict', message: CONFLICT_MESSAGE, issues: [{ path: 'clientKey', message: CONFLICT_MESSAGE }] } });
    await call(core, 'requests:create', requestInput({ clientKey: 'form-bbbb-0002' }));
    await call(core, 'requests:create', requestInput());
    await call(core, 'requests:create', requestInput());
    expect(count(core, 'requests')).toBe(4);
  });

  it('rejects keys that are too short, too long or not plain ASCII', async () => {
    const core = testCore();
    for (const clientKey of ['short', 'x'.repeat(101), 'kunci dengan spasi', 'kunci-ünïcode-123']) {
      const result = await core.handle('requests:create', requestInput({ clientKey }));
      expect(result.ok ? null : result.error.issues?.map((i) => i.path), clientKey).toEqual(['clientKey']);
    }
  });

  it('after "saved, then the answer was lost", a retry gets the saved request instead of a second one', async () => {
    const core = testCore();
    const realCreate = handlers['requests:create'];
    const spy = vi.spyOn(handlers, 'requests:create').mockImplementationOnce((input, ctx) => {
      realCreate(input, ctx);
      throw new Error('read-back failed');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const input = requestInput({ clientKey: 'form-lost-answer-01' });
    const lost = await core.handle('requests:create', input);
    expect(lost.ok ? null : lost.error.message).toMatch(/^Perubahan SUDAH tersimpan/);
    const retry = await call(core, 'requests:create', input);
    expect(retry.number).toBe('001/PPID/III/2026');
    expect(spy).toHaveBeenCalledTimes(1); // the retry never reached the handler
    expect(count(core, 'requests')).toBe(1);
  });

  it('answers with the first result when another process claimed the key inside the race window', async () => {
    const core = testCore();
    const first = await call(core, 'requests:create', requestInput({ clientKey: 'form-race-first-1' }));
    const realCreate = handlers['requests:create'];
    vi.spyOn(handlers, 'requests:create').mockImplementationOnce((input, ctx) => {
      // Between dispatch's look-up and this call's transaction, a second connection (the CLI, a
      // second window) records the same key for the same submission.
      const other = openDatabase(path.join(core.dataDir, 'archive.db'));
      other
        .prepare('INSERT INTO client_keys (channel, client_key, result_id, input_sha256, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(ctx.clientKey!.channel, ctx.clientKey!.key, first.id, ctx.clientKey!.inputSha256, '2026-11-23T02:00:00.000Z');
      other.close();
      return realCreate(input, ctx);
    });
    const raced = await call(core, 'requests:create', requestInput({ clientKey: 'form-race-second' }));
    expect(raced.id).toBe(first.id);
    expect(count(core, 'requests')).toBe(1);
  });

  it('forgets keys after a week', async () => {
    const clock = fixedClock('2026-11-02T02:00:00Z');
    const core = testCore({ clock });
    await call(core, 'requests:create', requestInput({ clientKey: 'form-old-week-01' }));
    clock.set('2026-11-10T02:00:00Z');
    await call(core, 'requests:create', requestInput({ clientKey: 'form-new-week-02' }));
    expect(readDb(core).prepare('SELECT client_key FROM client_keys').pluck().all()).toEqual(['form-new-week-02']);
  });
});

describe('clientKey on the other create channels', () => {
  it('is accepted by exactly the channels that replay it', () => {
    // A channel that takes the field says so about a malformed key; the others ignore or refuse it whole.
    const withKey = (Object.keys(contract) as Channel[]).filter((c) => {
      const probe = contract[c].input.safeParse({ clientKey: 'x' });
      return !probe.success && probe.error.issues.some((i) => i.path[0] === 'clientKey');
    });
    expect(withKey.sort()).toEqual(Object.keys(IDEMPOTENT_CHANNELS).sort());
  });

  it('objections, disputes, inquiries, coverage, press rights and statements register once per key', async () => {
    const core = testCore({ clock: fixedClock('2026-06-10T01:00:00Z') });
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-02T09:00:00+08:00' }));
    const twice = async <C extends Channel>(channel: C, input: Record<string, unknown>, table: string) => {
      const before = count(core, table);
      const a = await call(core, channel, { ...input, clientKey: `key-${channel}` } as never);
      const b = await call(core, channel, { ...input, clientKey: `key-${channel}` } as never);
      expect(b, channel).toEqual(a);
      expect(count(core, table), channel).toBe(before + 1);
      return a as { id: number };
    };
    const objection = await twice('objections:create', { requestId: request.id, grounds: ['c'], caseSummary: 'Tidak dijawab', registeredAt: '2026-03-17T11:00:00+08:00' }, 'objections');
    await twice('disputes:create', { objectionId: objection.id, filedDate: '2026-06-03' }, 'disputes');
    const inquiry = await twice('inquiries:create', inquiryInput({ receivedAt: '2026-06-09T09:00:00+08:00' }), 'inquiries');
    await twice('inquiries:addCoverage', { inquiryId: inquiry.id, publishedOn: '2026-06-09', tone: 'netral', link: 'https://kaltimpost.id/berita' }, 'coverage');
    await twice('inquiries:addPressRight', { inquiryId: inquiry.id, kind: 'hak_jawab', sentOn: '2026-06-09', text: 'Kami meluruskan angka anggaran.' }, 'press_rights');
    await twice('media:saveStatement', { title: 'Banjir Samarinda', body: 'Pemerintah menyiapkan posko.' }, 'statements');
  });
});
