// The PPID's signature block for the documents made from the archive (the published DIP, the
// Daftar Informasi yang Dikecualikan, the classification decree and the consequence test). One
// function on purpose: the case letters' shared signature component (issue 13) replaces its body
// at merge, and every archive document follows.
import type { Block } from '../../documents/model';
import type { Official } from '../snapshot';

export function ppidSignBlock(ppid: Official, unit: string, placeDate?: string): Block {
  return {
    type: 'signature',
    ...(placeDate ? { placeDate } : {}),
    titleLines: ['Pejabat Pengelola Informasi dan Dokumentasi', `${unit},`],
    name: ppid.name,
    ...(ppid.nip ? { nip: `NIP. ${ppid.nip}` } : {}),
  };
}
