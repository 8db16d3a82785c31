// The media desk's directory (outlets and journalists, de-duplicated), the statement library, the
// per-priority hour defaults (Pengaturan), and the media log export.
import { z } from '../zod';
import { defineChannels } from '../define';
import { ClientKey, Email, Id, LocalDate, optionalText, requiredText } from '../fields';
import { MAX_CLOCK_HOURS, OUTLET_TYPES, PRIORITIES } from '../../domain/inquiries';

const list = <T extends readonly string[]>(values: T) => values.join(', ');

export const OutletType = z.enum(OUTLET_TYPES, { error: `Jenis media harus salah satu dari: ${list(OUTLET_TYPES)}.` });

export const OutletInput = z.object({
  name: requiredText('Nama media', 160),
  type: OutletType,
  region: optionalText('Wilayah media', 120),
});
export type OutletInput = z.input<typeof OutletInput>;

export const OutletView = z.object({ id: z.number().int(), name: z.string(), type: OutletType, region: z.string() });
export type OutletView = z.infer<typeof OutletView>;

/** Phone optional here; when given it must look like a phone number. */
const OptionalPhone = (label: string) =>
  optionalText(label, 40).refine((v) => v === '' || /^[+()0-9\s-]{6,}$/.test(v), {
    error: `${label} tidak sah: gunakan angka, spasi, tanda kurung atau tanda hubung, mis. 0812-3456-7890.`,
  });

export const JournalistInput = z.object({
  name: requiredText('Nama wartawan', 120),
  /** The outlet by name: found (normalised) or created with `outletType`. */
  outlet: requiredText('Nama media', 160),
  outletType: OutletType.default('online'),
  region: optionalText('Wilayah media', 120),
  phone: OptionalPhone('Nomor telepon wartawan'),
  email: Email('Alamat e-mail wartawan'),
  notes: optionalText('Catatan', 2000, 'multiline'),
});
export type JournalistInput = z.input<typeof JournalistInput>;

export const JournalistView = z.object({
  id: z.number().int(),
  name: z.string(),
  outlet: OutletView,
  phone: z.string(),
  email: z.string(),
  notes: z.string(),
});
export type JournalistView = z.infer<typeof JournalistView>;

/** What creating a journalist did: `created` false when the same person was already there. */
export const JournalistSaved = z.object({ journalist: JournalistView, created: z.boolean(), matchedBy: z.enum(['name_outlet', 'phone']).nullable() });

const Search = z.object({ search: z.string().trim().max(200, { error: 'Kata pencarian paling banyak 200 karakter.' }).default('') });

export const Hours = z
  .number({ error: 'Jumlah jam harus angka.' })
  .positive({ error: 'Jumlah jam harus lebih dari 0.' })
  .max(MAX_CLOCK_HOURS, { error: `Jumlah jam paling banyak ${MAX_CLOCK_HOURS} (14 hari).` })
  .refine((v) => Number.isInteger(v * 4), { error: 'Jumlah jam dalam kelipatan seperempat jam (0,25).' });

export const InquiryHoursSettings = z.object({
  acknowledge: Hours,
  answer: z.object(Object.fromEntries(PRIORITIES.map((p) => [p, Hours])) as Record<(typeof PRIORITIES)[number], typeof Hours>),
});
export type InquiryHoursSettings = z.infer<typeof InquiryHoursSettings>;

export const StatementInput = z.object({
  title: requiredText('Judul pernyataan', 200),
  body: requiredText('Isi pernyataan', 20000, 'multiline'),
  topic: optionalText('Topik', 200),
  /** Who approved it; default the acting officer. */
  approvedBy: optionalText('Disetujui oleh', 120),
  approvedOn: LocalDate('Tanggal persetujuan').optional(),
});
export type StatementInput = z.input<typeof StatementInput>;

export const StatementView = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  topic: z.string(),
  approvedBy: z.string(),
  approvedOn: z.string(),
  updatedAt: z.string(),
});
export type StatementView = z.infer<typeof StatementView>;

export const Period = z
  .object({ from: LocalDate('Tanggal awal'), to: LocalDate('Tanggal akhir') })
  .refine((p) => p.from <= p.to, { error: 'Tanggal awal tidak boleh sesudah tanggal akhir.', path: ['to'] });

export const LOG_FORMATS = ['xlsx', 'pdf', 'docx'] as const;

// The same check as Period, on an object that also carries the format (a refined object cannot be extended).
export const LogExportInput = z
  .object({
    from: LocalDate('Tanggal awal'),
    to: LocalDate('Tanggal akhir'),
    format: z.enum(LOG_FORMATS, { error: 'Format harus xlsx, pdf atau docx.' }).default('xlsx'),
  })
  .refine((p) => p.from <= p.to, { error: 'Tanggal awal tidak boleh sesudah tanggal akhir.', path: ['to'] });

export const mediaChannels = defineChannels({
  'media:outlets': {
    summary: 'Daftar media (cetak, online, TV, radio), dapat dicari.',
    input: Search,
    output: z.array(OutletView),
  },
  'media:saveOutlet': {
    summary: 'Tambah media; nama yang sama (tanpa beda huruf besar/tanda baca) mengembalikan media yang sudah ada.',
    input: OutletInput,
    output: OutletView,
  },
  'media:journalists': {
    summary: 'Cari wartawan menurut nama, media, wilayah, telepon atau e-mail.',
    input: Search.extend({ limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(JournalistView),
  },
  'media:saveJournalist': {
    summary: 'Tambah wartawan; nama+media yang sama atau nomor telepon yang sama mengembalikan data yang sudah ada.',
    input: JournalistInput,
    output: JournalistSaved,
  },
  'media:getHours': {
    summary: 'Jam tenggat pertanyaan media per prioritas (tanggapan awal dan jawaban).',
    input: z.object({}).strict(),
    output: InquiryHoursSettings,
  },
  'media:setHours': {
    summary: 'Ubah jam tenggat pertanyaan media per prioritas; berlaku untuk pertanyaan baru.',
    input: InquiryHoursSettings,
    output: InquiryHoursSettings,
  },
  'media:statements': {
    summary: 'Pustaka pernyataan yang sudah disetujui, dapat dicari.',
    input: Search,
    output: z.array(StatementView),
  },
  'media:saveStatement': {
    summary: 'Simpan pernyataan yang sudah disetujui ke pustaka (baru, atau ubah bila id diberikan).',
    input: StatementInput.extend({ id: Id.optional(), clientKey: ClientKey.optional() }),
    output: StatementView,
  },
  'media:exportLog': {
    summary: 'Log media satu periode sebagai XLSX, PDF atau DOCX (base64); PDF dan DOCX memakai kop surat.',
    input: LogExportInput,
    output: z.object({ fileName: z.string(), mimeType: z.string(), dataBase64: z.string(), rows: z.number().int() }),
  },
});
