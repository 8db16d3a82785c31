// Requests for public information (permohonan informasi publik, UU KIP Ps 22): intake, detail,
// status changes, the one extension, the timeline, and the audited reveal of the requester's NIK.
import { z } from '../zod';
import { CONSEQUENCE_STEP_FIELDS, ConsequenceStepsView, consequenceIssues, stepsStarted } from '../consequence';
import { defineChannels } from '../define';
import { ClientKey, Email, ExpectedVersion, Id, Instant, LocalDate, optionalText, Phone, ReceiptInstant, requiredText, Rupiah } from '../fields';
import {
  ACCESS_METHODS,
  DECISIONS,
  DELIVERY_METHODS,
  HELD_STATUSES,
  ID_TYPES,
  PS17_LETTERS,
  REQUEST_CHANNELS,
} from '../../domain/requests/fields';
import { nikProblem, normalizeNik } from '../../domain/requests/nik';
import { REQUEST_STATUSES, WAITING_REASONS } from '../../domain/requests/status';
import { INBOX_STATES } from '../../domain/requests/inboxState';
import { PAYMENT_METHODS } from '../../domain/costs';
import { ACCESSIBILITY_NEEDS } from '../../domain/requests/accessibility';

const list = <T extends readonly string[]>(values: T) => values.join(', ');

/** Cara pembayaran from the list; 'transfer bank' and 'QRIS' as typed are read as their codes. */
const PaymentMethodField = z
  .preprocess(
    (v) => (typeof v === 'string' ? v.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '_') : v),
    z.union([z.literal(''), z.enum(PAYMENT_METHODS)], { error: 'Cara pembayaran harus salah satu dari: tunai, transfer bank, QRIS, lainnya.' }),
  )
  .default('');

/**
 * Perki 1/2010 Ps 27-28: the cost computed from the tariff, as quantities of its items (pages,
 * media); the core prices them with the tariff in force and stores the lines. Given with costRp,
 * the lines win.
 */
const CostItemsField = z
  .array(
    z.object({
      tariffId: Id,
      quantity: z.number({ error: 'Jumlah harus berupa angka.' }).int({ error: 'Jumlah harus bilangan bulat.' }).min(0, { error: 'Jumlah tidak boleh negatif.' }).max(100_000, { error: 'Jumlah terlalu besar.' }),
    }),
    { error: 'Rincian biaya harus berupa daftar.' },
  )
  .max(30, { error: 'Rincian biaya paling banyak 30 baris.' })
  .optional();

export const CostLineView = z.object({
  tariffId: z.number().int().nullable(),
  label: z.string(),
  unit: z.string(),
  priceRp: z.number().int(),
  quantity: z.number().int(),
  subtotalRp: z.number().int(),
});

function isNikCandidate(value: unknown): boolean {
  const v = value as { idType?: unknown; idNumber?: unknown } | null;
  return typeof v === 'object' && v !== null && v.idType === 'nik' && typeof v.idNumber === 'string' && v.idNumber.trim() !== '';
}

export const RequesterInput = z
  .object({
    name: requiredText('Nama pemohon', 120),
    idType: z.enum(ID_TYPES, { error: 'Jenis identitas harus nik (KTP) atau badan_hukum.' }),
    idNumber: requiredText('Nomor identitas', 100),
    address: requiredText('Alamat pemohon', 300, 'multiline'),
    phone: Phone('Nomor telepon pemohon'),
    email: Email('Alamat e-mail pemohon'),
    occupation: optionalText('Pekerjaan pemohon', 120),
    /** A proxy (kuasa) acting for the requester, with a power of attorney. */
    proxyName: optionalText('Nama kuasa pemohon', 120),
  })
  .superRefine(
    (value, ctx) => {
      const problem = nikProblem(value.idNumber);
      if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
    },
    // Checked even when other fields of the form are wrong, so the officer sees every problem at once.
    { when: (payload) => isNikCandidate(payload.value) },
  )
  .transform((value) => (value.idType === 'nik' ? { ...value, idNumber: normalizeNik(value.idNumber) } : value));

export const RequestCreateInput = z
  .object({
    /** When the request reached the office; default now. Never in the future. */
    receivedAt: ReceiptInstant('Waktu diterima').optional(),
    /** When all required data was present (some SOPs count from it); optional. */
    completeAt: Instant('Waktu permohonan lengkap').optional(),
    channel: z.enum(REQUEST_CHANNELS, { error: `Saluran permohonan harus salah satu dari: ${list(REQUEST_CHANNELS)}.` }),
    requester: RequesterInput,
    information: requiredText('Informasi yang diminta', 4000, 'multiline'),
    purpose: requiredText('Tujuan penggunaan informasi', 2000, 'multiline'),
    accessMethod: z
      .array(z.enum(ACCESS_METHODS, { error: `Cara memperoleh informasi harus salah satu dari: ${list(ACCESS_METHODS)}.` }), {
        error: 'Cara memperoleh informasi wajib dipilih (daftar).',
      })
      .min(1, { error: 'Pilih sedikitnya satu cara memperoleh informasi.' })
      .transform((methods) => [...new Set(methods)]),
    deliveryMethod: z.enum(DELIVERY_METHODS, {
      error: `Cara mendapatkan salinan harus salah satu dari: ${list(DELIVERY_METHODS)}.`,
    }),
    unit: optionalText('Unit pengolah', 160),
    officer: optionalText('Petugas', 120),
    /** Perki 1/2021 Ps 24: what the requester needs to use the service (braille, audio, large print, assistance, other). */
    accessibilityNeeds: z
      .array(z.enum(ACCESSIBILITY_NEEDS, { error: `Kebutuhan khusus harus salah satu dari: ${list(ACCESSIBILITY_NEEDS)}.` }), { error: 'Kebutuhan khusus harus berupa daftar.' })
      .default([])
      .transform((needs) => [...new Set(needs)]),
    accessibilityNote: optionalText('Kebutuhan khusus lainnya', 300),
    /** Deliver the information in an accessible format. */
    accessibleFormat: z.boolean({ error: 'Format yang dapat diakses harus ya atau tidak.' }).default(false),
    /** Same key on a retry: the first registration is returned, never a second one. */
    clientKey: ClientKey.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.accessibilityNeeds.includes('lainnya') && value.accessibilityNote === '') {
      ctx.addIssue({ code: 'custom', path: ['accessibilityNote'], message: 'Sebutkan kebutuhan khusus lainnya.' });
    }
    if (value.deliveryMethod === 'email' && value.requester.email === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['requester', 'email'],
        message: 'Alamat e-mail pemohon wajib diisi bila informasi dikirim lewat e-mail.',
      });
    }
  });
export type RequestCreateInput = z.input<typeof RequestCreateInput>;

export const RequesterView = z.object({
  id: z.number().int(),
  name: z.string(),
  idType: z.enum(ID_TYPES),
  /** Only the last 4 characters; the full number needs requests:revealNik (audited). */
  idNumberMasked: z.string(),
  address: z.string(),
  phone: z.string(),
  email: z.string(),
  occupation: z.string(),
  proxyName: z.string(),
});

export const DueStandingView = z.object({
  today: z.string(),
  workingDaysLeft: z.number().int(),
  state: z.enum(INBOX_STATES),
});

export const RequestDetail = z.object({
  id: z.number().int(),
  number: z.string(),
  year: z.number().int(),
  seq: z.number().int(),
  status: z.enum(REQUEST_STATUSES),
  receivedAt: z.string(),
  receivedLocalDate: z.string(),
  completeAt: z.string().nullable(),
  channel: z.enum(REQUEST_CHANNELS),
  requester: RequesterView,
  information: z.string(),
  purpose: z.string(),
  accessMethod: z.array(z.enum(ACCESS_METHODS)),
  deliveryMethod: z.enum(DELIVERY_METHODS),
  unit: z.string(),
  officer: z.string(),
  /** UU KIP Ps 22(7): 10 working days. */
  dueDate: z.string(),
  /** UU KIP Ps 22(8): +7 working days from dueDate, once. */
  extendedDueDate: z.string().nullable(),
  extensionReason: z.string().nullable(),
  /** The due date that counts now: extendedDueDate when extended, else dueDate. */
  currentDueDate: z.string(),
  calendarVersion: z.string(),
  zone: z.string(),
  cutoff: z.string(),
  waitingReason: z.enum(WAITING_REASONS).nullable(),
  waitingFrom: z.enum(REQUEST_STATUSES).nullable(),
  decision: z.enum(DECISIONS).nullable(),
  heldStatus: z.enum(HELD_STATUSES).nullable(),
  heldBy: z.string().nullable(),
  refusalPs17: z.array(z.enum(PS17_LETTERS)),
  refusalOtherLaw: z.string().nullable(),
  consequenceTest: z.string().nullable(),
  /** The refusal's uji konsekuensi in its steps (null: none, or a free-text test from before the steps). */
  consequence: ConsequenceStepsView.nullable(),
  noticeDate: z.string().nullable(),
  deliveredDate: z.string().nullable(),
  costRp: z.number().int().nullable(),
  accessibilityNeeds: z.array(z.enum(ACCESSIBILITY_NEEDS)),
  accessibilityNote: z.string(),
  accessibleFormat: z.boolean(),
  /** The tariff lines the cost was computed from; empty when it was entered as an amount. */
  costItems: z.array(CostLineView),
  paymentMethod: z.string().nullable(),
  /** Null for closed requests (done, withdrawn). */
  standing: DueStandingView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Row version (db/versions.ts): sent back with every change, a stale one is refused. */
  version: z.number().int(),
});
export type RequestDetail = z.infer<typeof RequestDetail>;

const ById = z.object({ id: Id });

/**
 * Why the officer opens the full identity number: every reveal is logged with it (UU 27/2022 PDP;
 * DOMAIN.md "log every reveal"), so "x" or "..." will not do.
 */
export const REVEAL_REASON_MIN = 10;
// Control characters are what the check is about: the rule is deliberate here.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_LONE_SURROGATE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const RevealReason = z
  .string({ error: 'Alasan membuka NIK wajib diisi.' })
  .normalize('NFC')
  .trim()
  .refine((v) => !CONTROL_OR_LONE_SURROGATE.test(v), { error: 'Alasan membuka NIK memuat karakter kendali atau karakter rusak; ketik ulang alasannya.', abort: true })
  .min(REVEAL_REASON_MIN, {
    error: `Tulis alasan membuka NIK, sedikitnya ${REVEAL_REASON_MIN} karakter, mis. "verifikasi identitas pemohon di loket".`,
    abort: true,
  })
  .max(300, { error: 'Alasan membuka NIK paling banyak 300 karakter.' })
  .refine((v) => (v.match(/\p{L}/gu) ?? []).length >= 5, { error: 'Alasan membuka NIK harus berupa kalimat, bukan hanya angka atau tanda baca.' });
const note = optionalText('Catatan', 2000, 'multiline');

const AnswerInput = z
  .object({
    id: Id,
    version: ExpectedVersion,
    to: z.literal('answered'),
    decision: z.enum(DECISIONS, { error: `Keputusan harus salah satu dari: ${list(DECISIONS)}.` }),
    heldStatus: z.enum(HELD_STATUSES, { error: `Penguasaan informasi harus salah satu dari: ${list(HELD_STATUSES)}.` }),
    heldBy: optionalText('Badan publik yang menguasai informasi', 200, 'multiline'),
    refusalPs17: z
      .array(z.enum(PS17_LETTERS, { error: 'Huruf Pasal 17 harus a sampai j.' }))
      .default([])
      .transform((letters) => [...new Set(letters)].sort()),
    refusalOtherLaw: optionalText('Dasar undang-undang lain', 500, 'multiline'),
    /** The test's note; alone (no steps), the whole test as free text, as before the steps existed. */
    consequenceTest: optionalText('Uji konsekuensi', 8000, 'multiline'),
    /** The uji konsekuensi in its steps and the exemption period: the archive's schema (shared/ipc/consequence.ts). */
    ...CONSEQUENCE_STEP_FIELDS,
    /** Date of the written notice (UU KIP Ps 22(7)); default today, office-local. */
    noticeDate: LocalDate('Tanggal pemberitahuan tertulis').optional(),
    costRp: Rupiah.optional(),
    costItems: CostItemsField,
    paymentMethod: PaymentMethodField,
    note,
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.heldStatus === 'dikuasai_badan_lain' && v.heldBy === '') {
      issue('heldBy', 'Sebutkan badan publik yang menguasai informasi (UU KIP Pasal 22 ayat (7) huruf b).');
    }
    // A refusal, or the withheld part of a partial grant, rests on Ps 17 and/or another law, and on
    // the consequence test (UU KIP Ps 2(4), Ps 19); information not held needs neither.
    const withholds = v.decision === 'ditolak' || v.decision === 'diterima_sebagian';
    if (withholds && v.heldStatus === 'dikuasai') {
      if (v.refusalPs17.length === 0 && v.refusalOtherLaw === '') {
        issue('refusalPs17', 'Penolakan wajib menyebut dasar pengecualian: huruf Pasal 17 UU KIP dan/atau undang-undang lain.');
      }
      if (v.refusalPs17.includes('j') && v.refusalOtherLaw === '') {
        issue('refusalOtherLaw', 'Pasal 17 huruf j: sebutkan undang-undang dan pasal yang mengecualikan informasi itu.');
      }
      // The test in its steps (Perki 1/2021 Ps 49(2)) with its period; a free-text test alone is still
      // accepted from callers that predate the steps (the CLI, old clients), as the archive does.
      if (stepsStarted(v)) {
        for (const i of consequenceIssues(v, v.refusalPs17, { noteSuffices: false, needPeriod: true })) issue(i.path, i.message);
      } else if (v.consequenceTest.length < 20) {
        issue('consequenceTest', 'Uraikan uji konsekuensi (UU KIP Pasal 2 ayat (4)): sedikitnya 20 karakter.');
      }
    }
  });

export const TransitionInput = z.discriminatedUnion(
  'to',
  [
    z.object({ id: Id, version: ExpectedVersion, to: z.literal('in_process'), note }),
    z.object({ id: Id, version: ExpectedVersion, to: z.literal('extended'), reason: requiredText('Alasan perpanjangan', 2000, 'multiline') }),
    z.object({
      id: Id,
      version: ExpectedVersion,
      to: z.literal('waiting_requester'),
      waitingReason: z.enum(WAITING_REASONS, { error: 'Alasan menunggu harus kelengkapan atau biaya.' }),
      note: requiredText('Keterangan yang ditunggu dari pemohon', 2000, 'multiline'),
    }),
    AnswerInput,
    z.object({
      id: Id,
      version: ExpectedVersion,
      to: z.literal('done'),
      /** Date the information was handed over; required unless the request was refused. */
      deliveredDate: LocalDate('Tanggal informasi diserahkan').optional(),
      costRp: Rupiah.optional(),
      costItems: CostItemsField,
      paymentMethod: PaymentMethodField,
      note,
    }),
    z.object({ id: Id, version: ExpectedVersion, to: z.literal('withdrawn'), note: requiredText('Alasan penarikan', 2000, 'multiline') }),
  ],
  { error: `Status tujuan (to) harus salah satu dari: in_process, extended, waiting_requester, answered, done, withdrawn.` },
);
export type TransitionInput = z.input<typeof TransitionInput>;

export const TimelineEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subjectKind: z.enum(['request', 'objection', 'dispute']),
  subjectId: z.number().int(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const requestsChannels = defineChannels({
  'requests:create': {
    summary: 'Catat permohonan informasi baru; nomor registrasi dan tenggat 10 hari kerja dihitung otomatis.',
    input: RequestCreateInput,
    output: RequestDetail,
  },
  'requests:get': {
    summary: 'Rincian satu permohonan (NIK pemohon disamarkan).',
    input: ById,
    output: RequestDetail,
  },
  'requests:revealNik': {
    summary: 'Tampilkan nomor identitas lengkap pemohon; setiap pembukaan dicatat di log audit.',
    input: z.object({ id: Id, reason: RevealReason }),
    output: z.object({ idType: z.enum(ID_TYPES), idNumber: z.string() }),
  },
  'requests:transition': {
    summary:
      'Ubah status permohonan (diproses, menunggu pemohon, dijawab, selesai, ditarik, diperpanjang). Diperpanjang (to: extended) dengan alasan: sekali, 7 hari kerja dari tenggat semula (UU KIP Pasal 22 ayat (8)).',
    input: TransitionInput,
    output: RequestDetail,
  },
  'requests:reopen': {
    summary: 'Buka kembali permohonan yang selesai atau ditarik, dengan alasan tertulis (dicatat di riwayat dan log audit).',
    input: z.object({ id: Id, version: ExpectedVersion, reason: requiredText('Alasan membuka kembali', 2000, 'multiline') }),
    output: RequestDetail,
  },
  'requests:consequenceDraft': {
    summary: 'Usulan uji konsekuensi penolakan dari penetapan klasifikasi dokumen arsip yang ditautkan ke permohonan (dikecualikan).',
    input: ById,
    output: z
      .object({
        /** The archive document the draft was taken from, with its penetapan klasifikasi. */
        document: z.object({ id: z.number().int(), title: z.string(), decreeNumber: z.string(), decreeDate: z.string().nullable() }),
        refusalPs17: z.array(z.enum(PS17_LETTERS)),
        refusalOtherLaw: z.string(),
        steps: ConsequenceStepsView,
      })
      .nullable(),
  },
  'requests:timeline': {
    summary: 'Riwayat permohonan: setiap perubahan status, keberatan dan sengketanya.',
    input: ById,
    output: z.array(TimelineEvent),
  },
});
