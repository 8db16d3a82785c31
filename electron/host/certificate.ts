// The office certificate for the LAN mode: made on first use with keys from node:crypto and kept in
// the data folder (tls/), so that a workstation that trusted it once keeps trusting it across restarts
// and backups. Officers compare its SHA-256 fingerprint (printed by the host, shown in Pengaturan ›
// Jaringan kantor) with the one their browser shows before trusting it.
import { createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { generate } from 'selfsigned';
import { certificatePaths, describeCertificate, type CertificateInfo } from '../core/lan/certificate';

/** Browsers accept at most 825 days for a certificate an officer trusted by hand. */
const VALID_DAYS = 825;
/** Renewed this long before it expires, so that a workstation is never met by an expired one. */
const RENEW_BEFORE_DAYS = 30;
const DAY = 86_400_000;

export interface OfficeCertificate {
  key: string;
  cert: string;
  info: CertificateInfo;
  /** Why a new certificate was made this start ('new' the first time); null when the kept one was used. */
  renewed: null | 'new' | 'expiring' | 'names' | 'damaged';
}

/** The names a LAN client may use for this computer: the bound address, or every local address for 0.0.0.0. */
export function serverNames(bind: string, interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  const names = new Set<string>(['localhost', '127.0.0.1']);
  if (hostname) {
    names.add(hostname.toLowerCase());
    if (!hostname.includes('.')) names.add(`${hostname.toLowerCase()}.local`);
  }
  if (bind === '0.0.0.0' || bind === '::') {
    for (const list of Object.values(interfaces)) {
      for (const entry of list ?? []) if (entry.family === 'IPv4' && !entry.internal) names.add(entry.address);
    }
  } else names.add(bind);
  return [...names];
}

const isIp = (name: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.includes(':');

async function makeCertificate(names: string[], now: Date): Promise<{ key: string; cert: string }> {
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const pems = await generate([{ name: 'commonName', value: `PPID Desk ${os.hostname() || 'kantor'}` }, { name: 'organizationName', value: 'PPID Desk (sertifikat kantor)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    keyPair: { privateKey, publicKey },
    notBeforeDate: new Date(now.getTime() - DAY), // a workstation whose clock is a little behind
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY),
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: names.map((name) => (isIp(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name })) },
    ],
  });
  return { key: privateKey, cert: pems.cert };
}

/**
 * The certificate kept in the data folder, or a new one when there is none, it is damaged, it
 * expires within 30 days, or it does not name an address clients will use (then the fingerprint
 * changes and workstations must trust it again: the host says so).
 */
export async function ensureOfficeCertificate(dataDir: string, names: string[], now = new Date()): Promise<OfficeCertificate> {
  const paths = certificatePaths(dataDir);
  let renewed: OfficeCertificate['renewed'] = 'new';
  let keptNames: string[] = [];
  if (fs.existsSync(paths.cert) && fs.existsSync(paths.key)) {
    try {
      const cert = fs.readFileSync(paths.cert, 'utf8');
      const key = fs.readFileSync(paths.key, 'utf8');
      const x509 = new X509Certificate(cert);
      const info = describeCertificate(cert);
      if (!x509.checkPrivateKey(createPrivateKey(key))) renewed = 'damaged';
      else if (new Date(x509.validTo).getTime() - now.getTime() < RENEW_BEFORE_DAYS * DAY) renewed = 'expiring';
      else if (!names.every((name) => info.names.includes(name))) {
        renewed = 'names';
        // Names only grow: a laptop that moved networks keeps working at its old address too.
        keptNames = info.names;
      }
      else return { key, cert, info, renewed: null };
    } catch {
      renewed = 'damaged';
    }
  }
  const made = await makeCertificate([...new Set([...keptNames, ...names])], now);
  fs.mkdirSync(paths.dir, { recursive: true });
  // The private key is readable by this account only (on Windows the folder's ACL applies).
  fs.writeFileSync(paths.key, made.key, { mode: 0o600 });
  fs.writeFileSync(paths.cert, made.cert);
  return { ...made, info: describeCertificate(made.cert), renewed };
}

export const RENEWED_MESSAGE: Record<Exclude<OfficeCertificate['renewed'], null>, string> = {
  new: 'Sertifikat kantor dibuat.',
  expiring: 'Sertifikat kantor diperbarui (yang lama hampir habis masa berlakunya).',
  names: 'Sertifikat kantor dibuat ulang karena alamat server berubah.',
  damaged: 'Sertifikat kantor dibuat ulang (berkas lama rusak).',
};
