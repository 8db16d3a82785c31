// Intake of a request: validation (Indonesian, per field), the 10-working-day due date, the
// registration number (gap-free and unique per year), and the NIK kept out of lists and the audit.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { auditRows, NIK_BUDI, NIK_SITI, readDb, requestInput } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';

const clock = () => fixedClock('2026-03-17T03:00:00Z'); // Tue 17 Mar 2026 11:00 WITA

describe('requests:create', () => {
  it('registers the request with its number, local date, due date and calendar version', async () => {
    const core = testCore({ clock: clock() });
    const created = await call(core, 'requests:create', requestInput());
    expect(created).toMatchObject({
      id: 1,
      number: '001/PPID/III/2026',
      year: 2026,
      seq: 1,
      status: 'registered',
      receivedAt: '2026-03-17T02:00:00.000Z',
      receivedLocalDate: '2026-03-17',
      // Hand count in tests/shared/domain/clocks/requestClock.test.ts: 17 Mar 10:00 WITA → 8 Apr.
      dueDate: '2026-04-08',
      currentDueDate: '2026-04-08',
      extendedDueDate: null,
      calendarVersion: 'id-2024-2026.1',
      zone: 'Asia/Makassar',
      cutoff: '16:00',
      accessMethod: ['salinan_softcopy'],
      standing: { today: '2026-03-17', workingDaysLeft: 10, state: 'on_track' },
    });
  });

  it('defaults the time of receipt to now', async () => {
    const { receivedAt: _r, ...input } = requestInput();
    const created = await call(testCore({ clock: clock() }), 'requests:create', input);
    expect(created.receivedAt).toBe('2026-03-17T03:00:00.000Z');
  });

  it('uses the zone and cutoff of the office profile', async () => {
    const core = testCore({ clock: clock() });
    await call(core, 'settings:saveProfile', {
      instansiLines: ['PEMERINTAH PROVINSI JAWA BARAT'],
      unit: 'PPID',
      address: 'Bandung',
      city: 'Bandung',
      timeZone: 'Asia/Jakarta',
      cutoffTime: '09:00',
      ppid: { name: 'A', title: 'PPID' },
      atasan: { name: 'B', title: 'Sekda' },
    });
    // 10:00 WITA = 09:00 WIB: not before a 09:00 cutoff → day 0 is the next working day, 25 Mar;
    // hand count in requestClock.test.ts ("at 16:00 the same day") → 9 Apr.
    const created = await call(core, 'requests:create', requestInput());
    expect(created).toMatchObject({ zone: 'Asia/Jakarta', cutoff: '09:00', dueDate: '2026-04-09' });
  });

  it('refuses a time of receipt in the future, in Indonesian, on the field', async () => {
    const result = await testCore({ clock: clock() }).handle('requests:create', requestInput({ receivedAt: '2026-03-17T11:30:00+08:00' }));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Waktu diterima tidak boleh di masa depan: 2026-03-17 11:30 WITA, sedangkan sekarang 2026-03-17 11:00 WITA.',
        issues: [{ path: 'receivedAt', message: 'Waktu diterima tidak boleh di masa depan: 2026-03-17 11:30 WITA, sedangkan sekarang 2026-03-17 11:00 WITA.' }],
      },
    });
  });

  it('refuses a time of receipt without a zone', async () => {
    const result = await testCore({ clock: clock() }).handle('requests:create', requestInput({ receivedAt: '2026-03-17T10:00:00' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'receivedAt', message: expect.stringMatching(/zona waktu/) }] } });
  });

  it.each([
    [{ requester: { idNumber: '12345' } }, 'requester.idNumber', 'NIK harus 16 digit; yang diisi 5 digit.'],
    [{ requester: { idNumber: '9972014101900001' } }, 'requester.idNumber', 'NIK tidak sah: 2 digit pertama (99) bukan kode provinsi.'],
    [{ requester: { phone: 'nomor kantor' } }, 'requester.phone', expect.stringMatching(/^Nomor telepon pemohon tidak sah/)],
    [{ requester: { email: 'siti@' } }, 'requester.email', 'Alamat e-mail pemohon tidak sah, mis. nama@contoh.id.'],
    [{ requester: { email: '' } }, 'requester.email', 'Alamat e-mail pemohon wajib diisi bila informasi dikirim lewat e-mail.'],
    [{ requester: { name: ' ' } }, 'requester.name', 'Nama pemohon wajib diisi.'],
    [{ channel: 'fax' as never }, 'channel', expect.stringMatching(/^Saluran permohonan harus salah satu dari: langsung, surat/)],
    [{ accessMethod: [] }, 'accessMethod', 'Pilih sedikitnya satu cara memperoleh informasi.'],
    [{ information: '' }, 'information', 'Informasi yang diminta wajib diisi.'],
  ])('refuses %j', async (patch, field, message) => {
    const core = testCore({ clock: clock() });
    const result = await core.handle('requests:create', requestInput(patch as never));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues).toContainEqual({ path: field, message });
    expect(readDb(core).prepare('SELECT count(*) FROM requests').pluck().get()).toBe(0);
  });

  it('accepts a legal entity with its deed number, and a NIK typed with spaces', async () => {
    const core = testCore({ clock: clock() });
    const entity = await call(core, 'requests:create', requestInput({ requester: { name: 'Yayasan Bumi Etam', idType: 'badan_hukum', idNumber: 'AHU-0012345.AH.01.04' } }));
    expect(entity.requester).toMatchObject({ idType: 'badan_hukum', idNumberMasked: '****************1.04' });
    const person = await call(core, 'requests:create', requestInput({ requester: { idNumber: '6472 0141 0190 0001' } }));
    expect(await call(core, 'requests:revealNik', { id: person.id, reason: 'verifikasi identitas di loket' })).toEqual({ idType: 'nik', idNumber: NIK_SITI });
  });
});

describe('registration numbers', () => {
  it('are gap-free and restart at 1 in a new year, the year being the office-local one', async () => {
    const core = testCore({ clock: fixedClock('2027-01-05T02:00:00Z') });
    // Receipts in 2027 need the year's holidays in the calendar (the shipped table ends with 2026).
    await call(core, 'calendar:addDay', { date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2027 Masehi', basis: 'SKB 3 Menteri 2027' });
    const at = [
      '2026-12-30T09:00:00+08:00',
      '2027-01-04T09:00:00+08:00',
      '2026-12-31T15:00:00Z', // 23:00 WITA, still 2026
      '2026-12-31T16:30:00Z', // 00:30 WITA on 1 Jan 2027: a 2027 number although UTC says 2026
      '2026-12-29T09:00:00+08:00',
    ];
    const numbers = [];
    for (const receivedAt of at) numbers.push((await call(core, 'requests:create', requestInput({ receivedAt }))).number);
    expect(numbers).toEqual(['001/PPID/XII/2026', '001/PPID/I/2027', '002/PPID/XII/2026', '002/PPID/I/2027', '003/PPID/XII/2026']);
  });

  it('follow the configured pattern and width; the sequence continues across a pattern change', async () => {
    const core = testCore({ clock: clock() });
    await call(core, 'requests:create', requestInput());
    await call(core, 'numbering:set', { requestPattern: '{unit}/{year}/{month}/{seq}', objectionPattern: 'KEB-{seq}-{year}', seqWidth: 5, unitCode: 'KOMINFO' });
    expect((await call(core, 'requests:create', requestInput())).number).toBe('KOMINFO/2026/03/00002');
    expect(await call(core, 'numbering:get', {})).toEqual({ requestPattern: '{unit}/{year}/{month}/{seq}', objectionPattern: 'KEB-{seq}-{year}', seqWidth: 5, unitCode: 'KOMINFO' });
    expect(auditRows(core).map((r) => r.action)).toContain('numbering.update');
  });

  it('refuse a pattern without {year}', async () => {
    const result = await testCore().handle('numbering:set', { requestPattern: '{seq}/PPID', objectionPattern: '{seq}/KEB/{year}', seqWidth: 3, unitCode: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'requestPattern', message: expect.stringMatching(/wajib memuat \{year\}/) }] } });
  });

  it('stay unique when two cores on the same archive create requests interleaved', async () => {
    const dataDir = tempDir();
    const a = testCore({ dataDir, clock: clock() });
    const b = createCore({ dataDir, clock: clock(), actor: 'b', host: 'test' });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call(i % 2 ? a : b, 'requests:create', requestInput())));
      expect(results.map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally {
      b.close();
    }
  });

  it('stay gap-free and unique when separate processes write to the same archive at once', async () => {
    const dataDir = tempDir();
    testCore({ dataDir }).close(); // create and migrate once, as the app would
    const worker = path.join(__dirname, 'concurrentWorker.ts');
    const run = () =>
      new Promise<string[]>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker, dataDir, '15'], { cwd: path.resolve(__dirname, '../../../..') });
        let out = '';
        let err = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('close', (code) => (code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`worker exited ${code}: ${err}`))));
      });
    const all = (await Promise.all([run(), run(), run(), run()])).flat();
    expect(all).toHaveLength(60);
    expect(new Set(all).size).toBe(60);
    const core = testCore({ dataDir });
    const seqs = readDb(core).prepare('SELECT seq FROM requests WHERE year = 2026 ORDER BY seq').pluck().all();
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  }, 60_000);
});

describe('the requester’s NIK', () => {
  it('is masked in the detail and the inbox, and never written to the audit log or timeline', async () => {
    const core = testCore({ clock: clock() });
    const created = await call(core, 'requests:create', requestInput({ requester: { idNumber: NIK_BUDI } }));
    expect(created.requester.idNumberMasked).toBe('************0002');
    expect(JSON.stringify(created)).not.toContain(NIK_BUDI);
    const detail = await call(core, 'requests:get', { id: created.id });
    expect(JSON.stringify(detail)).not.toContain(NIK_BUDI);
    const inbox = await call(core, 'inbox:list', {});
    expect(inbox.items).toHaveLength(1);
    expect(JSON.stringify(inbox)).not.toContain(NIK_BUDI);
    await call(core, 'requests:transition', { id: created.id, to: 'in_process' });
    await call(core, 'requests:revealNik', { id: created.id, reason: 'verifikasi identitas' });
    const db = readDb(core);
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE data LIKE '%' || ? || '%'").pluck().get(NIK_BUDI)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM request_events WHERE note LIKE '%' || ? || '%'").pluck().get(NIK_BUDI)).toBe(0);
    // Nor in the search index.
    expect(db.prepare("SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ?").pluck().get(`"${NIK_BUDI}"`)).toBe(0);
  });

  it('is revealed in full on request, and every reveal is audited and on the timeline with its reason', async () => {
    const core = testCore({ clock: clock() });
    const { id } = await call(core, 'requests:create', requestInput());
    expect(await call(core, 'requests:revealNik', { id, reason: 'mencocokkan surat kuasa' })).toEqual({ idType: 'nik', idNumber: NIK_SITI });
    expect(await call(core, 'requests:revealNik', { id, reason: '  verifikasi identitas di loket  ' })).toEqual({ idType: 'nik', idNumber: NIK_SITI });
    const reveals = auditRows(core).filter((r) => r.action === 'request.requester.revealNik');
    expect(reveals).toHaveLength(2);
    expect(reveals[0]).toMatchObject({ entity: 'request', entity_id: String(id) });
    expect(reveals.map((r) => JSON.parse(r.data) as unknown)).toEqual([
      { requesterId: 1, idType: 'nik', reason: 'mencocokkan surat kuasa' },
      { requesterId: 1, idType: 'nik', reason: 'verifikasi identitas di loket' },
    ]);
    const timeline = await call(core, 'requests:timeline', { id });
    expect(timeline.filter((e) => e.action === 'nik_revealed').map((e) => e.note)).toEqual([
      'Nomor identitas pemohon dibuka: mencocokkan surat kuasa',
      'Nomor identitas pemohon dibuka: verifikasi identitas di loket',
    ]);
  });

  it('is not revealed without a reason that says something, and a refused reveal leaves no trace', async () => {
    const core = testCore({ clock: clock() });
    const { id } = await call(core, 'requests:create', requestInput());
    const attempts: [unknown, RegExp][] = [
      [undefined, /Alasan membuka NIK wajib diisi/],
      ['', /sedikitnya 10 karakter/],
      ['          ', /sedikitnya 10 karakter/],
      ['cek', /sedikitnya 10 karakter/],
      ['1234567890', /harus berupa kalimat/],
      ['........!!', /harus berupa kalimat/],
      ['x'.repeat(301), /paling banyak 300 karakter/],
      ['verifikasi\u0000identitas pemohon', /karakter kendali/],
      ['verifikasi identitas \uD800 pemohon', /karakter rusak/],
    ];
    for (const [reason, message] of attempts) {
      const result = await core.handle('requests:revealNik', reason === undefined ? { id } : { id, reason });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues).toEqual([{ path: 'reason', message: expect.stringMatching(message) as string }]);
      expect(JSON.stringify(result)).not.toContain(NIK_SITI);
    }
    expect(auditRows(core).filter((r) => r.action === 'request.requester.revealNik')).toEqual([]);
    expect((await call(core, 'requests:timeline', { id })).filter((e) => e.action === 'nik_revealed')).toEqual([]);
  });

  it('cannot be revealed for a request that does not exist', async () => {
    const result = await testCore().handle('requests:revealNik', { id: 99, reason: 'verifikasi identitas pemohon' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Permohonan dengan id 99 tidak ditemukan.' } });
  });
});
