// The narrative sections of a year's report: saved per year and audited, last year's text offered
// as a start, and a save made on a stale copy refused instead of overwriting another officer's text.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows } from '../../../helpers/requests';
import { ANI, expectStale, twoOfficers } from '../../../helpers/twoDesks';

const sections = (policy: string) => ({ policy, service: 'Dua petugas, satu meja layanan.', obstacles: '', recommendations: 'Tambah petugas.' });

describe('reports narrative', () => {
  it('starts empty, offers last year’s text, and saves with an audit entry', async () => {
    const clock = fixedClock('2026-02-10T01:00:00Z');
    const core = testCore({ clock });
    expect(await call(core, 'reports:getNarrative', { year: 2026 })).toEqual({
      year: 2026,
      sections: { policy: '', service: '', obstacles: '', recommendations: '' },
      updatedAt: null,
      updatedBy: null,
      version: 0,
      previous: null,
    });
    await call(core, 'reports:saveNarrative', { year: 2025, sections: sections('Kebijakan 2025'), version: 0 });
    clock.set('2026-02-11T01:00:00Z');
    const view = await call(core, 'reports:getNarrative', { year: 2026 });
    expect(view.previous).toEqual({ year: 2025, sections: sections('Kebijakan 2025') });
    const saved = await call(core, 'reports:saveNarrative', { year: 2026, sections: sections('Kebijakan 2026'), version: view.version });
    expect(saved).toMatchObject({ year: 2026, sections: sections('Kebijakan 2026'), updatedAt: '2026-02-11T01:00:00.000Z', updatedBy: 'tester', version: 1 });
    const audit = auditRows(core).filter((r) => r.action === 'report.narrative.save');
    expect(audit.map((r) => [r.entity_id, JSON.parse(r.data).changed])).toEqual([
      ['2025', ['policy', 'service', 'recommendations']],
      ['2026', ['policy', 'service', 'recommendations']],
    ]);
  });

  it('refuses a save made on a copy older than the stored text, naming who saved and when (office time)', async () => {
    const { ani: core, budi, clock } = twoOfficers('2026-02-10T01:00:00Z');
    const first = await call(core, 'reports:saveNarrative', { year: 2026, sections: sections('Versi A'), version: 0 });
    clock.set('2026-02-10T06:05:00Z');
    await call(core, 'reports:saveNarrative', { year: 2026, sections: sections('Versi B'), version: first.version });
    clock.set('2026-02-10T07:00:00Z');
    await expectStale(budi, 'reports:saveNarrative', { year: 2026, sections: sections('Versi C'), version: first.version }, ANI, '14.05');
    // A form that loaded the year while it was still empty is stale too.
    await expectStale(budi, 'reports:saveNarrative', { year: 2026, sections: sections('Versi C'), version: 0 }, ANI, '14.05');
    expect((await call(core, 'reports:getNarrative', { year: 2026 })).sections.policy).toBe('Versi B');
    expect(auditRows(core).filter((r) => r.action === 'report.narrative.save')).toHaveLength(2);
  });

  it('refuses a year outside 2000-2199 in Indonesian', async () => {
    const core = testCore();
    expect(await core.handle('reports:getNarrative', { year: 1999 })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'year', message: 'Tahun laporan paling awal 2000.' }] } });
  });
});
