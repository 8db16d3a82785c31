// Pengaturan › Maklumat pelayanan (Perki 1/2021 Ps 47-48).
export const maklumatId = {
  title: 'Maklumat pelayanan informasi publik',
  intro:
    'Maklumat pelayanan dibuat dari profil kantor (kop, PPID, Atasan PPID, kontak), tarif biaya salinan dan jangka waktu undang-undang: dasar hukum, prosedur, jangka waktu, biaya, jaminan, serta pengaduan, keberatan dan evaluasi, ditandatangani PPID. A3 untuk dipasang di meja layanan (satu lembar, dua kolom), A4 untuk dibagikan.',
  size: 'Ukuran kertas',
  sizes: { a3: 'A3 (poster)', a4: 'A4' },
  format: 'Format',
  download: 'Unduh maklumat',
  working: 'Menyusun maklumat pelayanan {{size}} ({{format}})…',
  done: 'Maklumat pelayanan diunduh: {{file}}.',
};
