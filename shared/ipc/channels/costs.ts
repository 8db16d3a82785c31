// The tariff of copying costs (Perki 1/2010 Ps 27-28) kept in Pengaturan, and the maklumat
// pelayanan (Perki 1/2021 Ps 47-48) generated from the profile, the tariff and the clocks.
import { z } from '../zod';
import { defineChannels } from '../define';
import { ExpectedVersion, LocalDate, requiredText, optionalText, Rupiah } from '../fields';
import { TARIFF_KINDS } from '../../domain/costs';
import { ExportedFile } from './archive';

export const TariffItemInput = z.object({
  kind: z.enum(TARIFF_KINDS, { error: 'Jenis butir tarif harus halaman, media, atau lainnya.' }),
  label: requiredText('Nama butir tarif', 120),
  unit: requiredText('Satuan', 40),
  priceRp: Rupiah,
});

export const TariffInput = z.object({
  decreeNumber: optionalText('Nomor keputusan tarif', 200),
  decreeDate: LocalDate('Tanggal keputusan tarif').nullable().default(null),
  items: z.array(TariffItemInput, { error: 'Butir tarif harus berupa daftar.' }).max(30, { error: 'Tarif paling banyak 30 butir.' }),
  /** The version the form loaded (0: no tariff saved yet); a newer save in between is refused. */
  version: ExpectedVersion,
});
export type TariffInput = z.input<typeof TariffInput>;

export const TariffView = z.object({
  decreeNumber: z.string(),
  decreeDate: z.string().nullable(),
  items: z.array(z.object({ id: z.number().int(), kind: z.enum(TARIFF_KINDS), label: z.string(), unit: z.string(), priceRp: z.number().int() })),
  updatedAt: z.string().nullable(),
  /** Row version of the tariff as a whole (db/versions.ts); 0 before the first save. */
  version: z.number().int(),
});
export type TariffView = z.infer<typeof TariffView>;


export const costsChannels = defineChannels({
  'tariff:get': {
    summary: 'Tarif biaya salinan informasi yang berlaku dan keputusan yang menetapkannya.',
    input: z.object({}).strict(),
    output: TariffView,
  },
  'tariff:save': {
    summary: 'Simpan tarif biaya salinan informasi (berlaku untuk biaya yang dihitung berikutnya).',
    input: TariffInput,
    output: TariffView,
  },
  'settings:maklumat': {
    summary: 'Maklumat pelayanan informasi publik (dasar hukum, prosedur, jangka waktu, biaya, jaminan, pengaduan dan evaluasi) dari profil kantor, tarif dan jangka waktu undang-undang, sebagai PDF atau DOCX ukuran A4 atau A3.',
    input: z.object({
      size: z.enum(['a4', 'a3'], { error: 'Ukuran kertas harus a4 atau a3.' }).default('a4'),
      format: z.enum(['pdf', 'docx'], { error: 'Format harus pdf atau docx.' }).default('pdf'),
    }),
    output: ExportedFile,
  },
});
