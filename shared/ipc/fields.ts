// Field schemas shared by several channel groups, with the Indonesian messages officers read.
import { z } from './zod';
import { cleanText, type TextKind } from './text';
import { isIsoDate } from '../domain/calendar/localDate';
import { parseInstant } from '../domain/requests/instant';
import { isPhoneNumber } from '../domain/settings/officeProfile';

export const Id = z
  .number({ error: 'Nomor data (id) wajib berupa angka.' })
  .int({ error: 'Nomor data (id) harus bilangan bulat.' })
  .positive({ error: 'Nomor data (id) harus lebih dari 0.' });

/** Required free text: one line unless `kind` is 'multiline'; see text.ts for what is refused. */
export const requiredText = (label: string, max: number, kind: TextKind = 'line') => cleanText(label, max, kind, true);

/** Optional free text: absent or blank becomes ''. */
export const optionalText = (label: string, max: number, kind: TextKind = 'line') => cleanText(label, max, kind, false).default('');

export const LocalDate = (label: string) =>
  z.string({ error: `${label} wajib diisi dalam bentuk TTTT-BB-HH.` }).refine(isIsoDate, {
    error: `${label} harus tanggal yang ada, dalam bentuk TTTT-BB-HH, mis. 2026-03-17.`,
  });

/** An instant with its offset; without one the local date could be off by a day, so it is refused. */
export const Instant = (label: string) =>
  z.string({ error: `${label} wajib berupa waktu ISO dengan zona, mis. 2026-03-17T10:00:00+08:00.` }).refine(
    (v) => parseInstant(v) !== null,
    { error: `${label} harus waktu lengkap dengan zona waktu, mis. 2026-03-17T10:00:00+08:00 (WITA) atau ...Z (UTC).` },
  );

/**
 * The earliest year a receipt may carry: well before UU KIP (UU 14/2008, in force 30 April 2010),
 * so no real register entry is refused, while 1900 or 0001 (a typo) and 1970 (an unset clock) are.
 */
export const EARLIEST_RECEIPT_YEAR = 2000;

/** When a request, objection or inquiry reached the office: an Instant from 2000 on. */
export const ReceiptInstant = (label: string) =>
  Instant(label).refine(
    // The year as written, i.e. in the offset the officer typed: 1999-12-31T23:30+08:00 is 1999.
    (v) => parseInstant(v) === null || Number(v.trim().slice(0, 4)) >= EARLIEST_RECEIPT_YEAR,
    { error: `${label} terlalu lampau: paling awal 1 Januari ${EARLIEST_RECEIPT_YEAR}. Periksa tahunnya.` },
  );

/**
 * Idempotency key of a create (requests:create, inquiries:create, ...): a form sends a fresh one each
 * time it is opened, and the same one on every retry of that submission. The core then returns the
 * first result instead of registering twice; the same key with different input is refused.
 */
export const ClientKey = z
  .string({ error: 'Kunci pengiriman (clientKey) harus berupa teks.' })
  .regex(/^[\x21-\x7e]{8,100}$/, { error: 'Kunci pengiriman (clientKey) harus 8-100 karakter ASCII tanpa spasi, mis. sebuah UUID.' });

export const Phone = (label: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, { error: `${label} wajib diisi.` })
    .refine(isPhoneNumber, {
      error: `${label} tidak sah: gunakan angka, spasi, tanda kurung atau tanda hubung, mis. 0812-3456-7890.`,
    });

export const Email = (label: string) =>
  z
    .string({ error: `${label} harus berupa teks.` })
    .trim()
    .max(254, { error: `${label} paling banyak 254 karakter.` })
    .default('')
    .refine((v) => v === '' || z.email().safeParse(v).success, {
      error: `${label} tidak sah, mis. nama@contoh.id.`,
    });

export const Rupiah = z
  .number({ error: 'Biaya harus berupa angka rupiah.' })
  .int({ error: 'Biaya harus bilangan bulat rupiah.' })
  .min(0, { error: 'Biaya tidak boleh negatif.' })
  .max(1_000_000_000, { error: 'Biaya terlalu besar.' });

/**
 * The row version the form loaded (electron/core/db/versions.ts): an update based on an older one
 * is refused with "Sudah diubah oleh … ; muat ulang." The renderer always sends it; a CLI command
 * may omit it (it acts on the row as it is at that moment). 0 = the form loaded no row yet.
 */
export const ExpectedVersion = z
  .number({ error: 'Versi data harus berupa angka; muat ulang.' })
  .int({ error: 'Versi data harus bilangan bulat.' })
  .min(0, { error: 'Versi data tidak boleh negatif.' })
  .optional();
