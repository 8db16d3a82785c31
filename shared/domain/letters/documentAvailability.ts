// Which classification letter an archive document allows. Each rule names the missing step in
// Indonesian: the pane shows it as the reason a button is disabled, the CLI prints it.
import type { DocumentLetterType } from './types';

export interface DocumentFacts {
  title: string;
  category: 'berkala' | 'serta_merta' | 'setiap_saat' | 'dikecualikan' | null;
  /** The consequence test's steps are filled (Perki 1/2021 Ps 49(2)). */
  harmGiven: boolean;
  publicInterestGiven: boolean;
  /** The exemption decree recorded on the document ('' when none). */
  decreeNumber: string;
  /** The number of the penetapan klasifikasi issued from the app for it, if any. */
  issuedDecreeNumber: string | null;
}

/** Null when the letter can be made; otherwise why not and which step comes first. */
export function documentLetterProblem(type: DocumentLetterType, f: DocumentFacts): string | null {
  if (f.category !== 'dikecualikan') {
    return `Surat ini hanya untuk informasi yang dikecualikan: klasifikasikan dulu dokumen “${f.title}” sebagai informasi dikecualikan (UU KIP Pasal 17) beserta uji konsekuensinya, lalu simpan.`;
  }
  if (!f.harmGiven || !f.publicInterestGiven) {
    // PP 61/2010 Ps 5; Perki 1/2021 Ps 49(2): the classification rests on the consequence test.
    return `Lengkapi dulu uji konsekuensi dokumen “${f.title}”: akibat bila informasi dibuka dan pertimbangan kepentingan publik (Perki 1/2021 Pasal 49 ayat (2)), lalu simpan.`;
  }
  if (type === 'penetapan-klasifikasi' && f.decreeNumber !== '' && f.decreeNumber !== f.issuedDecreeNumber) {
    return `Dokumen “${f.title}” sudah dicatat dengan penetapan nomor ${f.decreeNumber} yang dibuat di luar aplikasi. Untuk menerbitkan keputusan penetapan dari aplikasi, kosongkan dulu nomor dan tanggal penetapan pada isian dokumen.`;
  }
  return null;
}
