// The one signature block of every letter and register (Tata Naskah Dinas practice): place and
// date (or "Ditetapkan di … / pada tanggal …" under a decree), the signer's jabatan, room for a wet
// signature or stamp, the name and the NIP in its four groups ("NIP. 19750312 200003 1 004").
// Callers never build a 'signature' Block themselves, so every document signs alike.
import { formatNip } from '../../../shared/domain/settings/nip';
import type { Block, SignatureParty } from '../documents/model';

export interface Signer {
  name: string;
  nip: string;
  /** The jabatan, e.g. "Kepala Dinas Komunikasi dan Informatika". */
  title: string;
}

/** Where and when: "Samarinda, 23 November 2026", or a decree's two lines. */
export type SignedAt = { place: string; date: string; decree?: boolean } | undefined;

/** 'NIP. 19750312 200003 1 004', or nothing for a signer without a NIP (not a civil servant). */
export function nipLine(nip: string): string | undefined {
  return nip.trim() ? `NIP. ${formatNip(nip)}` : undefined;
}

/** A blank to write a name on, when the signer is not known when the letter is issued. */
export const NAME_BLANK = '(....................................)';

const endComma = (line: string) => (line.endsWith(',') ? line : `${line},`);

/**
 * The PPID's title lines: the Jabatan PPID from the office profile, then "selaku <unit>" when the
 * unit names the PPID role the jabatan does not ("Kepala Dinas Kominfo" / "selaku PPID Utama,").
 * Never a fixed "Pejabat Pengelola Informasi dan Dokumentasi" line: with a unit such as "PPID
 * Dinas Kominfo" it said the same thing twice and left out the jabatan, which the signature needs.
 */
export function ppidTitleLines(office: { unit: string; ppid: Signer }): string[] {
  const title = office.ppid.title.trim();
  const unit = office.unit.trim();
  const role = /\bPPID\b|pengelola informasi/i;
  if (!title) return [endComma(unit || 'Pejabat Pengelola Informasi dan Dokumentasi')];
  if (!unit || role.test(title) || title.toLowerCase().includes(unit.toLowerCase())) return [endComma(title)];
  return [title, endComma(`selaku ${role.test(unit) ? unit : `PPID ${unit}`}`)];
}

/** The Atasan PPID's title lines: the jabatan, "selaku Atasan PPID,". */
export function atasanTitleLines(atasan: Signer): string[] {
  const title = atasan.title.trim();
  if (!title) return ['Atasan PPID,'];
  if (/atasan\s+PPID/i.test(title)) return [endComma(title)];
  return [title, 'selaku Atasan PPID,'];
}

function placeLines(at: SignedAt): { placeDate?: string; before: string[] } {
  if (!at) return { before: [] };
  // A decree (keputusan) is dated "Ditetapkan di … / pada tanggal …", never also "Kota, tanggal".
  if (at.decree) return { placeDate: `Ditetapkan di ${at.place}`, before: [`pada tanggal ${at.date}`] };
  return { placeDate: `${at.place}, ${at.date}`, before: [] };
}

/** A signer as one party of a block: its lines, the name (or a blank to write it on) and the NIP. */
export function party(titleLines: string[], signer: { name: string; nip?: string }, at?: SignedAt): SignatureParty {
  const { placeDate, before } = placeLines(at);
  const nip = nipLine(signer.nip ?? '');
  return {
    ...(placeDate ? { placeDate } : {}),
    titleLines: [...before, ...titleLines],
    name: signer.name.trim() || NAME_BLANK,
    ...(nip ? { nip } : {}),
  };
}

/** The signature Block: one signer on the right, and optionally a second one on the left. */
export function signatureBlock(right: SignatureParty, left?: SignatureParty): Block {
  return { type: 'signature', ...right, ...(left ? { left } : {}) };
}

/** The PPID signs (letters, registers). */
export function ppidSignatureBlock(office: { unit: string; ppid: Signer }, at?: SignedAt): Block {
  return signatureBlock(party(ppidTitleLines(office), office.ppid, at));
}

/** The Atasan PPID signs (the answer to an objection). */
export function atasanSignatureBlock(atasan: Signer, at?: SignedAt): Block {
  return signatureBlock(party(atasanTitleLines(atasan), atasan, at));
}
