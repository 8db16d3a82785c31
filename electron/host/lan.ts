// What the LAN mode needs before it listens, shared by the browser host's command line and the
// desktop app's "Sajikan untuk komputer lain di kantor": the names clients may use and the
// office certificate for them.
import { authorities } from './security';
import { ensureOfficeCertificate, RENEWED_MESSAGE, serverNames, type OfficeCertificate } from './certificate';
import type { LanOptions } from './server';

export interface PreparedLan {
  options: LanOptions;
  certificate: OfficeCertificate;
}

export async function prepareLan(dataDir: string, bind: string, now = new Date()): Promise<PreparedLan> {
  const names = serverNames(bind);
  const certificate = await ensureOfficeCertificate(dataDir, names, now);
  return { options: { bind, names, key: certificate.key, cert: certificate.cert }, certificate };
}

/** The lines printed on start: the addresses to open and the fingerprint to compare on first trust. */
export function lanStartLines(lan: PreparedLan, port: number): string[] {
  const lines: string[] = [];
  if (lan.certificate.renewed) lines.push(RENEWED_MESSAGE[lan.certificate.renewed]);
  const urls = lanUrls(lan.options, port);
  lines.push(`Alamat untuk komputer lain: ${urls.join('  ')}`);
  lines.push(`Sidik jari sertifikat kantor (SHA-256): ${lan.certificate.info.fingerprint256}`);
  lines.push('Cocokkan sidik jari ini dengan yang ditampilkan peramban sebelum memercayai sertifikatnya (lihat README, "Jaringan kantor").');
  return lines;
}

/**
 * The https addresses other workstations open: the bound address, or for 0.0.0.0 this PC's names
 * and addresses (loopback left out unless there is nothing else).
 */
export function lanUrls(lan: Pick<LanOptions, 'bind' | 'names'>, port: number): string[] {
  if (lan.bind !== '0.0.0.0' && lan.bind !== '::') return authorities([lan.bind], port).map((a) => `https://${a}/`);
  const others = lan.names.filter((n) => n !== 'localhost' && n !== '127.0.0.1' && n !== '::1');
  return authorities(others.length > 0 ? others : lan.names, port).map((a) => `https://${a}/`);
}
