// The office certificate of the LAN mode as the core sees it: where it lives in the data folder
// and what an officer compares on first trust (its SHA-256 fingerprint). Generating it is the
// host's job (electron/host/certificate.ts); the core only reads it, for Pengaturan › Jaringan kantor.
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const TLS_DIR = 'tls';

export function certificatePaths(dataDir: string) {
  const dir = path.join(dataDir, TLS_DIR);
  return { dir, cert: path.join(dir, 'office-cert.pem'), key: path.join(dir, 'office-key.pem') };
}

export interface CertificateInfo {
  /** "AB:CD:…" (32 pairs), as browsers show it in the certificate viewer. */
  fingerprint256: string;
  validFrom: string;
  validTo: string;
  /** The host names and addresses the certificate is valid for. */
  names: string[];
}

export function describeCertificate(pem: string): CertificateInfo {
  const cert = new X509Certificate(pem);
  return {
    fingerprint256: cert.fingerprint256,
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    names: subjectAltNames(cert.subjectAltName),
  };
}

/** "DNS:localhost, IP Address:127.0.0.1" → ["localhost", "127.0.0.1"]. */
export function subjectAltNames(san: string | undefined): string[] {
  if (!san) return [];
  return san
    .split(/,\s*/)
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry.trim())?.[1]?.trim() ?? '')
    .filter((name) => name.length > 0);
}

/** The certificate in the data folder, or null before the LAN mode was first used. */
export function readCertificateInfo(dataDir: string): CertificateInfo | null {
  const { cert } = certificatePaths(dataDir);
  if (!fs.existsSync(cert)) return null;
  try {
    return describeCertificate(fs.readFileSync(cert, 'utf8'));
  } catch {
    return null; // a damaged file: the host makes a new one on its next LAN start
  }
}
