// The PPID's signature block for the documents made from the archive (the published DIP, the
// Daftar Informasi yang Dikecualikan, the classification decree and the consequence test). One
// function on purpose: the case letters' shared signature component (issue 13) replaces its body
// at merge, and every archive document follows.
import type { Block } from '../../documents/model';
import type { Official } from '../snapshot';

/**
 * `placeDate` is "Samarinda, 23 November 2026" for a list or sheet; a decree passes its
 * "Ditetapkan di …" / "pada tanggal …" lines as `decreeLines` instead, so that they stay on the
 * page of the signature (a signature block is never split).
 */
export function ppidSignBlock(ppid: Official, unit: string, placeDate?: string, decreeLines: string[] = []): Block {
  return {
    type: 'signature',
    ...(placeDate ? { placeDate } : {}),
    titleLines: [...decreeLines, 'Pejabat Pengelola Informasi dan Dokumentasi', `${unit},`],
    name: ppid.name,
    ...(ppid.nip ? { nip: `NIP. ${ppid.nip}` } : {}),
  };
}
