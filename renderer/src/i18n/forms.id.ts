// Shared form pieces: the date field, the unsaved-changes guard, first-run setup, shortcuts.
export const formsId = {
  conflict: {
    reload: 'Muat ulang',
    reloaded: 'Data terbaru sudah dimuat. Isian Anda tetap ada: periksa perubahan petugas lain, lalu simpan lagi bila masih perlu.',
  },
  officer: {
    title: 'Petugas di meja ini',
    name: 'Nama petugas',
    help: 'Dicatat pada riwayat setiap kasus dan di log audit mulai sekarang. Kosongkan untuk mencatat akun komputer ({{account}}).',
    save: 'Simpan nama petugas',
    saved: 'Tersimpan: tindakan berikutnya dicatat atas nama {{name}}.',
    cleared: 'Nama petugas dihapus: tindakan berikutnya dicatat atas akun komputer {{account}}.',
    account: 'akun komputer {{account}}',
  },
  fix: {
    profile: 'Lengkapi profil kantor di Pengaturan',
    numbering: 'Buka Pengaturan › Penomoran',
    calendar: 'Buka Pengaturan › Kalender',
    backup: 'Buka Pengaturan › Cadangan',
  },
  setup: {
    title: 'Persiapan PPID Desk',
    intro:
      'Selamat datang. Sebelum kasus pertama dicatat, isi profil kantor: kop surat, PPID dan Atasan PPID tercetak pada setiap surat. Semua isian di halaman ini dapat diubah kapan saja di Pengaturan.',
    profileStep: '1. Profil kantor, PPID dan Atasan PPID',
    moreStep: '2. Logo, penomoran dan kalender',
    calendarStep: 'Kalender hari kerja',
    calendarCovered:
      'Kalender libur nasional dan cuti bersama tahun {{year}} sudah termasuk (versi {{version}}); tenggat dihitung dengan kalender ini. Hari libur daerah ditambahkan di Pengaturan › Kalender.',
    calendarMissing:
      'Kalender libur nasional tahun {{year}} belum termasuk dalam aplikasi ini: tenggat tahun ini hanya melewati Sabtu dan Minggu sampai hari liburnya ditambahkan.',
    calendarLink: 'Tambahkan di Pengaturan › Kalender',
    done: 'Selesai, ke Kotak Masuk',
    skip: 'Lewati dulu, ke Kotak Masuk',
    skipNote: 'Profil kantor belum tersimpan: surat belum dapat dibuat sampai profil diisi di Pengaturan.',
  },
  unsaved: {
    body: 'Ada isian yang belum disimpan. Tinggalkan dan buang isian itu?',
  },
  date: {
    placeholderDate: 'hh/bb/tttt',
    placeholderDateTime: 'hh/bb/tttt jj:mm',
    helpDate: 'Format hh/bb/tttt, mis. 17/03/2026.',
    helpDateTime: 'Format hh/bb/tttt jj:mm (24 jam), waktu {{zone}}.',
    format: 'Tulis tanggal sebagai hh/bb/tttt, mis. 17/03/2026.',
    formatDateTime: 'Tulis tanggal dan jam sebagai hh/bb/tttt jj:mm (24 jam), mis. 17/03/2026 14:30.',
    noSuchDate: 'Tanggal {{text}} tidak ada di kalender. Periksa hari dan bulannya.',
    time: 'Jam harus jj:mm dalam 24 jam (00:00 sampai 23:59), mis. 14:30.',
  },
};

export type FormsMessages = typeof formsId;
