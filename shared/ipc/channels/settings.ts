import { z } from '../zod';
import { ExpectedVersion } from '../fields';
import { defineChannels } from '../define';
import { LogoInfo, OfficeProfile, OfficeProfileInput, LOGO_MAX_BYTES } from '../../domain/settings/officeProfile';

export const UI_LANGUAGES = ['id', 'en'] as const;
export const UiPreferences = z.object({
  language: z.enum(UI_LANGUAGES, { error: 'Bahasa harus id atau en.' }),
});
export type UiPreferences = z.infer<typeof UiPreferences>;

// base64 grows 4/3; leave room for padding so the size check in the core gives the precise message.
const MAX_BASE64 = Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 1024;

export const LogoUpload = z.object({
  fileName: z.string().trim().min(1, { error: 'Nama berkas logo kosong.' }).max(255),
  dataBase64: z
    .string()
    .min(1, { error: 'Berkas logo kosong.' })
    .max(MAX_BASE64, { error: `Logo terlalu besar: paling besar ${LOGO_MAX_BYTES / 1024 / 1024} MB.` })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Data logo rusak (bukan base64).' }),
});
export type LogoUpload = z.infer<typeof LogoUpload>;

export const LogoImage = z.object({ mimeType: LogoInfo.shape.mimeType, dataBase64: z.string() });
export type LogoImage = z.infer<typeof LogoImage>;

const None = z.object({}).strict();

export const settingsChannels = defineChannels({
  'settings:getProfile': {
    summary: 'Profil kantor (kop surat, PPID, Atasan PPID); null sebelum pertama kali disimpan.',
    input: None,
    output: OfficeProfile.nullable(),
  },
  'settings:saveProfile': {
    summary: 'Simpan profil kantor (tanpa logo).',
    input: OfficeProfileInput.extend({ version: ExpectedVersion }),
    output: OfficeProfile,
  },
  'settings:setLogo': {
    summary: 'Pasang logo kop surat (PNG/JPEG, paling besar 1 MB).',
    input: LogoUpload,
    output: LogoInfo,
  },
  'settings:removeLogo': {
    summary: 'Lepas logo kop surat.',
    input: None,
    output: z.null(),
  },
  'settings:getLogo': {
    summary: 'Gambar logo yang terpasang, untuk pratinjau.',
    input: None,
    output: LogoImage.nullable(),
  },
  'settings:getUi': {
    summary: 'Preferensi tampilan (bahasa).',
    input: None,
    output: UiPreferences,
  },
  'settings:setUi': {
    summary: 'Ubah preferensi tampilan.',
    input: UiPreferences,
    output: UiPreferences,
  },
});
