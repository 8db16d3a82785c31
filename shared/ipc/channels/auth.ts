// Signing in (issue 14). The hosts never hand the token to page script: the browser host strips
// it into an httpOnly cookie, the desktop shell keeps it in main. `auth:setup` is open only while
// the archive has no officer at all: it creates the first Admin and signs them in.
import { z } from '../zod';
import { defineChannels } from '../define';
import { optionalText, requiredText } from '../fields';
import { isRole, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES, USERNAME_PATTERN } from '../../domain/auth/roles';
import { nipProblem, normalizeNip } from '../../domain/settings/nip';

export const RoleSchema = z.enum(ROLES, { error: `Peran harus salah satu dari: ${ROLES.join(', ')}.` });

export const Roles = z
  .array(RoleSchema)
  .min(1, { error: 'Pilih paling sedikit satu peran.' })
  .transform((roles) => ROLES.filter((r) => roles.includes(r)))
  .refine((roles) => roles.every(isRole));

export const Username = z
  .string({ error: 'Nama pengguna wajib diisi.' })
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, {
    error: 'Nama pengguna 2–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.',
  });

/** A new password: checked for length only (a long passphrase beats forced symbols). */
export const NewPassword = z
  .string({ error: 'Kata sandi wajib diisi.' })
  .min(MIN_PASSWORD_LENGTH, { error: `Kata sandi paling sedikit ${MIN_PASSWORD_LENGTH} karakter.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Kata sandi paling banyak ${MAX_PASSWORD_LENGTH} karakter.` });

/** A password typed at the login screen: never trimmed, never checked beyond its size. */
const TypedPassword = z
  .string({ error: 'Kata sandi wajib diisi.' })
  .min(1, { error: 'Kata sandi wajib diisi.' })
  .max(MAX_PASSWORD_LENGTH, { error: `Kata sandi paling banyak ${MAX_PASSWORD_LENGTH} karakter.` });

export const OfficerNip = z
  .string()
  .trim()
  .default('')
  .superRefine((value, ctx) => {
    if (value === '') return;
    const problem = nipProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `NIP petugas: ${problem}` });
  })
  .transform((value) => (value === '' ? '' : normalizeNip(value)));

/** An officer account as every screen sees it (never the password hash). */
export const OfficerAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  nip: z.string(),
  jabatan: z.string(),
  roles: z.array(RoleSchema),
  active: z.boolean(),
});
export type OfficerAccount = z.infer<typeof OfficerAccount>;

export const LoginResult = z.object({
  officer: OfficerAccount,
  /** The session token: the host keeps it (cookie, main process); page script never sees it. */
  token: z.string(),
  /** When the session ends unless used again (sliding expiry), ISO 8601 UTC. */
  expiresAt: z.string(),
});
export type LoginResult = z.infer<typeof LoginResult>;

export const OfficerProfileFields = {
  name: requiredText('Nama petugas', 120),
  nip: OfficerNip,
  jabatan: optionalText('Jabatan', 160),
};

export const authChannels = defineChannels({
  'auth:login': {
    summary: 'Masuk dengan nama pengguna dan kata sandi; jawabannya sesi petugas (token disimpan oleh host, tidak oleh halaman).',
    input: z.object({ username: z.string().trim().toLowerCase().max(80), password: TypedPassword }).strict(),
    output: LoginResult,
  },
  'auth:logout': {
    summary: 'Keluar: sesi ini dicabut.',
    input: z.object({}).strict(),
    output: z.object({}),
  },
  'auth:me': {
    summary: 'Petugas yang sedang masuk (null bila belum), dan apakah arsip belum punya petugas sama sekali (perlu penyiapan).',
    input: z.object({}).strict(),
    output: z.object({ officer: OfficerAccount.nullable(), needsSetup: z.boolean() }),
  },
  'auth:setup': {
    summary: 'Penyiapan pertama: buat Admin pertama dan masuk. Hanya bisa selama arsip belum punya petugas.',
    input: z.object({ username: Username, password: NewPassword, ...OfficerProfileFields }).strict(),
    output: LoginResult,
  },
  'auth:changePassword': {
    summary: 'Ganti kata sandi sendiri (kata sandi lama wajib); sesi lain milik petugas ini dicabut.',
    input: z.object({ currentPassword: TypedPassword, newPassword: NewPassword }).strict(),
    output: z.object({}),
  },
});
