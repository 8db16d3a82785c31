// Paket narasi (issue 15, "one voice"): key messages and Q&A with a version and an expiry date,
// approved, then exported as a bundle signed with the office's Ed25519 key. Another PPID Desk
// imports it into its statement library only after checking the signature against a trusted key.
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id, LocalDate, optionalText, requiredText } from '../fields';

const QaPair = z.object({ q: requiredText('Pertanyaan', 1000, 'multiline'), a: requiredText('Jawaban', 4000, 'multiline') });

const NarasiFields = {
  title: requiredText('Judul paket', 200),
  topic: optionalText('Topik', 200),
  keyMessages: z
    .array(requiredText('Pesan kunci', 2000, 'multiline'), { error: 'Pesan kunci harus daftar teks.' })
    .min(1, { error: 'Isi sedikitnya satu pesan kunci.' })
    .max(20, { error: 'Paling banyak 20 pesan kunci.' }),
  qa: z.array(QaPair).max(50, { error: 'Paling banyak 50 tanya-jawab.' }).default([]),
  expiresOn: LocalDate('Berlaku sampai'),
};

export const NarasiCreateInput = z.object(NarasiFields);
export type NarasiCreateInput = z.input<typeof NarasiCreateInput>;

export const NarasiDetail = z.object({
  id: z.number().int(),
  title: z.string(),
  topic: z.string(),
  version: z.number().int(),
  keyMessages: z.array(z.string()),
  qa: z.array(z.object({ q: z.string(), a: z.string() })),
  expiresOn: z.string(),
  /** Past its expiry date (office-local today): not to be used without a new version. */
  expired: z.boolean(),
  approvedBy: z.string().nullable(),
  approvedOn: z.string().nullable(),
  origin: z.enum(['lokal', 'impor']),
  originOffice: z.string(),
  signerFingerprint: z.string().nullable(),
  updatedAt: z.string(),
});
export type NarasiDetail = z.infer<typeof NarasiDetail>;

export const OfficeKeyView = z.object({
  /** SHA-256 of the raw 32-byte Ed25519 public key, lower-case hex. */
  fingerprint: z.string(),
  /** The same in groups of four, upper case, for reading aloud over the phone. */
  grouped: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
});
export type OfficeKeyView = z.infer<typeof OfficeKeyView>;

export const TrustedKeyView = z.object({ fingerprint: z.string(), grouped: z.string(), label: z.string(), addedBy: z.string(), addedAt: z.string() });

export const Fingerprint = z
  .string({ error: 'Sidik jari kunci harus berupa teks.' })
  .transform((v) => v.replace(/[\s:-]/g, '').toLowerCase())
  .refine((v) => /^[0-9a-f]{64}$/.test(v), { error: 'Sidik jari kunci harus 64 angka heksadesimal (boleh berkelompok empat-empat).' });

export const narasiChannels = defineChannels({
  'narasi:create': { summary: 'Buat paket narasi (pesan kunci, tanya-jawab, berlaku sampai); versi 1, belum disetujui.', input: NarasiCreateInput, output: NarasiDetail },
  'narasi:update': {
    summary: 'Ubah paket narasi milik kantor ini; paket yang sudah disetujui menjadi versi baru dan perlu disetujui lagi.',
    input: z.object({ id: Id, ...NarasiFields }),
    output: NarasiDetail,
  },
  'narasi:approve': { summary: 'Setujui paket narasi (oleh pimpinan).', input: z.object({ id: Id, approvedBy: optionalText('Disetujui oleh', 120) }), output: NarasiDetail },
  'narasi:get': { summary: 'Satu paket narasi.', input: z.object({ id: Id }), output: NarasiDetail },
  'narasi:list': {
    summary: 'Pustaka pernyataan: paket narasi kantor ini dan yang diimpor (kedaluwarsa ditandai).',
    input: z.object({ search: optionalText('Kata pencarian', 200) }),
    output: z.array(NarasiDetail),
  },
  'narasi:officeKey': { summary: 'Kunci Ed25519 kantor ini (dibuat saat pertama dipakai) dan sidik jarinya.', input: z.object({}).default({}), output: OfficeKeyView },
  'narasi:exportBundle': {
    summary: 'Paket narasi yang disetujui sebagai bundel bertanda tangan (JSON: isi, tanda tangan, kunci publik).',
    input: z.object({ id: Id }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), fingerprint: z.string() }),
  },
  'narasi:importBundle': {
    summary: 'Impor bundel paket narasi ke pustaka pernyataan sesudah tanda tangannya diperiksa terhadap kunci tepercaya; trust menambahkan sidik jari itu.',
    input: z.object({
      dataBase64: z.string({ error: 'Isi bundel wajib ada.' }).max(14_000_000, { error: 'Bundel terlalu besar (paling banyak 10 MB).' }),
      trust: Fingerprint.optional(),
    }),
    output: z.object({ id: z.number().int(), title: z.string(), version: z.number().int(), originOffice: z.string(), fingerprint: z.string(), expired: z.boolean() }),
  },
  'narasi:trustedKeys': { summary: 'Kunci kantor lain yang dipercaya.', input: z.object({}).default({}), output: z.array(TrustedKeyView) },
  'narasi:trustKey': {
    summary: 'Percayai kunci kantor lain menurut sidik jarinya.',
    input: z.object({ fingerprint: Fingerprint, label: optionalText('Nama kantor', 200) }),
    output: z.array(TrustedKeyView),
  },
});
