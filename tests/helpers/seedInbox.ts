// Bulk seed of a realistic archive for the query-plan test and the inbox benchmark: requests spread
// over ~3 years before `now`, most of them closed, recent ones open in every status, some old ones
// forgotten (overdue); objections on answered requests; a few disputes. One transaction, prepared
// statements, due dates computed with the real clocks (memoised per local date). No vitest import.
import { createCalendar, SHIPPED_CALENDAR } from '../../shared/domain/calendar';
import { computeDeadline } from '../../shared/domain/clocks';
import { formatNumber } from '../../shared/domain/requests/numbering';
import type { Db } from '../../electron/core/db/connection';
import { kiDeadlines } from '../../electron/core/calendar/clocks';

export interface SeedOptions {
  requests: number;
  objections: number;
  disputes?: number;
  /** Press inquiries (hour clocks), spread over the span; those of the last two days are open. */
  inquiries?: number;
  /** The benchmark's "now"; everything is received before it. */
  now: string;
  /** How far back receipts go, in days. */
  spanDays?: number;
  seed?: number;
}

const FIRST = ['Siti', 'Budi', 'Ahmad', 'Dewi', 'Rina', 'Agus', 'Nur', 'Eko', 'Sri', 'Hendra', 'Yuliana', 'Rahmat', 'Fitri', 'Andi', 'Wahyu', 'Putri', 'Muhammad', 'Lestari', 'Joko', 'Ratna'];
const LAST = ['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Rahmawati', 'Kusuma', 'Pratama', 'Siregar', 'Nasution', 'Hasibuan', 'Lubis', 'Sembiring', 'Gunawan', 'Halim', 'Setiawan', 'Tanjung', 'Purba', 'Simanjuntak', 'Daeng', 'Aritonang'];
const TOPICS = ['Dokumen Pelaksanaan Anggaran', 'laporan realisasi anggaran', 'daftar pengadaan barang dan jasa', 'izin lingkungan tambang batubara', 'data penerima bantuan sosial', 'rencana tata ruang wilayah', 'laporan keuangan BUMD', 'hasil audit BPK', 'kontrak pembangunan jalan', 'data kualitas air sungai Mahakam'];
const UNITS = ['Sekretariat', 'Bidang Anggaran', 'Bidang Aset', 'Bidang Perizinan', 'Bidang Informasi Publik'];
const OFFICERS = ['Rina', 'Andi', 'Maya', 'Yusuf'];
const CHANNELS = ['langsung', 'surat', 'email', 'website', 'whatsapp'];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export function seedInbox(db: Db, opts: SeedOptions): { requests: number; objections: number; disputes: number; openRequests: number; openInquiries: number } {
  const r = rng(opts.seed ?? 20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const cal = createCalendar(SHIPPED_CALENDAR);
  const nowMs = Date.parse(opts.now);
  const spanMs = (opts.spanDays ?? 1050) * 86_400_000;
  const at = new Date(nowMs).toISOString();
  const dueMemo = new Map<string, { due: string; local: string }>();
  const deadline = (clock: 'request' | 'objection-answer', iso: string) => {
    // Same local date and same side of the cutoff → same due date.
    const local = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
    const key = `${clock}|${local.slice(0, 10)}|${local.slice(11, 16) < '16:00'}`;
    let hit = dueMemo.get(key);
    if (!hit) {
      const result = computeDeadline({ clock, from: iso, zone: 'Asia/Makassar', cutoff: '16:00' }, cal);
      dueMemo.set(key, (hit = { due: result.due, local: result.receivedLocalDate }));
    }
    return hit;
  };

  const receipts = Array.from({ length: opts.requests }, () => {
    // Office hours 07:30-17:00 WITA = 23:30-09:00 UTC, on a random day of the span.
    const dayStart = nowMs - Math.floor(r() * spanMs / 86_400_000) * 86_400_000;
    const t = Math.min(nowMs - 60_000, dayStart - ((nowMs / 3_600_000) % 24) * 3_600_000 - 30 * 60_000 + Math.floor(r() * 9.5 * 3_600_000));
    return new Date(t).toISOString();
  }).sort();

  const insRequester = db.prepare(
    `INSERT INTO requesters (name, id_type, id_number, address, phone, email, occupation, proxy_name, created_at)
     VALUES (?, 'nik', ?, ?, ?, ?, ?, '', ?)`,
  );
  const insRequest = db.prepare(
    `INSERT INTO requests (number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, unit, officer, status, waiting_reason, waiting_from, due_date, calendar_version,
       zone, cutoff, extended_due_date, extension_reason, decision, held_status, notice_date, closed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '["salinan_softcopy"]', 'email', ?, ?, ?, ?, ?, ?, ?, 'Asia/Makassar', '16:00', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insObjection = db.prepare(
    `INSERT INTO objections (number, year, seq, request_id, grounds, case_summary, registered_at, registered_local, atasan_due,
       calendar_version, zone, cutoff, status, decision, answer_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, '["c"]', ?, ?, ?, ?, ?, 'Asia/Makassar', '16:00', ?, ?, ?, ?, ?)`,
  );
  const insDispute = db.prepare(
    `INSERT INTO disputes (objection_id, request_id, ki_register_number, filed_date, window_start, window_due, filed_late,
       ki_start_due, ki_settle_due, calendar_version, zone, status, recorded_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'Asia/Makassar', ?, ?, ?, ?)`,
  );

  const seqByYear = new Map<number, number>();
  const answered: { id: number; receivedAt: string }[] = [];
  let openRequests = 0;
  let objections = 0;
  let disputes = 0;
  let openInquiries = 0;
  db.transaction(() => {
    receipts.forEach((receivedAt, i) => {
      const { due, local } = deadline('request', receivedAt);
      const year = Number(local.slice(0, 4));
      const seq = (seqByYear.get(year) ?? 0) + 1;
      seqByYear.set(year, seq);
      const number = formatNumber('{seq}/PPID/{roman_month}/{year}', 3, { seq, year, month: Number(local.slice(5, 7)), unit: '' });
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      const nik = `6472${String(1 + Math.floor(r() * 9)).padStart(2, '0')}${String(1 + Math.floor(r() * 28)).padStart(2, '0')}0${1 + Math.floor(r() * 9)}${String(60 + Math.floor(r() * 40))}${String(1 + (i % 9999)).padStart(4, '0')}`;
      const requesterId = Number(insRequester.run(name, nik, `Jl. Contoh No. ${i % 200}, Samarinda`, '0812-0000-0000', '', 'Warga', at).lastInsertRowid);
      const ageDays = (nowMs - Date.parse(receivedAt)) / 86_400_000;
      const x = r();
      // Recent receipts are open in every status; older ones are mostly closed, a few forgotten.
      let status: string;
      if (ageDays < 40) status = x < 0.2 ? 'registered' : x < 0.55 ? 'in_process' : x < 0.65 ? 'extended' : x < 0.75 ? 'waiting_requester' : x < 0.95 ? 'answered' : 'done';
      else status = x < 0.03 ? 'in_process' : x < 0.04 ? 'answered' : x < 0.95 ? 'done' : 'withdrawn';
      const extended = status === 'extended' ? computeDeadline({ clock: 'extension', from: due }, cal).due : null;
      const decided = status === 'answered' || status === 'done';
      if (!['done', 'withdrawn'].includes(status)) openRequests += 1;
      const id = Number(
        insRequest.run(
          number, year, seq, requesterId, receivedAt, local, pick(CHANNELS),
          `Salinan ${pick(TOPICS)} tahun ${year - 1} untuk wilayah ${pick(['Samarinda', 'Balikpapan', 'Bontang', 'Kutai Kartanegara', 'Berau'])}`,
          'Kajian dan pengawasan publik', pick(UNITS), pick(OFFICERS), status,
          status === 'waiting_requester' ? 'kelengkapan' : null, status === 'waiting_requester' ? 'in_process' : null,
          due, SHIPPED_CALENDAR.version, extended, extended ? 'Dokumen di unit lain' : null,
          decided ? pick(['diterima_seluruhnya', 'diterima_sebagian', 'ditolak']) : null, decided ? 'dikuasai' : null,
          decided ? due : null, status === 'done' || status === 'withdrawn' ? at : null, at, at,
        ).lastInsertRowid,
      );
      if (decided) answered.push({ id, receivedAt });
    });

    const objectionSeq = new Map<number, number>();
    for (let i = 0; i < opts.objections && answered.length > 0; i++) {
      const target = answered[Math.floor(r() * answered.length)]!;
      const registeredMs = Math.min(nowMs - 60_000, Date.parse(target.receivedAt) + (15 + Math.floor(r() * 20)) * 86_400_000);
      const registeredAt = new Date(registeredMs).toISOString();
      const { due, local } = deadline('objection-answer', registeredAt);
      const year = Number(local.slice(0, 4));
      const seq = (objectionSeq.get(year) ?? 0) + 1;
      objectionSeq.set(year, seq);
      const open = nowMs - registeredMs < 45 * 86_400_000 ? r() < 0.7 : r() < 0.02;
      const id = Number(
        insObjection.run(
          `${String(seq).padStart(3, '0')}/KEB/PPID/${year}`, year, seq, target.id, 'Permohonan tidak ditanggapi sebagaimana diminta',
          registeredAt, local, due, SHIPPED_CALENDAR.version, open ? 'registered' : 'answered', open ? null : 'ditolak', open ? null : due, at, at,
        ).lastInsertRowid,
      );
      objections += 1;
      if (!open && disputes < (opts.disputes ?? 0)) {
        // Filed on the last day of the Ps 37(2) window; the KI's dates of Ps 38 from the filing.
        const window = computeDeadline({ clock: 'dispute', from: due }, cal).due;
        const ki = kiDeadlines(window, cal);
        const status = pick(['filed', 'mediation', 'adjudication', 'withdrawn']);
        insDispute.run(id, target.id, `${disputes + 1}/REG-PSI/${year}`, window, due, window, ki.start, ki.settle, SHIPPED_CALENDAR.version, status, at, at, at);
        disputes += 1;
      }
    }
    openInquiries = seedInquiries(db, opts.inquiries ?? 0, nowMs, Math.min(spanMs, 365 * 86_400_000), r, at);
  }).immediate();
  return { requests: opts.requests, objections, disputes, openRequests, openInquiries };
}

const HOUR = 3_600_000;

/** Inquiries with hour clocks; open when received within the last two days. Inside the caller's transaction. */
function seedInquiries(db: Db, count: number, nowMs: number, spanMs: number, r: () => number, at: string): number {
  if (count === 0) return 0;
  const outlets = ['Kaltim Post', 'Tribun Kaltim', 'TVRI Kaltim', 'RRI Samarinda', 'Kompas.com'];
  const insOutlet = db.prepare("INSERT INTO outlets (name, name_key, type, created_at) VALUES (?, ?, 'online', ?)");
  const insJournalist = db.prepare('INSERT INTO journalists (name, name_key, outlet_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const journalists = outlets.flatMap((name, i) => {
    const outletId = Number(insOutlet.run(name, name.toLowerCase(), at).lastInsertRowid);
    return [0, 1, 2].map((k) => ({ id: Number(insJournalist.run(`Wartawan ${i}-${k}`, `wartawan ${i} ${k}`, outletId, at, at).lastInsertRowid), outletId }));
  });
  const ins = db.prepare(
    `INSERT INTO inquiries (number, year, seq, journalist_id, outlet_id, channel, received_at, topic, question, priority, answer_format,
       record_mode, status, ack_due_at, answer_due_at, clock_hours, zone, due_at, due_local, answer, approved_by, answered_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'whatsapp', ?, ?, 'Pertanyaan', ?, 'tertulis', 'on_record', ?, ?, ?, '{}', 'Asia/Makassar', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const receipts = Array.from({ length: count }, () => nowMs - 60_000 - Math.floor(r() * spanMs)).sort((a, b) => a - b);
  const seqByYear = new Map<number, number>();
  let open = 0;
  for (const ms of receipts) {
    const j = journalists[Math.floor(r() * journalists.length)]!;
    const priority = r() < 0.1 ? 'krisis' : r() < 0.4 ? 'mendesak' : 'biasa';
    const hours = priority === 'krisis' ? 2 : priority === 'mendesak' ? 4 : 24;
    const isOpen = nowMs - ms < 2 * 24 * HOUR && r() < 0.7;
    const status = isOpen ? (r() < 0.5 ? 'baru' : 'ditugaskan') : 'selesai';
    const ack = ms + HOUR;
    const answerDue = ms + hours * HOUR;
    const due = status === 'baru' ? ack : answerDue;
    const local = new Date(due + 8 * HOUR).toISOString().slice(0, 10);
    const year = Number(new Date(ms + 8 * HOUR).toISOString().slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const iso = (t: number) => new Date(t).toISOString();
    ins.run(
      `${String(seq).padStart(3, '0')}/MEDIA/${year}`, year, seq, j.id, j.outletId, iso(ms), `Topik ${seq}`, priority, status,
      iso(ack), iso(answerDue), iso(due), local, isOpen ? '' : 'Jawaban', isOpen ? null : 'Humas', isOpen ? null : iso(answerDue - HOUR), at, at,
    );
    if (isOpen) open += 1;
  }
  return open;
}
