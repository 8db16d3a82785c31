// Pengaturan › Petugas (issue 14): the Admin manages officer accounts. An account is never
// deleted (the audit log and the history name it); it is disabled, which also ends its sessions.
import { z } from '../zod';
import { defineChannels } from '../define';
import { Id } from '../fields';
import { NewPassword, OfficerAccount, OfficerProfileFields, Roles, Username } from './auth';

export const officersChannels = defineChannels({
  'officers:list': {
    summary: 'Daftar akun petugas (aktif dan nonaktif) dengan perannya.',
    input: z.object({}).strict(),
    output: z.object({ officers: z.array(OfficerAccount) }),
  },
  'officers:add': {
    summary: 'Tambah akun petugas dengan peran dan kata sandi awalnya.',
    input: z.object({ username: Username, password: NewPassword, roles: Roles, ...OfficerProfileFields }).strict(),
    output: OfficerAccount,
  },
  'officers:update': {
    summary: 'Ubah nama, NIP, jabatan dan peran seorang petugas (nama pengguna tetap).',
    input: z.object({ id: Id, roles: Roles, ...OfficerProfileFields }).strict(),
    output: OfficerAccount,
  },
  'officers:setActive': {
    summary: 'Aktifkan atau nonaktifkan akun petugas; menonaktifkan mencabut semua sesinya.',
    input: z.object({ id: Id, active: z.boolean() }).strict(),
    output: OfficerAccount,
  },
  'officers:resetPassword': {
    summary:
      'Atur ulang kata sandi petugas oleh Admin: dengan newPassword kata sandi itu dipakai; tanpa itu dibuat kata sandi sementara yang ditampilkan sekali. Semua sesi petugas itu dicabut.',
    input: z.object({ id: Id, newPassword: NewPassword.optional() }).strict(),
    /** temporaryPassword: only when none was given; shown once, never stored in clear. */
    output: z.object({ officer: OfficerAccount, temporaryPassword: z.string().nullable() }),
  },
});
