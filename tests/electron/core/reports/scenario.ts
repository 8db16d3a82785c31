// A year of cases seeded through the services, in time order with the app clock moved to each
// step (so every event, extension and withdrawal carries its true time): requests received all
// through 2026 (after hours, on days off and around the 2026 holidays), granted, partly granted or
// refused on each kind of ground, extended, late, withdrawn (one reopened and withdrawn again),
// answered in January 2027; objections on several grounds answered in and out of time or withdrawn;
// disputes with each outcome and one in court; inquiries of each priority answered in and out of
// their hours; a few archive documents, one of whose reviews was done. No vitest import.
import { addWorkingDays, createCalendar, SHIPPED_CALENDAR } from '../../../../shared/domain/calendar';
import { computeDeadline } from '../../../../shared/domain/clocks';
import { REQUEST_CHANNELS } from '../../../../shared/domain/requests/fields';
import type { Core } from '../../../../electron/core';
import type { Input } from '../../../../shared/ipc/contract';
import { call } from '../../../helpers/core';
import { NIK_BUDI, NIK_SITI, requestInput } from '../../../helpers/requestInput';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { openDatabase } from '../../../../electron/core/db/connection';
import path from 'node:path';

const cal = createCalendar(SHIPPED_CALENDAR);
const wd = (date: string, n: number) => addWorkingDays(date, n, cal);
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00+08:00`);

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

type Step = { at: number; run: () => Promise<void> };

const CONSEQUENCE = 'Membuka informasi ini merugikan kepentingan yang dilindungi lebih besar daripada manfaatnya.';
type Answer = Omit<Extract<Input<'requests:transition'>, { to: 'answered' }>, 'id' | 'noticeDate'>;
const ANSWERS: Answer[] = [
  { to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' },
  { to: 'answered', decision: 'diterima_sebagian', heldStatus: 'dikuasai', refusalPs17: ['h'], consequenceTest: CONSEQUENCE },
  { to: 'answered', decision: 'ditolak', heldStatus: 'dikuasai', refusalPs17: ['a', 'i'], consequenceTest: CONSEQUENCE },
  { to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' },
  { to: 'answered', decision: 'ditolak', heldStatus: 'dikuasai', refusalPs17: ['j'], refusalOtherLaw: 'UU 27/2022 Pasal 4', consequenceTest: CONSEQUENCE },
  { to: 'answered', decision: 'ditolak', heldStatus: 'dikuasai', refusalPs17: [], refusalOtherLaw: 'UU 43/2009 Pasal 44', consequenceTest: CONSEQUENCE },
  { to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai' },
  { to: 'answered', decision: 'ditolak', heldStatus: 'dikuasai_badan_lain', heldBy: 'BPN Kota Samarinda' },
  { to: 'answered', decision: 'ditolak', heldStatus: 'belum_didokumentasikan' },
  { to: 'answered', decision: 'diterima_sebagian', heldStatus: 'dikuasai', refusalPs17: ['g', 'h'], consequenceTest: CONSEQUENCE },
];

export async function seedYear(core: Core, clock: { set(iso: string): void }, opts: { requests?: number; seed?: number } = {}): Promise<void> {
  const r = rng(opts.seed ?? 12);
  const queue: Step[] = [];
  const later = (ms: number, run: () => Promise<void>) => void queue.push({ at: ms, run });
  const n = opts.requests ?? 130;
  const decided: { id: number; notice: string }[] = [];

  for (let i = 0; i < n; i++) {
    // Receipts spread over 2026, some on days off and some after the 16:00 cutoff.
    const dayOfYear = Math.floor(r() * 360);
    const date = new Date(Date.UTC(2026, 0, 2 + dayOfYear)).toISOString().slice(0, 10);
    const hour = 7 + Math.floor(r() * 11);
    const time = `${String(hour).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
    const receivedMs = at(date, time);
    const receivedAt = `${date}T${time}:00+08:00`;
    const day0 = computeDeadline({ clock: 'request', from: receivedAt }, cal).effectiveStart;
    const x = r();
    const plan = i === 7 ? 'reopen' : x < 0.1 ? 'withdraw' : x < 0.2 ? 'extend' : x < 0.3 ? 'late' : date >= '2026-11-20' && x < 0.45 ? 'open' : 'answer';
    const answer = ANSWERS[i % ANSWERS.length]!;
    const badan = i % 5 === 3;
    let id = 0;
    later(receivedMs + 60_000, async () => {
      const created = await call(core, 'requests:create', requestInput({
        receivedAt,
        channel: REQUEST_CHANNELS[i % REQUEST_CHANNELS.length]!,
        unit: ['', 'Bidang Anggaran', 'Sekretariat', 'Bidang Aset'][i % 4]!,
        requester: badan
          ? { name: `Yayasan Bumi Etam ${i}`, idType: 'badan_hukum', idNumber: `AHU-00${i}.AH.01.04.2020` }
          : { name: `Pemohon ${i}`, idNumber: i % 2 ? NIK_SITI : NIK_BUDI },
      }));
      id = created.id;
    });
    later(receivedMs + 120_000, async () => void (await call(core, 'requests:transition', { id, to: 'in_process', note: '' })));
    const answerAt = (k: number) => {
      const notice = wd(day0, k);
      later(at(notice, '10:00'), async () => {
        await call(core, 'requests:transition', { id, ...answer, noticeDate: notice } as Input<'requests:transition'>);
        decided.push({ id, notice });
      });
    };
    if (plan === 'answer') answerAt(1 + Math.floor(r() * 10));
    if (plan === 'late') answerAt(11 + Math.floor(r() * 5));
    if (plan === 'extend') {
      later(at(wd(day0, 5), '09:00'), async () => void (await call(core, 'requests:transition', { id, to: 'extended', reason: 'Dokumen berada di unit lain' })));
      answerAt(r() < 0.5 ? 12 + Math.floor(r() * 5) : 18 + Math.floor(r() * 3));
    }
    if (plan === 'withdraw' || plan === 'reopen') {
      later(at(wd(day0, 3), '11:00'), async () => void (await call(core, 'requests:transition', { id, to: 'withdrawn', note: 'Surat penarikan pemohon' })));
    }
    if (plan === 'reopen') {
      // Withdrawn, reopened a month later, answered, withdrawn again (fee unpaid) the month after.
      later(at(wd(day0, 25), '09:00'), async () => void (await call(core, 'requests:reopen', { id, reason: 'Penarikan dicatat keliru' })));
      answerAt(27);
      later(at(wd(day0, 28), '09:00'), async () => void (await call(core, 'requests:transition', { id, to: 'waiting_requester', waitingReason: 'biaya', note: 'Menunggu pembayaran biaya salinan' })));
      later(at(wd(day0, 45), '09:00'), async () => void (await call(core, 'requests:transition', { id, to: 'withdrawn', note: 'Biaya tidak dibayar' })));
    }
  }

  // One received in December, answered in January 2027 (the notice date counts, not the receipt).
  let december = 0;
  later(at('2026-12-22', '15:00'), async () => void (december = (await call(core, 'requests:create', requestInput({ receivedAt: '2026-12-22T14:59:00+08:00', channel: 'email' }))).id));
  later(at('2026-12-23', '08:00'), async () => void (await call(core, 'requests:transition', { id: december, to: 'in_process', note: '' })));
  later(at('2027-01-06', '10:00'), async () => void (await call(core, 'requests:transition', { id: december, to: 'answered', decision: 'diterima_seluruhnya', heldStatus: 'dikuasai', noticeDate: '2027-01-06' })));

  // Objections, disputes and inquiries are planned once their requests exist: run the queue.
  const run = async () => {
    while (queue.length > 0) {
      queue.sort((a, b) => a.at - b.at);
      const step = queue.shift()!;
      clock.set(new Date(step.at).toISOString());
      await step.run();
    }
  };
  await run();

  // Objections on half of the decided requests.
  let k = 0;
  for (const d of decided.filter((_, j) => j % 2 === 0)) {
    const i = k++;
    const regDate = wd(d.notice, 3 + (i % 15));
    // The 30-working-day clock must stay inside the calendar's years (2026 is the last one shipped).
    if (regDate > '2026-09-30') continue;
    const registeredAt = `${regDate}T${i % 4 === 0 ? '16:30' : '10:00'}:00+08:00`;
    const grounds = (['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const).filter((_, g) => g === i % 7 || g === (i * 3) % 7);
    let oid = 0;
    later(at(regDate, '17:00'), async () => void (oid = (await call(core, 'objections:create', { requestId: d.id, grounds: [...grounds], caseSummary: `Keberatan ${i}`, registeredAt })).id));
    const mode = i % 5;
    if (mode === 4) later(at(wd(regDate, 4), '10:00'), async () => void (await call(core, 'objections:withdraw', { id: oid, reason: 'Pemohon menarik keberatan' })));
    else if (mode !== 3) {
      // In time (about 20 working days) or late (about 35).
      const answerDate = wd(regDate, mode === 2 ? 34 + (i % 4) : 8 + i);
      const decision = (['dikabulkan', 'dikabulkan_sebagian', 'ditolak'] as const)[i % 3]!;
      later(at(answerDate, '11:00'), async () => {
        await call(core, 'objections:decide', { id: oid, decision, reason: 'Pertimbangan atasan', answerDate, atasanName: 'Sekda', atasanPosition: 'Atasan PPID' });
        planDispute(i, oid, answerDate);
      });
    }
  }
  const OUTCOMES = ['mediation_agreed', 'adjudication_granted', 'adjudication_refused', 'adjudication_granted_partly', 'gugur'] as const;
  let disputes = 0;
  const planDispute = (i: number, objectionId: number, answerDate: string) => {
    const filed = wd(answerDate, 5);
    if (filed > '2026-08-10') return;
    const mode = disputes++ % 7;
    let did = 0;
    later(at(filed, '12:00'), async () => void (did = (await call(core, 'disputes:create', { objectionId, filedDate: filed })).id));
    if (mode === 5) later(at(wd(filed, 10), '12:00'), async () => void (await call(core, 'disputes:update', { id: did, status: 'withdrawn' })));
    else if (mode !== 6) {
      const kind = OUTCOMES[mode]!;
      const outcomeDate = wd(filed, 20 + i);
      later(at(outcomeDate, '13:00'), async () => {
        await call(core, 'disputes:update', { id: did, status: 'decided', outcomeKind: kind, outcomeDate });
        if (kind === 'adjudication_refused') await call(core, 'disputes:update', { id: did, courtStage: 'ptun' });
      });
    }
  };

  // Inquiries of each priority, answered in time, late, or not at all.
  for (let i = 0; i < 40; i++) {
    const date = new Date(Date.UTC(2026, 0, 3 + Math.floor(r() * 362))).toISOString().slice(0, 10);
    const receivedMs = at(date, `${String(8 + (i % 9)).padStart(2, '0')}:15`);
    const priority = (['biasa', 'mendesak', 'krisis'] as const)[i % 3]!;
    later(receivedMs + 60_000, async () => {
      const inq = await call(core, 'inquiries:create', inquiryInput({ receivedAt: new Date(receivedMs).toISOString(), priority, topic: `Topik ${i}` }));
      if (i % 6 === 5) return;
      const due = Date.parse(inq.answerDueAt);
      const answerMs = i % 4 === 1 ? due + 2 * 3_600_000 : due - 20 * 60_000;
      later(Math.max(receivedMs + 120_000, answerMs - 120_000), async () => {
        await call(core, 'inquiries:move', { id: inq.id, to: 'ditugaskan', spokesperson: 'Kepala Biro Humas' });
        await call(core, 'inquiries:move', { id: inq.id, to: 'menunggu_persetujuan', answer: 'Jawaban tertulis.' });
      });
      later(Math.max(receivedMs + 180_000, answerMs), async () => void (await call(core, 'inquiries:move', { id: inq.id, to: 'dijawab' })));
    });
  }
  await run();

  // A few archive documents (inserted as imported), classified through the service; one exempt
  // document's review is done (its review date moved) in May.
  const db = openDatabase(path.join(core.dataDir, 'archive.db'));
  const docs = ['berkala', 'berkala', 'setiap_saat', 'serta_merta', 'dikecualikan', 'dikecualikan', null] as const;
  const ids = docs.map((_, i) => {
    const sha = String(i).repeat(64).slice(0, 64);
    db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'application/pdf', '2026-01-05T01:00:00.000Z')").run(sha);
    return Number(db.prepare("INSERT INTO archive_documents (sha256, file_name, file_type, mime_type, size, imported_at, title, updated_at) VALUES (?, ?, 'pdf', 'application/pdf', 1, '2026-01-05T01:00:00.000Z', ?, 'x')").run(sha, `d${i}.pdf`, `Dokumen ${i}`).lastInsertRowid);
  });
  db.close();
  const exempt = (reviewDate: string) => ({ exemptionLetter: 'h' as const, exemptionLaw: 'UU 27/2022', consequenceTest: CONSEQUENCE, exemptionYears: 5, decreeNumber: 'SK/1/2026', decreeDate: '2026-01-05', reviewDate });
  clock.set('2026-01-10T02:00:00Z');
  for (const [i, category] of docs.entries()) {
    if (category === null) continue;
    await call(core, 'archive:update', { id: ids[i]!, title: `Dokumen ${i}`, category, ...(category === 'dikecualikan' ? exempt(i === 4 ? '2026-05-01' : '2026-03-01') : {}) });
  }
  clock.set('2026-05-04T02:00:00Z');
  await call(core, 'archive:update', { id: ids[4]!, title: 'Dokumen 4', category: 'dikecualikan', ...exempt('2027-05-01') });
  clock.set('2027-02-01T02:00:00Z');
}
