// Review reminders for exempt information (UU KIP Ps 20(1)) on the inbox: due or overdue items,
// counted from today in the office zone, never from the UTC date.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';

async function exemptDoc(core: Core, title: string, reviewDate: string | null): Promise<number> {
  const bytes = await makeDocx({ title, paragraphs: [`Isi ${title}`] });
  const id = (await call(core, 'archive:importFile', { name: `${title}.docx`, dataBase64: bytes.toString('base64') })).documentId!;
  if (reviewDate === null) {
    await call(core, 'archive:update', { id, title, category: 'setiap_saat' });
  } else {
    await call(core, 'archive:update', {
      id, title, category: 'dikecualikan', exemptionLetter: 'h', exemptionLaw: 'UU 27/2022 tentang Pelindungan Data Pribadi',
      consequenceTest: 'Membuka data kesehatan pegawai merugikan hak pribadi.', exemptionYears: 5, decreeNumber: '800/1/2026', decreeDate: '2026-02-01', reviewDate,
    });
  }
  return id;
}

describe('archive:reviewsDue', () => {
  // 23 Nov 2026 17:30 UTC is already 24 Nov 01:30 in Samarinda (WITA).
  const clock = () => fixedClock('2026-11-23T17:30:00Z');

  it('lists overdue and coming reviews within the window, counted from the office date', async () => {
    const core = testCore({ clock: clock() });
    await call(core, 'settings:saveProfile', validProfile);
    const late = await exemptDoc(core, 'Rekam medis pegawai', '2026-11-20');
    const yesterday = await exemptDoc(core, 'Hasil seleksi', '2026-11-23');
    const today = await exemptDoc(core, 'Berkas penyidikan', '2026-11-24');
    const lastDay = await exemptDoc(core, 'Rencana pengadaan', '2026-12-08');
    await exemptDoc(core, 'Di luar jendela', '2026-12-09');
    await exemptDoc(core, 'Terbuka', null);

    const due = await call(core, 'archive:reviewsDue', {});
    expect(due).toEqual([
      { id: late, title: 'Rekam medis pegawai', exemptionLetter: 'h', reviewDate: '2026-11-20', overdue: true },
      // The UTC date is still the 23rd; in the office it is the 24th, so the 23rd is already late.
      { id: yesterday, title: 'Hasil seleksi', exemptionLetter: 'h', reviewDate: '2026-11-23', overdue: true },
      { id: today, title: 'Berkas penyidikan', exemptionLetter: 'h', reviewDate: '2026-11-24', overdue: false },
      { id: lastDay, title: 'Rencana pengadaan', exemptionLetter: 'h', reviewDate: '2026-12-08', overdue: false },
    ]);
    expect((await call(core, 'archive:reviewsDue', { withinDays: 0 })).map((r) => r.id)).toEqual([late, yesterday, today]);
    expect((await call(core, 'archive:reviewsDue', { withinDays: 15 })).map((r) => r.title)).toContain('Di luar jendela');
  });

  it('drops a document once it is no longer exempt or its review date is moved on', async () => {
    const core = testCore({ clock: clock() });
    const id = await exemptDoc(core, 'Memo', '2026-11-25');
    expect(await call(core, 'archive:reviewsDue', {})).toHaveLength(1);
    await call(core, 'archive:update', { id, title: 'Memo', category: 'berkala' });
    expect(await call(core, 'archive:reviewsDue', {})).toEqual([]);
  });

  it('refuses a negative window in Indonesian', async () => {
    const core = testCore({ clock: clock() });
    const result = await core.handle('archive:reviewsDue', { withinDays: -1 });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(!result.ok && result.error)).toContain('tidak boleh negatif');
  });
});
