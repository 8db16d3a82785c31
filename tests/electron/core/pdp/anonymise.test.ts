// The anonymisation job (UU 27/2022 Ps 44(1) huruf a): identity out of every table, index and page
// of the database file; the registers count the same; one audit entry per run; dry runs, open and
// recent cases untouched.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db/connection';
import { verifyAuditChain } from '../../../../electron/core/audit/verify';
import { registerTable } from '../../../../electron/core/registers/rows';
import { call } from '../../../helpers/core';
import { auditRows, readDb } from '../../../helpers/requests';
import { BONIFASIUS, buildScenario, databaseBytes, ERASED_STRINGS, found, GREGORIUS, KEPT_STRINGS, RINA, WILHELMINA, YOHANES, ZULAIKHA } from './scenario';

const NOW = '2026-03-10T02:00:00Z';

/** Every row of every table (FTS shadow tables included), to prove a dry run wrote nothing. */
function dump(db: Db): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}

const registers = (db: Db) => ({
  permohonan: registerTable(db, 'permohonan', '2024-01-01', '2025-12-31', (d) => d).rows,
  keberatan: registerTable(db, 'keberatan', '2024-01-01', '2025-12-31', (d) => d).rows,
});

/** FTS terms (lower case, folded) of an index: what a search could still find. */
function terms(db: Db, table: string): string[] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_${table} USING fts5vocab(main, ${table}, row)`);
  return db.prepare(`SELECT term FROM temp.vocab_${table}`).pluck().all() as string[];
}
const FTS = ['requests_fts', 'objections_fts', 'disputes_fts', 'inquiries_fts', 'directory_fts'];
const NAME_TERMS = ['zulaikha', 'wiryaningsih', 'bonifasius', 'tarigan', 'rosalinda', 'kartikasari'];
/**
 * How the index stores those terms in its segments: lower case, and after a shared prefix with the
 * term before it (FTS5 prefix compression), so the search of the bytes looks for the tails. vocab
 * tables skip deleted entries; these find a term an old segment still holds.
 */
const TERM_TAILS = ['laikha', 'yaningsih', 'nifasius', 'salinda', 'tikasari'];

async function past(retentionYears = 1) {
  const s = await buildScenario();
  s.clock.set(NOW);
  await call(s.core, 'pdp:setRetention', { years: retentionYears });
  return s;
}

describe('pdp:anonymise dry run', () => {
  it('lists the closed cases past retention by number and date, and changes nothing', async () => {
    const { core } = await past();
    const db = readDb(core);
    const before = dump(db);
    const audits = auditRows(core).length;
    const report = await call(core, 'pdp:anonymise', {});
    expect(report).toMatchObject({ dryRun: true, today: '2026-03-10', cutoff: '2025-03-10', years: 1, auditSeq: null });
    expect(report.cases).toEqual([
      { requestId: 1, number: '001/PPID/III/2024', closedOn: '2024-03-05', objections: [], disputes: 0 },
      // Closed on the dispute's outcome, not on the request's own close in March.
      { requestId: 2, number: '002/PPID/III/2024', closedOn: '2024-06-20', objections: ['001/KEB/PPID/III/2024'], disputes: 1 },
    ]);
    expect(report.journalists).toEqual([{ journalistId: 1, inquiries: ['001/MEDIA/2024'], closedOn: '2024-03-04' }]);
    expect(report.counts).toEqual({ requests: 2, requesters: 2, objections: 1, disputes: 1, letters: 3, journalists: 1, inquiries: 1, objectionsWithoutRequest: 0 });
    // The list names nobody.
    expect(found(Buffer.from(JSON.stringify(report)), ERASED_STRINGS)).toEqual([]);
    expect(dump(db)).toEqual(before);
    expect(auditRows(core)).toHaveLength(audits);
  });
});

describe('pdp:anonymise', () => {
  it('erases the identity and keeps what the registers count, row for row', async () => {
    const { core, ids } = await past();
    const db = readDb(core);
    const before = registers(db);
    const report = await call(core, 'pdp:anonymise', { dryRun: false });
    expect(report.counts).toMatchObject({ requests: 2, requesters: 2, journalists: 1 });
    const after = registers(db);
    expect(after.permohonan).toHaveLength(before.permohonan.length);
    expect(after.keberatan).toHaveLength(before.keberatan.length);
    // Register permohonan: name (4), identity number (5), address (6) and contact (7: phone, e-mail) go; every other cell stays.
    const requestIdentity = new Set([4, 5, 6, 7]);
    before.permohonan.forEach((row, i) => {
      const erased = row[1] === '001/PPID/III/2024' || row[1] === '002/PPID/III/2024';
      row.forEach((cell, c) => expect(after.permohonan[i]![c]).toEqual(requestIdentity.has(c) && erased ? (c === 7 ? '[dihapus], [dihapus]' : '[dihapus]') : cell));
    });
    // Register keberatan: name (4), identity number (5) and kuasa (6).
    const objectionIdentity = new Set([4, 5, 6]);
    before.keberatan.forEach((row, i) => row.forEach((cell, c) => expect(after.keberatan[i]![c]).toEqual(objectionIdentity.has(c) ? '[dihapus]' : cell)));

    const requester = await call(core, 'requests:get', { id: ids.zulaikha });
    expect(requester.requester).toEqual({
      id: requester.requester.id, name: '[dihapus]', idType: 'nik', idNumberMasked: '[dihapus]', address: '[dihapus]', phone: '[dihapus]',
      email: '[dihapus]', occupation: ZULAIKHA.occupation, proxyName: '',
    });
    const refused = await call(core, 'requests:get', { id: ids.bonifasius });
    expect(refused).toMatchObject({ status: 'done', decision: 'ditolak', refusalPs17: ['h'], channel: 'langsung', requester: { name: '[dihapus]', proxyName: '[dihapus]', occupation: BONIFASIUS.occupation } });
    expect(await call(core, 'objections:get', { id: ids.objection })).toMatchObject({ requesterName: '[dihapus]', proxyName: '[dihapus]', decision: 'ditolak', caseSummary: 'Pemohon keberatan atas penolakan rekam medis.' });
    expect(await call(core, 'disputes:get', { id: ids.dispute })).toMatchObject({ requesterName: '[dihapus]', status: 'decided', kiRegisterNumber: '007/REG-PSI/IV/2024' });
    const timeline = await call(core, 'requests:timeline', { id: ids.bonifasius });
    expect(timeline.at(-1)).toMatchObject({ action: 'pdp_anonymised', note: expect.stringMatching(/masa retensi 1 tahun sejak perkara ditutup \(20 Juni 2024\) berakhir \(UU 27\/2022 Pasal 44 ayat \(1\) huruf a\)/) as string });

    // The issued letters: the snapshot row loses the identity; the number, type and dates stay.
    const letters = db.prepare('SELECT type, number, issued_date, data FROM letters ORDER BY id').all() as { type: string; number: string; data: string }[];
    expect(letters.map((l) => l.type)).toEqual(['tanda-bukti', 'penolakan', 'keberatan-tanda-bukti']);
    for (const l of letters) {
      const data = JSON.parse(l.data) as { request: { requester: Record<string, string>; decision: string | null }; objection: { proxyName: string } | null };
      expect(data.request.requester).toMatchObject({ name: '[dihapus]', idNumberMasked: '[dihapus]', address: '[dihapus]', phone: '[dihapus]', email: '[dihapus]', proxyName: '[dihapus]' });
      if (data.objection) expect(data.objection.proxyName).toBe('[dihapus]');
    }
  });

  it('leaves open and recent cases, and journalists with an open inquiry, exactly as they were', async () => {
    const { core, ids } = await past();
    const db = readDb(core);
    const rows = () => ({
      requesters: db.prepare('SELECT q.* FROM requesters q JOIN requests r ON r.requester_id = q.id WHERE r.id IN (?, ?)').all(ids.yohanes, ids.wilhelmina),
      requests: db.prepare('SELECT * FROM requests WHERE id IN (?, ?)').all(ids.yohanes, ids.wilhelmina),
      journalist: db.prepare('SELECT * FROM journalists WHERE name = ?').all(GREGORIUS.name),
      fts: db.prepare('SELECT rowid, * FROM requests_fts WHERE rowid IN (?, ?)').all(ids.yohanes, ids.wilhelmina),
    });
    const before = rows();
    expect(before.requesters).toHaveLength(2);
    expect(before.journalist).toHaveLength(1);
    await call(core, 'pdp:anonymise', { dryRun: false });
    expect(rows()).toEqual(before);
    expect(found(databaseBytes(core), KEPT_STRINGS)).toEqual(KEPT_STRINGS);
    expect((await call(core, 'requests:get', { id: ids.yohanes })).requester.name).toBe(YOHANES.name);
    expect((await call(core, 'requests:get', { id: ids.wilhelmina })).requester.name).toBe(WILHELMINA.name);
  });

  it('leaves no trace of the identity in the search indexes or in the database file after the checkpoint', async () => {
    const { core } = await past();
    const db = readDb(core);
    // The search of the bytes works: before the run, every string is there.
    expect(found(databaseBytes(core), ERASED_STRINGS)).toEqual(ERASED_STRINGS);
    expect(found(databaseBytes(core), TERM_TAILS)).toEqual(TERM_TAILS);
    const ftsBefore = FTS.flatMap((t) => terms(db, t));
    expect(NAME_TERMS.filter((term) => ftsBefore.includes(term))).toEqual(NAME_TERMS);
    const counts = FTS.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());

    await call(core, 'pdp:anonymise', { dryRun: false });

    const ftsAfter = FTS.flatMap((t) => terms(db, t));
    expect(NAME_TERMS.filter((term) => ftsAfter.includes(term))).toEqual([]);
    expect(ftsAfter).toContain('dihapus');
    // Rows stay searchable by number and text; only the name changed.
    expect(FTS.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())).toEqual(counts);
    expect(db.prepare('SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ?').pluck().get('"rekam" "medis"')).toBe(1);
    expect(found(databaseBytes(core), ERASED_STRINGS)).toEqual([]);
    expect(found(databaseBytes(core), TERM_TAILS)).toEqual([]);
    // Each index still agrees with its rows (the inquiry index was rebuilt by hand).
    const writer = openDatabase(path.join(core.dataDir, 'archive.db'));
    for (const t of FTS) expect(() => writer.prepare(`INSERT INTO ${t} (${t}) VALUES ('integrity-check')`).run()).not.toThrow();
    writer.close();
    // A journalist erased is not matched again by the name or the phone a new inquiry gives.
    const again = await call(core, 'inquiries:create', { receivedAt: '2026-03-10T09:00:00+08:00', channel: 'whatsapp', journalist: RINA, topic: 'Banjir', question: 'Berapa anggaran banjir 2026?', priority: 'biasa' });
    expect(again.journalist).toMatchObject({ name: RINA.name, phone: RINA.phone });
    expect(again.journalist.id).not.toBe(1);
  });

  it('writes one audit entry per run with the counts and the cutoff, and keeps the chain whole', async () => {
    const { core } = await past();
    const first = await call(core, 'pdp:anonymise', { dryRun: false });
    const second = await call(core, 'pdp:anonymise', { dryRun: false });
    const runs = auditRows(core).filter((r) => r.action === 'pdp.anonymise');
    expect(runs).toHaveLength(2);
    expect(JSON.parse(runs[0]!.data)).toEqual({
      years: 1, today: '2026-03-10', cutoff: '2025-03-10', requestIds: [1, 2], objectionIds: [], journalistIds: [1],
      counts: { requests: 2, requesters: 2, objections: 1, disputes: 1, letters: 3, journalists: 1, inquiries: 1, objectionsWithoutRequest: 0 },
    });
    // The second run finds nothing left to do, and says so in its own entry.
    expect(second.cases).toEqual([]);
    expect(JSON.parse(runs[1]!.data)).toMatchObject({ requestIds: [], counts: { requests: 0, journalists: 0 } });
    expect(first.auditSeq).toBeLessThan(second.auditSeq!);
    expect(verifyAuditChain(readDb(core))).toMatchObject({ ok: true });
    // The audit log never held the identity in the first place.
    expect(found(Buffer.from(JSON.stringify(auditRows(core))), ERASED_STRINGS.filter((s) => s !== RINA.phone))).toEqual([]);
  });

  it('refuses to reveal an erased NIK and to export an erased requester', async () => {
    const { core, ids } = await past();
    await call(core, 'pdp:anonymise', { dryRun: false });
    const reveal = await core.handle('requests:revealNik', { id: ids.zulaikha, reason: 'verifikasi identitas di loket' });
    expect(reveal).toMatchObject({ ok: false, error: { code: 'precondition', message: expect.stringMatching(/sudah dianonimkan/) as string } });
    const requesterId = (await call(core, 'requests:get', { id: ids.zulaikha })).requester.id;
    expect(await core.handle('pdp:export', { requesterId, format: 'json' })).toMatchObject({ ok: false, error: { code: 'precondition' } });
    expect(await core.handle('pdp:export', { nik: ZULAIKHA.idNumber, format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
