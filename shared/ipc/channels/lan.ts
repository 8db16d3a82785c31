import { z } from '../zod';
import { defineChannels } from '../define';

/**
 * How the office works with sessions: the idle lock of every workstation, and whether the desktop
 * app also serves the other workstations of the office (the LAN mode of the browser host).
 */
export const AccessSettings = z.object({
  /** Minutes without keyboard or mouse before the screen locks (the officer types the password again). */
  idleLockMinutes: z
    .number({ error: 'Isi jumlah menit.' })
    .int({ error: 'Jumlah menit harus bilangan bulat.' })
    .min(1, { error: 'Kunci layar paling cepat 1 menit.' })
    .max(240, { error: 'Kunci layar paling lambat 240 menit (4 jam).' }),
  /** Desktop app: "Sajikan untuk komputer lain di kantor" (takes effect at the next start). */
  serveLan: z.boolean(),
  /** The port the desktop app serves the LAN on. */
  lanPort: z
    .number({ error: 'Isi nomor port.' })
    .int({ error: 'Nomor port harus bilangan bulat.' })
    .min(1024, { error: 'Port paling kecil 1024.' })
    .max(65535, { error: 'Port paling besar 65535.' }),
});
export type AccessSettings = z.infer<typeof AccessSettings>;

export const DEFAULT_ACCESS: AccessSettings = { idleLockMinutes: 10, serveLan: false, lanPort: 8443 };

export const LanCertificate = z.object({
  fingerprint256: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  names: z.array(z.string()),
});

export const LanInfo = z.object({
  /** The office certificate in the data folder; null before the LAN mode was first used. */
  certificate: LanCertificate.nullable(),
  /** Where this running app serves the office LAN; null when it does not. */
  serving: z.object({ urls: z.array(z.string()) }).nullable(),
});
export type LanInfo = z.infer<typeof LanInfo>;

const None = z.object({}).strict();

export const lanChannels = defineChannels({
  'app:lanInfo': {
    summary: 'Jaringan kantor: sidik jari sertifikat kantor (untuk dipercaya pertama kali) dan alamat yang disajikan.',
    input: None,
    output: LanInfo,
  },
  'settings:getAccess': {
    summary: 'Pengaturan akses: kunci layar setelah menganggur, penyajian ke komputer lain di kantor.',
    input: None,
    output: AccessSettings,
  },
  'settings:setAccess': {
    summary: 'Ubah pengaturan akses (kunci layar, penyajian ke jaringan kantor). Dicatat di log audit.',
    input: AccessSettings.strict(),
    output: AccessSettings,
  },
});
