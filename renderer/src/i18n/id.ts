// Bahasa Indonesia: the first language. Every UI string lives here (and in en.ts, same keys).
// Validation messages of the office profile come from the shared zod schema, not from here.
// The parts are named after the feature folder that shows them: `<feature>[.<section>].id.ts`
// (settings.backup.id.ts is Pengaturan › Cadangan); `cases` and `forms` are the shared layers'.
import { calendarId } from './settings.calendar.id';
import { numberingId } from './settings.numbering.id';
import { objectionsId } from './objections.id';
import { lettersId } from './letters.id';
import { casesId } from './cases.id';
import { archiveId } from './archive.id';
import { mediaId } from './inquiries.id';
import { newsroomId } from './newsroom.id';
import { pdpId } from './settings.pdp.id';
import { tariffId } from './settings.tariff.id';
import { maklumatId } from './settings.maklumat.id';
import { officersId } from './officers.id';
import { backupId } from './settings.backup.id';
import { registerId } from './cases.register.id';
import { closingId } from './requests.closing.id';
import { walkinId } from './requests.walkin.id';
import { formsId } from './forms.id';
import { reportsId } from './reports.id';
import { authId } from './auth.id';
import { humasId } from './humas.id';

export const id = {
  app: {
    name: 'PPID Desk',
    skipToContent: 'Lompat ke konten',
    loading: 'Memuat…',
    openNavigation: 'Buka navigasi',
    closeNavigation: 'Tutup navigasi',
  },
  nav: {
    label: 'Navigasi utama',
    inbox: 'Kotak Masuk',
    requests: 'Permohonan',
    objections: 'Keberatan',
    inquiries: 'Media',
    humas: 'Humas',
    archive: 'Arsip',
    reports: 'Laporan',
    settings: 'Pengaturan',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  backend: {
    unreachableTitle: 'Tidak dapat terhubung ke PPID Desk',
    unreachableBody:
      'Layanan PPID Desk tidak menjawab. Pastikan aplikasi PPID Desk masih berjalan di komputer ini, lalu coba lagi. Data yang sudah tersimpan tidak hilang.',
    forbiddenTitle: 'Sesi tidak sah',
    forbiddenBody:
      'Alamat halaman ini tidak lagi berlaku. Buka kembali PPID Desk dari aplikasinya agar mendapat alamat baru.',
    errorTitle: 'PPID Desk tidak dapat dimulai',
    retry: 'Coba lagi',
    details: 'Keterangan: {{message}}',
  },
  crash: {
    title: 'Terjadi kesalahan pada tampilan',
    body: 'Maaf, halaman ini gagal ditampilkan. Data yang sudah tersimpan tidak terpengaruh. Muat ulang untuk melanjutkan.',
    reload: 'Muat ulang',
    home: 'Ke Kotak Masuk',
    details: 'Rincian teknis',
  },
  errors: {
    unreachable: 'Tidak dapat terhubung ke layanan PPID Desk. Periksa apakah aplikasi masih berjalan.',
  },
  settings: {
    title: 'Pengaturan',
    profileTitle: 'Profil kantor',
    profileIntro:
      'Profil ini dicetak pada kop surat dan blok tanda tangan setiap surat. Isian bertanda * wajib diisi.',
    loadFailed: 'Profil kantor gagal dimuat: {{message}}',
    sections: {
      letterhead: 'Kop surat',
      contact: 'Kontak',
      place: 'Tempat dan waktu layanan',
      ppid: 'PPID',
      atasan: 'Atasan PPID',
    },
    fields: {
      instansiLine: 'Nama instansi baris {{n}}',
      instansiHelp: '1 sampai 4 baris, seperti pada kop surat, mis. PEMERINTAH PROVINSI KALIMANTAN TIMUR.',
      addLine: 'Tambah baris',
      removeLine: 'Hapus baris {{n}}',
      unit: 'Unit/PPID',
      address: 'Alamat',
      phone: 'Telepon',
      email: 'E-mail',
      website: 'Situs web',
      city: 'Kota',
      cityHelp: 'Tempat penandatanganan surat, mis. Samarinda.',
      timeZone: 'Zona waktu',
      cutoffTime: 'Batas jam layanan',
      cutoffHelp:
        'Format JJ:MM. Permohonan yang diterima setelah jam ini dihitung mulai hari kerja berikutnya.',
      ppidName: 'Nama PPID',
      ppidNip: 'NIP PPID',
      ppidTitle: 'Jabatan PPID',
      atasanName: 'Nama Atasan PPID',
      atasanNip: 'NIP Atasan PPID',
      atasanTitle: 'Jabatan Atasan PPID',
      nipHelp: '18 digit; spasi boleh. Kosongkan bila bukan pegawai ASN.',
    },
    save: 'Simpan',
    saveHint: 'Pintasan: Ctrl+S',
    saved: 'Profil kantor tersimpan.',
    // Indonesian has no plural forms; one wording fits 1 and n.
    summaryTitle: 'Profil kantor belum tersimpan. Periksa isian berikut ({{count}}):',
    saveFailed: 'Profil kantor gagal disimpan: {{message}}',
    leave: {
      title: 'Perubahan belum disimpan',
      body: 'Ada perubahan pada profil kantor yang belum disimpan. Tinggalkan halaman ini dan buang perubahan?',
      stay: 'Tetap di sini',
      discard: 'Buang perubahan',
    },
    logo: {
      title: 'Logo kop surat',
      label: 'Logo',
      help: 'Berkas PNG atau JPEG, paling besar 1 MB. Logo langsung tersimpan setelah berkas dipilih.',
      none: 'Belum ada logo.',
      previewAlt: 'Logo kop surat yang terpasang',
      remove: 'Lepas logo',
      uploading: 'Mengunggah logo…',
      saved: 'Logo tersimpan.',
      removed: 'Logo dilepas.',
      notImage: 'Logo harus berupa gambar PNG atau JPEG.',
      tooLarge: 'Logo terlalu besar ({{size}}): paling besar 1 MB.',
      failed: 'Logo gagal disimpan: {{message}}',
      size: '{{width}} × {{height}} piksel, {{size}}',
    },
  },
  cases: casesId,
  objections: objectionsId,
  archive: archiveId,
  calendar: calendarId,
  numbering: numberingId,
  media: mediaId,
  newsroom: newsroomId,
  letters: lettersId,
  pdp: pdpId,
  tariff: tariffId,
  maklumat: maklumatId,
  officers: officersId,
  backup: backupId,
  register: registerId,
  closing: closingId,
  walkin: walkinId,
  forms: formsId,
  reports: reportsId,
  auth: authId,
  humas: humasId,
};

export type Messages = typeof id;
