// The PPID's signature block for the documents made from the archive (the published DIP, the
// Daftar Informasi yang Dikecualikan, the classification decree and the consequence test), through
// the one signature component of every letter (letters/signature.ts): Jabatan PPID, grouped NIP.
import type { Block } from '../../documents/model';
import { nipLine, ppidTitleLines, signatureBlock } from '../signature';
import type { Official } from '../snapshot';

/**
 * `placeDate` is "Samarinda, 23 November 2026" for a list or sheet; a decree passes its
 * "Ditetapkan di …" as `placeDate` and "pada tanggal …" in `decreeLines`, so that they stay on the
 * page of the signature (a signature block is never split).
 */
export function ppidSignBlock(ppid: Official, unit: string, placeDate?: string, decreeLines: string[] = []): Block {
  const nip = nipLine(ppid.nip);
  return signatureBlock({
    ...(placeDate ? { placeDate } : {}),
    titleLines: [...decreeLines, ...ppidTitleLines({ unit, ppid })],
    name: ppid.name,
    ...(nip ? { nip } : {}),
  });
}
