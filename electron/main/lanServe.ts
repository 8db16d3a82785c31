// The desktop app's "Sajikan untuk komputer lain di kantor" (Pengaturan › Jaringan kantor): when the
// switch is on, main starts the browser host's LAN mode on the same core, so the other workstations
// of the office open this archive over HTTPS. Kept out of index.ts (which needs Electron) so that it
// is tested in Node: tests/electron/main/lanServe.test.ts.
import type { Core } from '../core/types';
import { DEFAULT_ACCESS, type AccessSettings } from '../../shared/ipc/channels/lan';
import { lanStartLines, lanUrls, prepareLan } from '../host/lan';
import { startHost, type RunningHost } from '../host/server';

export interface LanServePlan {
  bind: string;
  port: number;
}

/**
 * Whether to serve, from the saved access settings; PPID_LAN_BIND narrows the address (a PC with
 * several network cards), and PPID_NO_LAN=1 keeps the LAN off whatever the setting (support).
 */
export function planLanServe(access: AccessSettings | null, env: NodeJS.ProcessEnv = process.env): LanServePlan | null {
  const settings = access ?? DEFAULT_ACCESS;
  if (!settings.serveLan || env.PPID_NO_LAN === '1') return null;
  return { bind: env.PPID_LAN_BIND?.trim() || '0.0.0.0', port: settings.lanPort };
}

export interface ServingLan {
  host: RunningHost;
  urls: string[];
  lines: string[];
}

/** The saved access settings, read as the system (main acts for the program, not an officer). */
export async function readAccess(core: Pick<Core, 'handle'>): Promise<AccessSettings | null> {
  const result = await core.handle('settings:getAccess', {});
  return result.ok ? (result.value as AccessSettings) : null;
}

/** Starts the LAN host for the plan; the caller prints `lines` and closes `host` on quit. */
export async function startDesktopLan(core: Core, rendererDir: string, plan: LanServePlan): Promise<ServingLan> {
  const lan = await prepareLan(core.dataDir, plan.bind);
  const host = await startHost({ core, staticDir: rendererDir, port: plan.port, lan: lan.options });
  return { host, urls: lanUrls(lan.options, host.port), lines: lanStartLines(lan, host.port) };
}

/** What the officer sees when the port is taken or the address is not on this PC. */
export function lanStartFailure(error: unknown, plan: LanServePlan): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'EADDRINUSE') return `Port ${plan.port} sudah dipakai program lain. Ganti port di Pengaturan › Jaringan kantor, lalu mulai ulang aplikasi.`;
  if (code === 'EADDRNOTAVAIL') return `Alamat ${plan.bind} bukan alamat komputer ini. Periksa PPID_LAN_BIND.`;
  if (code === 'EACCES') return `Port ${plan.port} tidak boleh dipakai oleh akun ini. Pilih port 1024 atau lebih.`;
  return 'Penyajian ke komputer lain di kantor tidak dapat dimulai. Aplikasi di komputer ini tetap dapat dipakai.';
}
