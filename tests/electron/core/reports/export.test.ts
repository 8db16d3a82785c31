// reports:export: the figures as pretty JSON with a stable file name, audited; the document formats
// go through reportdoc's renderer (unsupported until it is merged).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, requestInput } from '../../../helpers/requests';

describe('reports:export', () => {
  it('gives the figures as JSON, the same as reports:figures, and audits the export', async () => {
    const core = testCore({ clock: fixedClock('2026-07-02T01:00:00Z') });
    await call(core, 'requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00+08:00', channel: 'email' }));
    const out = await call(core, 'reports:export', { period: '2026-S1', format: 'json' });
    expect(out).toMatchObject({ filename: 'laporan-layanan-informasi-2026-S1.json', mime: 'application/json' });
    const bytes = Buffer.from(out.base64, 'base64');
    expect(out.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const text = bytes.toString('utf8');
    expect(text).toMatch(/^\{\n {2}"period": \{/);
    expect(JSON.parse(text)).toEqual(await call(core, 'reports:figures', { period: '2026-S1' }));
    expect(JSON.parse(text).requests).toMatchObject({ received: 1, by_channel: { email: 1 }, open_at_end: 1 });
    const [entry] = auditRows(core).filter((r) => r.action === 'report.export');
    expect(entry).toMatchObject({ entity: 'report', entity_id: '2026-S1' });
    expect(JSON.parse(entry!.data)).toMatchObject({ format: 'json', sha256: out.sha256, filename: out.filename });
  });

  it('names a range by both ends', async () => {
    const core = testCore({ clock: fixedClock('2026-07-02T01:00:00Z') });
    expect((await call(core, 'reports:export', { period: '2026-01-15..2026-06-30', format: 'json' })).filename).toBe('laporan-layanan-informasi-2026-01-15_2026-06-30.json');
  });

  it('refuses a period it cannot read, in Indonesian', async () => {
    const core = testCore();
    expect(await core.handle('reports:export', { period: '2026-Q5', format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'period', message: expect.stringMatching(/^Periode "2026-Q5" tidak dikenali/) }] },
    });
  });
});
