// The core speaks Indonesian: its refusals (AppError messages) and the reasons a letter is not yet
// possible (shared/domain/letters/availability.ts) are written for the officer and printed by the
// CLI. With the UI in English, the known ones are shown in English here; anything not listed
// stays as the core wrote it (Indonesian is never wrong in this app, only less convenient).
// Case numbers, status names in quotes and button names ("Perpanjang") are kept as the officer
// sees them on screen.

import { englishFieldMessage } from './fieldMessages';

type Rule = [RegExp, (...groups: string[]) => string];

const WHAT: Record<string, string> = {
  surat: 'a letter',
  'pernyataan tertulis': 'a written statement',
  'Daftar Informasi Publik': 'the public information list (DIP)',
  'register': 'a register',
  'ekspor data pemohon': "the requester's data export",
  klarifikasi: 'a clarification',
};

/** The office profile fields the maklumat pelayanan names when they are missing (electron/core/maklumat/profileCheck.ts). */
const PROFILE_FIELDS: Record<string, string> = {
  'nama instansi': 'office name',
  'unit/PPID': 'unit/PPID',
  alamat: 'address',
  'kota (tempat surat)': 'city (place on letters)',
  'nama PPID': 'PPID name',
  'jabatan PPID': 'PPID position',
  'nama Atasan PPID': 'Atasan PPID name',
  'jabatan Atasan PPID': 'Atasan PPID position',
  'telepon atau e-mail': 'phone or e-mail',
};

const RULES: Rule[] = [
  // A stale update (electron/core/db/versions.ts): another officer saved in between.
  [
    /^Sudah diubah oleh (.+) pukul (\d\d\.\d\d)(?: tanggal (\S+))?; muat ulang\.$/,
    (who, time, date) => `Already changed by ${who} at ${time}${date ? ` on ${date}` : ''}; reload.`,
  ],
  [/^Data ini sudah tidak ada lagi; muat ulang\.$/, () => 'This record no longer exists; reload.'],
  // Letters a case does not allow yet (shared/domain/letters/availability.ts).
  [/^Surat ini dibuat dari keberatan: buka keberatannya, bukan permohonannya\.$/, () => 'This letter is made from the objection: open the objection, not the request.'],
  [/^Surat ini dibuat dari permohonan: buka permohonannya, bukan keberatannya\.$/, () => 'This letter is made from the request: open the request, not the objection.'],
  [
    /^Surat tanggapan atas keberatan hanya dapat dibuat setelah tanggapan atasan PPID dicatat: keberatan (\S+) (sudah ditarik|belum ditanggapi) \(catat dulu "Tanggapan atasan"\)\.$/,
    (n, state) => `The answer to an objection can only be made once the Atasan PPID's answer is recorded: objection ${n} ${state === 'sudah ditarik' ? 'was withdrawn' : 'has no answer yet'} (record "Tanggapan atasan" first).`,
  ],
  [
    /^Surat pemberitahuan tertulis hanya dapat dibuat setelah keputusan atas permohonan (\S+) dicatat/,
    (n) => `The written notice can only be made once the decision on request ${n} is recorded (set the status to "dijawab": granted in full, in part, or refused).`,
  ],
  [
    /^Surat perpanjangan hanya dapat dibuat setelah jangka waktu permohonan (\S+) diperpanjang/,
    (n) => `The extension notice can only be made once request ${n} has been extended (record "Perpanjang" with its reason first).`,
  ],
  [
    /^Surat penolakan hanya dapat dibuat setelah permohonan (\S+) ditolak/,
    (n) => `The refusal decree can only be made once request ${n} is refused (in full or in part) on the grounds of Article 17 UU KIP: record the decision "ditolak" with its consequence test first.`,
  ],
  [
    /^Surat penolakan hanya untuk informasi yang dikuasai dan dikecualikan .*permohonan (\S+) tidak dikuasai/,
    (n) => `A refusal decree is only for information the office holds and that is exempt (Article 17 UU KIP); the information of request ${n} is not held, so the written notice is enough.`,
  ],
  [
    /^Tanda bukti penyerahan informasi hanya dapat dibuat setelah tanggal penyerahan informasi permohonan (\S+) dicatat/,
    (n) => `The handover receipt can only be made once the date the information of request ${n} was handed over is recorded (set the status to "selesai" with the handover date).`,
  ],
  [
    /^Pemberitahuan kelengkapan dan biaya hanya dapat dibuat saat permohonan (\S+) menunggu pemohon/,
    (n) => `The notice of missing details or cost can only be made while request ${n} waits for the requester (set the status to "menunggu pemohon" with what is awaited).`,
  ],
  [
    /^Kuitansi hanya dapat dibuat bila permohonan (\S+) dikenai biaya/,
    (n) => `A payment receipt can only be made when request ${n} is charged a cost: record the cost first (on the answer or when closing the request).`,
  ],
  [
    /^Kuitansi hanya dapat dibuat setelah cara pembayaran biaya permohonan (\S+) dicatat/,
    (n) => `A payment receipt can only be made once the payment method of request ${n} is recorded (cash, bank transfer, QRIS or other).`,
  ],
  [/^Jenis surat tidak dikenal\.$/, () => 'Unknown letter type.'],
  // Preconditions that name the place that fixes them.
  [
    /^Profil kantor belum lengkap: isi Pengaturan → Profil kantor \(kop surat, PPID, Atasan PPID\) sebelum membuat (.+)\.$/,
    (what) => `The office profile is incomplete: fill in Settings → Office profile (letterhead, PPID, Atasan PPID) before making ${WHAT[what] ?? what}.`,
  ],
  [
    /^Maklumat pelayanan belum dapat dibuat karena profil kantor belum lengkap\. Belum diisi: (.+)\. Lengkapi di Pengaturan → Profil kantor, lalu coba lagi\.$/,
    (fields) => `The service notice cannot be made yet: the office profile is incomplete. Missing: ${fields.split(', ').map((f) => PROFILE_FIELDS[f] ?? f).join(', ')}. Fill them in under Settings → Office profile, then try again.`,
  ],
  [/^Pola nomor surat memuat \{unit\}, tetapi kode unit belum diisi/, () => 'The letter number pattern contains {unit}, but no unit code is set: fill in Settings → Numbering → Unit code.'],
  [/^Permohonan (\S+) belum memiliki keberatan/, (n) => `Request ${n} has no objection yet: record the objection first (Keberatan → Catat keberatan).`],
  [/^Folder cadangan (.+) tidak ditemukan \(flashdisk belum dipasang\?\)/, (f) => `The backup folder ${f} was not found (USB drive not plugged in?). Plug the drive in or choose another folder in Settings › Backups.`],
  // Case states that refuse a change.
  [/^Permohonan sudah selesai; statusnya tidak dapat diubah lagi\.$/, () => 'The request is done; its status can no longer change.'],
  [/^Permohonan sudah ditarik; statusnya tidak dapat diubah lagi\.$/, () => 'The request was withdrawn; its status can no longer change.'],
  [/^Permohonan sudah diperpanjang; perpanjangan hanya boleh sekali/, () => 'The request was already extended; it may be extended only once (UU KIP Article 22(8)).'],
  [/^Permohonan sudah berstatus ('.+?')\.$/, (a) => `The request is already ${a}.`],
  [/^Status tidak dapat kembali menjadi ('.+?')\.$/, (a) => `The status cannot go back to ${a}.`],
  [
    /^Permohonan yang diperpanjang tetap berstatus ('.+?') sampai dijawab; ubah statusnya menjadi ('.+?') bila/,
    (a, b) => `An extended request stays ${a} until it is answered; change its status to ${b} once the written notice has been sent.`,
  ],
  [
    /^Permohonan sudah dijawab; langkah berikutnya ('.+?') \(informasi sudah diserahkan\) atau ('.+?') \(biaya salinan belum dibayar\)\.$/,
    (a, b) => `The request is answered; the next step is ${a} (the information was handed over) or ${b} (the copying cost is not paid yet).`,
  ],
  [/^Permohonan berstatus ('.+?') tidak dapat langsung menjadi ('.+?'): ubah dulu statusnya menjadi (.+)\.$/, (a, b, steps) => `A request in status ${a} cannot become ${b} directly: change its status to ${steps.replace(/, lalu /g, ', then ')} first.`],
  [/^Status ('.+?') tidak dapat diubah menjadi ('.+?')\. Dari .+? hanya boleh ke: (.+)\.$/, (a, b, allowed) => `Status ${a} cannot change to ${b}. From ${a} only to: ${allowed}.`],
  // Objections without a request (shared/domain/requests/objectionGrounds.ts) and the Atasan's release order.
  [
    /^Keberatan atas alasan Pasal 35 ayat \(1\) (.+?) hanya dapat diajukan atas permohonan informasi yang sudah tercatat/,
    (grounds) =>
      `An objection on Art. 35(1) ${grounds.replace(/huruf /g, 'letter ')} can only be filed against a recorded information request: choose its request. Without a request, only ground b (periodic information not published) can be raised.`,
  ],
  [/^Keberatan tanpa permohonan: identitas pemohon keberatan wajib diisi/, () => "Objection without a request: enter the objector's identity (name, ID, address, phone)."],
  [/^Keberatan tanpa permohonan: sebutkan informasi berkala yang tidak disediakan\.$/, () => 'Objection without a request: name the periodic information that was not published.'],
  [/^Identitas pemohon keberatan diambil dari permohonannya; jangan diisi lagi\.$/, () => "The objector's identity comes from the request; do not enter it again."],
  [/^Keberatan yang ditolak tidak memuat perintah pemberian informasi/, () => 'A refused objection orders no release of information; leave the date empty.'],
  [/^Batas waktu pelaksanaan \((.+?)\) tidak boleh sebelum tanggal tanggapan atasan \((.+?)\)\.$/, (a, b) => `The release date (${a}) cannot be before the Atasan's answer (${b}).`],
  [/^Pelaksanaan tanggapan atasan atas keberatan (\S+) sudah dicatat\.$/, (n) => `The release ordered on objection ${n} was already recorded.`],
  [/^Keberatan (\S+) diajukan atas permohonan (\S+): catat penyerahan informasi pada permohonan itu/, (n, r) => `Objection ${n} was filed against request ${r}: record the handover on that request; the task then closes by itself.`],
  [/^Keberatan (\S+) sudah (ditanggapi|ditarik); tanggapan tidak dapat dicatat lagi\.$/, (n, s) => `Objection ${n} was already ${s === 'ditanggapi' ? 'answered' : 'withdrawn'}; no answer can be recorded any more.`],
  [/^Pertanyaan (\S+) sudah dijadikan permohonan informasi; buka permohonan yang tertaut\.$/, (n) => `Inquiry ${n} was already turned into an information request; open the linked request.`],
  [/^Jawaban pertanyaan (\S+) belum disetujui;/, (n) => `The answer to inquiry ${n} is not approved yet; the written statement is made after approval.`],
  [/^Jawaban pertanyaan (\S+) bersifat off the record;/, (n) => `The answer to inquiry ${n} is off the record; no written statement is made.`],
  [/^Identitas pemohon (\S+) sudah dianonimkan/, (n) => `The requester's identity on ${n} was anonymised (retention ended); the ID number is no longer kept.`],
  [/^Identitas pemohon ini sudah dianonimkan/, () => "This requester's identity was anonymised (retention ended): no personal data is left to export."],
  [/^Surat tidak dapat diterbitkan karena data perkara terus berubah/, () => 'The letter was not issued because the case kept changing while it was made; try again.'],
  // Notes the archive's importer adds to a file (electron/core/archive/parse).
  [/^(\d+) gambar tidak ditampilkan di pratinjau/, (n) => `${n} image(s) not shown in the preview (external links, too large, or another format).`],
  [/^Pratinjau terlalu besar dan tidak disimpan; teks tetap dapat dicari\.$/, () => 'The preview is too large and was not kept; the text can still be searched.'],
  [/^Teks sangat panjang; hanya 2 juta karakter pertama yang diindeks\.$/, () => 'Very long text; only the first 2 million characters are indexed.'],
  [/^Dokumen Word dilindungi kata sandi; disimpan tanpa teks\.$/, () => 'Password-protected Word document; stored without its text.'],
  [/^Jenis berkas ini disimpan tanpa teks/, () => 'This kind of file is stored without its text (only DOCX and PDF are read).'],
  [/^PDF dilindungi kata sandi; disimpan tanpa teks\.$/, () => 'Password-protected PDF; stored without its text.'],
  [/^PDF mengaku berisi (\d+) halaman; jumlah halaman tidak dicatat\.$/, (n) => `The PDF claims ${n} pages; the page count was not recorded.`],
  [/^Bagian ZIP di dalam DOCX terenkripsi\.$/, () => 'A ZIP part inside the DOCX is encrypted.'],
  // What the dispatcher and the storage layer say about any call.
  [/^Terjadi kesalahan di dalam aplikasi\. Data tidak berubah;/, () => 'Something went wrong inside the app. Nothing was changed; try again, and report it to the administrator if it happens again.'],
  [/^Jawaban aplikasi tidak terbaca, jadi belum pasti/, () => 'The app’s answer could not be read, so it is not certain whether the change was saved. Open the list again to check before sending it again, and report it to the administrator.'],
  [/^Perubahan SUDAH tersimpan, tetapi aplikasi gagal menyelesaikan jawabannya\./, () => 'The change IS saved, but the app failed to finish its answer. Do not fill in or send it again: reload the view (open the list again) to see what was saved, and report it to the administrator if it happens again.'],
  [/^Disk penuh:/, () => 'Disk full: not enough free space to save. Free some disk space (or move old backups), then try again. Nothing was half-saved.'],
  [/^Arsip sedang dibuka oleh aplikasi lain/, () => 'The archive is open in another program. Close that program first, then try again.'],
  // Accounts and roles (electron/core/auth).
  [/^Sesi berakhir; silakan masuk lagi\.$/, () => 'Your session has ended; please sign in again.'],
  [/^Nama pengguna atau kata sandi salah\.$/, () => 'Wrong username or password.'],
  [/^Terlalu banyak percobaan; coba lagi dalam (\d+) menit\.$/, (n) => `Too many attempts; try again in ${n} minute${n === '1' ? '' : 's'}.`],
  [/^Akun ini dinonaktifkan\. Hubungi Admin\.$/, () => 'This account is disabled. Contact an Admin.'],
  [/^Kata sandi lama salah\.$/, () => 'The current password is wrong.'],
  [
    /^Tindakan ini memerlukan peran (.+)\. Minta petugas dengan peran itu/,
    (roles) => `This action needs the role ${roles.replace(/ atau /g, ' or ')}. Ask an officer with that role, or ask an Admin to add it to your account.`,
  ],
];

/** The English of a known core message; the message itself otherwise. */
export function englishCoreMessage(message: string): string {
  for (const [pattern, english] of RULES) {
    const match = pattern.exec(message);
    if (match) return english(...match.slice(1));
  }
  return englishFieldMessage(message) ?? message;
}

/** A core message in the UI language (`language` as i18next names it). */
export function coreMessageIn(language: string, message: string): string {
  return language.startsWith('en') ? englishCoreMessage(message) : message;
}
