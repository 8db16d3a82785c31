// An objection filed without a request (UU KIP Ps 35(1) huruf b, migration 014) names its objector
// on a requesters row of its own. The retention job (UU 27/2022 Ps 44(1) huruf a) erases that
// objector once the objection's retention has passed, as it does a requester's, and the subject's
// copy of their data (Ps 7) includes the objection.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { auditRows, readDb } from '../../../helpers/requests';
import { databaseBytes, found } from './scenario';

/** Answered (refused) on 10 April 2024: past a 1-year retention in March 2026. */
const MARGARETHA = {
  name: 'Margaretha Simanjuntak',
  idType: 'nik' as const,
  idNumber: '6472014107900005',
  address: 'Jl. Kakap Gang Teratai No. 41, Samarinda',
  phone: '0813-5151-7272',
  email: 'margaretha.s@contoh.id',
  occupation: 'Dosen',
  proxyName: 'Theodorus Hutapea',
};
/** Answered on 20 May 2025: within a 1-year retention in March 2026. */
const KORNELIUS = {
  name: 'Kornelius Manurung',
  idType: 'nik' as const,
  idNumber: '6471021506850006',
  address: 'Jl. Belida Blok C No. 12, Balikpapan',
  phone: '0852-6060-1818',
  email: '',
  occupation: 'Wiraswasta',
  proxyName: '',
};
const INFORMATION = 'Laporan keuangan Dinas Kominfo tahun anggaran 2023 (informasi berkala, UU KIP Pasal 9)';

async function fileB(core: Core, objector: typeof MARGARETHA, registeredAt: string) {
  return call(core, 'objections:create', {
    grounds: ['b'],
    objector,
    information: INFORMATION,
    purpose: 'Bahan penelitian anggaran daerah',
    caseSummary: 'Laporan keuangan belum diumumkan di situs PPID.',
    registeredAt,
  });
}

async function scenario() {
  const clock = fixedClock('2024-03-13T03:00:00Z');
  const core = testCore({ clock });
  await call(core, 'settings:saveProfile', validProfile);
  const old = await fileB(core, MARGARETHA, '2024-03-13T10:00:00+08:00');
  const receipt = await call(core, 'letters:issue', { caseKind: 'objection', caseId: old.id, type: 'keberatan-tanda-bukti' });
  clock.set('2024-04-10T03:00:00Z');
  await call(core, 'objections:decide', { id: old.id, decision: 'ditolak', reason: 'Laporan sudah diumumkan di papan pengumuman.', answerDate: '2024-04-10' });
  clock.set('2025-05-05T03:00:00Z');
  const recent = await fileB(core, KORNELIUS, '2025-05-05T10:00:00+08:00');
  clock.set('2025-05-20T03:00:00Z');
  await call(core, 'objections:decide', { id: recent.id, decision: 'ditolak', reason: 'Laporan sudah diumumkan di laman.', answerDate: '2025-05-20' });
  clock.set('2026-03-10T02:00:00Z');
  await call(core, 'pdp:setRetention', { years: 1 });
  return { core, old, recent, receipt };
}

const objector = (core: Core, objectionId: number) =>
  readDb(core)
    .prepare('SELECT q.name, q.id_number, q.address, q.phone, q.email, q.anonymised_at, o.proxy_name, o.information FROM objections o JOIN requesters q ON q.id = o.requester_id WHERE o.id = ?')
    .get(objectionId) as Record<string, string | null>;

describe('pdp:anonymise, objections without a request', () => {
  it('erases the objector of an objection past retention, with its audit entry, and leaves a recent one', async () => {
    const { core, old, recent, receipt } = await scenario();
    const preview = await call(core, 'pdp:anonymise', { dryRun: true });
    expect(preview.objectionsWithoutRequest).toEqual([{ objectionId: old.id, number: old.number, closedOn: '2024-04-10', disputes: 0 }]);
    expect(preview.counts).toMatchObject({ requests: 0, requesters: 1, objections: 1, letters: 1, objectionsWithoutRequest: 1 });

    const report = await call(core, 'pdp:anonymise', { dryRun: false });
    expect(report.objectionsWithoutRequest.map((o) => o.number)).toEqual([old.number]);
    expect(objector(core, old.id)).toMatchObject({
      name: '[dihapus]',
      id_number: '0000000000000000',
      address: '[dihapus]',
      phone: '[dihapus]',
      email: '[dihapus]',
      proxy_name: '[dihapus]',
      anonymised_at: '2026-03-10T02:00:00.000Z',
      // What the registers and the annual report count stays.
      information: INFORMATION,
    });
    // The receipt's stored snapshot loses the objector too.
    const letter = readDb(core).prepare('SELECT data FROM letters WHERE id = ?').pluck().get(receipt.id) as string;
    expect(letter).not.toContain(MARGARETHA.name);
    expect(letter).not.toContain(MARGARETHA.address);

    const entry = auditRows(core).find((r) => r.action === 'pdp.anonymise')!;
    expect(JSON.parse(entry.data)).toMatchObject({ years: 1, cutoff: '2025-03-10', objectionIds: [old.id], requestIds: [] });
    expect(report.auditSeq).not.toBeNull();
    const detail = await call(core, 'objections:get', { id: old.id });
    expect(JSON.stringify(detail)).not.toContain(MARGARETHA.name);
    // Nothing of the person is left in the file (the search index included), and a search finds nobody.
    expect(found(databaseBytes(core), [MARGARETHA.name, 'Simanjuntak', MARGARETHA.idNumber, MARGARETHA.phone, MARGARETHA.proxyName])).toEqual([]);

    // Answered in May 2025: within its year, untouched.
    expect(objector(core, recent.id)).toMatchObject({ name: KORNELIUS.name, id_number: KORNELIUS.idNumber, anonymised_at: null });
    // A second run finds nothing more.
    expect((await call(core, 'pdp:anonymise', { dryRun: true })).objectionsWithoutRequest).toEqual([]);
  });

  it('keeps the objector while the Atasan’s order to release the information is not yet carried out', async () => {
    const clock = fixedClock('2024-03-13T03:00:00Z');
    const core = testCore({ clock });
    await call(core, 'settings:saveProfile', validProfile);
    const o = await fileB(core, MARGARETHA, '2024-03-13T10:00:00+08:00');
    clock.set('2024-04-10T03:00:00Z');
    await call(core, 'objections:decide', { id: o.id, decision: 'dikabulkan', reason: 'Informasi berkala wajib diumumkan.', answerDate: '2024-04-10', releaseBy: '2024-04-17' });
    clock.set('2026-03-10T02:00:00Z');
    await call(core, 'pdp:setRetention', { years: 1 });
    expect((await call(core, 'pdp:anonymise', { dryRun: true })).objectionsWithoutRequest).toEqual([]);
  });
});

describe('pdp:export, objections without a request', () => {
  it('finds the objection by the objector’s NIK, with its letter and timeline', async () => {
    const { core, old } = await scenario();
    const out = await call(core, 'pdp:export', { nik: MARGARETHA.idNumber, format: 'json' });
    expect(out.filename).toBe(`data-pribadi-${old.number.replace(/\//g, '-')}.json`);
    expect(out.counts).toMatchObject({ requesters: 1, requests: 0, objections: 1, letters: 1 });
    const doc = JSON.parse(Buffer.from(out.base64, 'base64').toString('utf8')) as {
      requesters: Array<{ name: string }>;
      objections: Array<{ number: string; requestNumber: string; information: string; status: string }>;
      letters: Array<{ type: string; objectionNumber: string }>;
      events: Array<{ objectionNumber: string; action: string }>;
      audit: Array<{ action: string; entity: string }>;
    };
    expect(doc.requesters.map((q) => q.name)).toEqual([MARGARETHA.name]);
    expect(doc.objections).toMatchObject([{ number: old.number, requestNumber: '', information: INFORMATION, status: 'answered' }]);
    expect(doc.letters).toMatchObject([{ type: 'keberatan-tanda-bukti', objectionNumber: old.number }]);
    expect(doc.events.map((e) => e.action)).toContain('objection_created');
    expect(doc.events.every((e) => e.objectionNumber === old.number)).toBe(true);
    expect(doc.audit.map((a) => a.action)).toContain('objection.create');
    // The export is noted on the objection's own timeline and audited with it.
    const note = readDb(core).prepare("SELECT note FROM request_events WHERE subject_kind = 'objection' AND subject_id = ? AND action = 'pdp_exported'").pluck().get(old.id);
    expect(note).toMatch(/UU 27\/2022 Pasal 7/);
    expect(JSON.parse(auditRows(core).find((r) => r.action === 'pdp.export')!.data)).toMatchObject({ objectionIds: [old.id], requestIds: [] });
    // The PDF copy renders it too.
    const pdf = await call(core, 'pdp:export', { nik: MARGARETHA.idNumber, format: 'pdf' });
    expect(pdf.counts.objections).toBe(1);
  });
});
