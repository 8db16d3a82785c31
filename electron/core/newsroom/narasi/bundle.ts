// The signed bundle of a paket narasi: JSON { format, payload, publicKey, signature }. What is
// signed (Ed25519) is the canonical JSON of the payload (keys sorted, no spaces), so re-indenting
// the file does not break it but changing any value does. Reading a bundle never trusts it: the
// shape, then the signature, then the signer's key against the trusted list, each refused with
// the reason in Indonesian before anything is written.
import { createHash, sign, verify } from 'node:crypto';
import { z } from '../../../../shared/ipc/zod';
import { canonicalJson } from '../../audit/hash';
import { AppError } from '../../errors';
import { fingerprintOf, groupFingerprint, publicKeyFromRaw, type OfficeKey } from './officeKey';

export const BUNDLE_FORMAT = 'ppid-desk/paket-narasi';

export const BundlePayload = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  /** The issuing office (last kop line), shown in the importer's library. */
  office: z.string().min(1).max(300),
  exportedAt: z.string().max(40),
  paket: z.object({
    title: z.string().min(1).max(200),
    topic: z.string().max(200),
    version: z.number().int().min(1),
    keyMessages: z.array(z.string().min(1).max(2000)).min(1).max(20),
    qa: z.array(z.object({ q: z.string().min(1).max(1000), a: z.string().min(1).max(4000) })).max(50),
    expiresOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    approvedBy: z.string().min(1).max(200),
    approvedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
});
export type BundlePayload = z.infer<typeof BundlePayload>;

const BundleFile = z.object({
  algorithm: z.literal('ed25519'),
  payload: z.unknown(),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});

export function signBundle(payload: BundlePayload, key: OfficeKey): string {
  const bytes = Buffer.from(canonicalJson(payload), 'utf8');
  const signature = sign(null, bytes, key.privateKey);
  return `${JSON.stringify({ algorithm: 'ed25519', publicKey: key.publicKeyRaw.toString('base64'), signature: signature.toString('base64'), payload }, null, 2)}\n`;
}

export interface VerifiedBundle {
  payload: BundlePayload;
  fingerprint: string;
  /** SHA-256 of the signed bytes: the same paket imported twice is the same bundle. */
  sha256: string;
}

const refuse = (reason: string) => new AppError('precondition', `Bundel paket narasi ditolak: ${reason} Tidak ada yang diimpor.`);

/** Checks shape and signature; `isTrusted` decides about the signer's fingerprint. */
export function verifyBundle(bytes: Uint8Array, isTrusted: (fingerprint: string) => boolean): VerifiedBundle {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('isinya bukan JSON yang sah (berkas rusak, terpotong atau telah diubah).');
  }
  const file = BundleFile.safeParse(parsed);
  if (!file.success) throw refuse('berkas ini bukan bundel paket narasi PPID Desk (kunci publik, tanda tangan atau isinya tidak ada atau tidak sah).');
  const publicKeyRaw = Buffer.from(file.data.publicKey, 'base64');
  const signed = Buffer.from(canonicalJson(file.data.payload), 'utf8');
  let valid: boolean;
  try {
    valid = verify(null, signed, publicKeyFromRaw(publicKeyRaw), Buffer.from(file.data.signature, 'base64'));
  } catch {
    // Not a point on the curve: no key, so no valid signature.
    valid = false;
  }
  if (!valid) throw refuse('tanda tangan tidak cocok dengan isinya — berkas telah diubah atau rusak sesudah ditandatangani.');
  const payload = BundlePayload.safeParse(file.data.payload);
  if (!payload.success) throw refuse('tanda tangannya sah, tetapi isinya bukan paket narasi yang dikenali versi PPID Desk ini.');
  const fingerprint = fingerprintOf(publicKeyRaw);
  if (!isTrusted(fingerprint)) {
    throw refuse(
      `kunci penanda tangannya belum dipercaya (sidik jari ${groupFingerprint(fingerprint)}, dari "${payload.data.office}"). ` +
        'Cocokkan sidik jari itu dengan kantor pengirim lewat saluran lain (telepon), lalu percayai kuncinya (Narasi › Kunci tepercaya, atau --trust SIDIK_JARI).',
    );
  }
  return { payload: payload.data, fingerprint, sha256: createHash('sha256').update(signed).digest('hex') };
}
