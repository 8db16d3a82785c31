// The office profile: who the office is, printed on every letter's kop surat and signature block.
import { z } from '../../ipc/zod';
import { cleanText, type TextKind } from '../../ipc/text';
import { nipProblem, normalizeNip } from './nip';

/** Indonesian time zones (Permen / Keppres 41/1987): WIB, WITA, WIT. Kaltim is WITA. */
export const OFFICE_TIME_ZONES = [
  { zone: 'Asia/Jakarta', label: 'WIB (UTC+7) — Jakarta' },
  { zone: 'Asia/Pontianak', label: 'WIB (UTC+7) — Pontianak' },
  { zone: 'Asia/Makassar', label: 'WITA (UTC+8) — Makassar, Samarinda, Balikpapan' },
  { zone: 'Asia/Jayapura', label: 'WIT (UTC+9) — Jayapura, Ambon' },
] as const;
export type OfficeTimeZone = (typeof OFFICE_TIME_ZONES)[number]['zone'];
const ZONES = OFFICE_TIME_ZONES.map((z) => z.zone) as [OfficeTimeZone, ...OfficeTimeZone[]];

export const DEFAULT_TIME_ZONE: OfficeTimeZone = 'Asia/Makassar';
/** Requests received after this local time count from the next working day (DOMAIN.md, counting convention). */
export const DEFAULT_CUTOFF = '16:00';

const text = (label: string, max: number, kind: TextKind = 'line') => cleanText(label, max, kind, true);

const nipField = (label: string) =>
  z
    .string()
    .trim()
    .default('')
    .superRefine((value, ctx) => {
      if (value === '') return;
      const problem = nipProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}` });
    })
    .transform((value) => (value === '' ? '' : normalizeNip(value)));

const official = (who: string) =>
  z.object({
    name: text(`Nama ${who}`, 120),
    nip: nipField(`NIP ${who}`),
    title: text(`Jabatan ${who}`, 160),
  });

// Office numbers come as "(0541) 741041", "0541-741041" or "+62 541 741041": 6 to 15 digits (E.164 max).
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9(][0-9 ()-]*$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

export const OfficeProfileInput = z.object({
  instansiLines: z
    .array(cleanText('Setiap baris nama instansi', 120, 'line', false))
    .transform((lines) => lines.filter((line) => line !== ''))
    .pipe(
      z
        .array(z.string())
        .min(1, { error: 'Nama instansi wajib diisi (sedikitnya satu baris).' })
        .max(4, { error: 'Nama instansi paling banyak 4 baris.' }),
    ),
  unit: text('Unit/PPID', 160),
  address: text('Alamat', 300, 'multiline'),
  phone: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || isPhoneNumber(v), {
      error: 'Nomor telepon tidak sah: gunakan angka, spasi, tanda kurung atau tanda hubung, mis. (0541) 123456.',
    }),
  email: z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || z.email().safeParse(v).success, {
      error: 'Alamat e-mail tidak sah, mis. ppid@kaltimprov.go.id.',
    }),
  website: cleanText('Alamat situs web', 200, 'line', false)
    .default('')
    .refine((v) => v === '' || /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v), {
      error: 'Alamat situs web tidak sah, mis. ppid.kaltimprov.go.id.',
    }),
  city: text('Kota (tempat surat)', 80),
  timeZone: z.enum(ZONES, { error: 'Zona waktu harus WIB, WITA atau WIT.' }).default(DEFAULT_TIME_ZONE),
  cutoffTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Batas jam layanan harus berbentuk JJ:MM, mis. 16:00.' })
    .default(DEFAULT_CUTOFF),
  ppid: official('PPID'),
  atasan: official('Atasan PPID'),
});
export type OfficeProfileInput = z.input<typeof OfficeProfileInput>;

export const LogoInfo = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mimeType: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type LogoInfo = z.infer<typeof LogoInfo>;

const OfficialView = z.object({ name: z.string(), nip: z.string().default(''), title: z.string() });

/**
 * The stored profile, for output: the same fields and defaults as OfficeProfileInput without its
 * text rules, so that a profile saved before a rule existed still loads and can be corrected.
 */
export const OfficeProfile = z.object({
  instansiLines: z.array(z.string()),
  unit: z.string(),
  address: z.string(),
  phone: z.string().default(''),
  email: z.string().default(''),
  website: z.string().default(''),
  city: z.string(),
  timeZone: z.enum(ZONES).default(DEFAULT_TIME_ZONE),
  cutoffTime: z.string().default(DEFAULT_CUTOFF),
  ppid: OfficialView,
  atasan: OfficialView,
  logo: LogoInfo.nullable(),
  updatedAt: z.string().nullable(),
  /** Row version of the stored profile (electron/core/db/versions.ts); 0 before the first save. */
  version: z.number().int().optional(),
});
export type OfficeProfile = z.output<typeof OfficeProfile>;

/** A profile is complete when letters can be produced from it. */
export function isProfileComplete(profile: OfficeProfile | null): boolean {
  return profile !== null && OfficeProfileInput.safeParse(profile).success;
}

// Logo limits: a kop surat logo is printed ~2.5 cm wide; larger files only bloat every letter.
export const LOGO_MAX_BYTES = 1024 * 1024; // 1 MiB
export const LOGO_MIN_SIDE = 64;
export const LOGO_MAX_SIDE = 4096;
