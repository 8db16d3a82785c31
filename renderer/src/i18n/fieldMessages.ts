// Field validation messages of the shared schemas (shared/ipc/text.ts, fields.ts and the channel
// files) in English, for the UI in English. The schemas write "<Label> wajib diisi." and the like;
// the label is translated when known and kept as written otherwise (the form shows the English
// label beside it anyway).

const LABELS: Record<string, string> = {
  Catatan: 'Note',
  'Nama butir tarif': 'Tariff item name',
  Satuan: 'Unit',
  'Nomor keputusan tarif': 'Tariff decree number',
  'Tanggal keputusan tarif': 'Tariff decree date',
  'Saluran permohonan': 'Request channel',
  'Cara memperoleh informasi': 'How to obtain the information',
  'Cara mendapatkan salinan': 'How to get the copy',
  'Jenis identitas': 'ID type',
  Tanggal: 'Date',
  'Waktu diterima': 'Time received',
  'Unit pengolah': 'Processing unit',
  Unit: 'Unit',
  'Uji konsekuensi': 'Consequence test',
  'Tujuan penggunaan informasi': 'Purpose of use',
  Topik: 'Topic',
  'Tanggapan pemohon': "Requester's reply",
  'Tanggal awal': 'Start date',
  'Tanggal akhir': 'End date',
  Petugas: 'Officer',
  'Nomor register Komisi Informasi': 'Information Commission register number',
  'Nama media': 'Outlet name',
  'Nama kuasa pemohon': "Requester's proxy",
  'Juru bicara': 'Spokesperson',
  'Informasi yang diminta': 'Information requested',
  'Cara pembayaran': 'Payment method',
  'Alasan perpanjangan': 'Reason for the extension',
  'Alasan penarikan': 'Reason for the withdrawal',
  'Alasan membuka kembali': 'Reason for reopening',
  'Waktu permohonan lengkap': 'Time the request was complete',
  'Waktu keberatan diterima': 'Time the objection was received',
  'Tenggat media': "Outlet's deadline",
  'Tanggal tanggapan atasan': "Date of the Atasan's answer",
  'Tanggal sidang berikutnya': 'Next hearing date',
  'Tanggal putusan': 'Decision date',
  'Tanggal pengajuan sengketa': 'Date the dispute was filed',
  'Tanggal pemberitahuan tertulis': 'Date of the written notice',
  'Tanggal informasi diserahkan': 'Date the information was handed over',
  'Tanggal awal periode': 'First day of the period',
  'Tanggal akhir periode': 'Last day of the period',
  Pertanyaan: 'Question',
  Jawaban: 'Answer',
  'Nomor telepon wartawan': "Journalist's phone number",
  'Nomor telepon pemohon': "Requester's phone number",
  'Nomor identitas': 'ID number',
  'Nama wartawan': "Journalist's name",
  'Nama petugas': "Officer's name",
  'Nama pemohon': "Requester's name",
  'Nama atasan PPID': "Atasan PPID's name",
  'Jabatan atasan PPID': "Atasan PPID's position",
  'Alamat pemohon': "Requester's address",
  'Alamat e-mail wartawan': "Journalist's e-mail address",
  'Alamat e-mail pemohon': "Requester's e-mail address",
  'Pekerjaan pemohon': "Requester's occupation",
  'Kasus posisi (ringkasan keberatan)': 'Summary of the objection',
  'Informasi yang dimaksud': 'Information concerned',
  'Batas waktu pelaksanaan tanggapan atasan': "Date the Atasan's answer is to be carried out by",
  'Keterangan pelaksanaan': 'Note on the release',
  'Judul informasi': 'Title of the information',
  'Ringkasan isi informasi': 'Summary of the information',
  'Kode unit': 'Unit code',
  'Gambaran umum kebijakan': 'Service policy',
  'Pelaksanaan pelayanan': 'How the service ran',
  Kendala: 'Obstacles',
  'Rekomendasi dan rencana tindak lanjut': 'Recommendations and follow-up',
};

const label = (l: string) => LABELS[l] ?? l;

type Rule = [RegExp, (...groups: string[]) => string];

const RULES: Rule[] = [
  [/^(.+) wajib diisi\.$/, (l) => `${label(l)} is required.`],
  [/^(.+) wajib diisi dalam bentuk TTTT-BB-HH\.$/, (l) => `${label(l)} is required, as YYYY-MM-DD.`],
  [/^(.+) wajib dipilih( \(daftar\))?\.$/, (l) => `${label(l)}: choose at least one.`],
  // zod's Indonesian locale (shared/ipc/zod.ts) for a missing object or a wrong type.
  [/^Input tidak valid: diharapkan (\S+), diterima (\S+)$/, (want, got) => `Invalid input: expected ${want}, received ${got}.`],
  [/^(.+) harus salah satu dari: (.+)\.$/, (l, list) => `${label(l)} must be one of: ${list}.`],
  [/^(.+) harus berupa teks\.$/, (l) => `${label(l)} must be text.`],
  [/^(.+) paling banyak (\d+) karakter\.$/, (l, n) => `${label(l)} may have at most ${n} characters.`],
  [/^(.+) harus satu baris: hapus baris baru atau tab di dalamnya\.$/, (l) => `${label(l)} must be a single line: remove the line breaks or tabs in it.`],
  [/^(.+) mengandung karakter rusak/, (l) => `${label(l)} contains broken characters (not valid Unicode text); type it again.`],
  [/^(.+) mengandung karakter kendali/, (l) => `${label(l)} contains control characters that are not allowed (e.g. NUL or ESC); type it again.`],
  [/^(.+) mengandung tanda pembalik arah teks/, (l) => `${label(l)} contains invisible text-direction (bidi) marks; type it again instead of pasting it.`],
  [/^(.+) harus memuat huruf atau angka\.$/, (l) => `${label(l)} must contain letters or digits.`],
  [/^(.+) hanya berisi karakter yang tidak terlihat/, (l) => `${label(l)} contains only invisible characters; clear it or type text.`],
  [/^(.+) harus tanggal yang ada, dalam bentuk TTTT-BB-HH/, (l) => `${label(l)} must be a real date, as YYYY-MM-DD, e.g. 2026-03-17.`],
  [/^(.+) wajib berupa waktu ISO dengan zona/, (l) => `${label(l)} must be an ISO time with its zone, e.g. 2026-03-17T10:00:00+08:00.`],
  [/^(.+) harus waktu lengkap dengan zona waktu/, (l) => `${label(l)} must be a full time with its time zone, e.g. 2026-03-17T10:00:00+08:00 (WITA) or ...Z (UTC).`],
  [/^(.+) terlalu lampau: paling awal 1 Januari (\d+)\./, (l, y) => `${label(l)} is too far back: 1 January ${y} at the earliest. Check the year.`],
  [/^(.+) tidak boleh di masa depan\.?$/, (l) => `${label(l)} cannot be in the future.`],
  [/^(.+) tidak sah: gunakan angka, spasi, tanda kurung atau tanda hubung/, (l) => `${label(l)} is not valid: use digits, spaces, brackets or hyphens, e.g. 0812-3456-7890.`],
  [/^(.+) tidak sah, mis\. nama@contoh\.id\.$/, (l) => `${label(l)} is not valid, e.g. name@example.id.`],
  [/^Biaya harus berupa angka rupiah\.$/, () => 'The cost must be a number of rupiah.'],
  [/^Biaya harus bilangan bulat rupiah\.$/, () => 'The cost must be a whole number of rupiah.'],
  [/^Biaya tidak boleh negatif\.$/, () => 'The cost cannot be negative.'],
  [/^Biaya terlalu besar\.$/, () => 'The cost is too large.'],
  [/^NIK hanya boleh berisi angka\.$/, () => 'The NIK may contain digits only.'],
  [/^NIK harus 16 digit; yang diisi (\d+) digit\.$/, (n) => `The NIK must have 16 digits; ${n} were entered.`],
  [/^NIK tidak sah: 2 digit pertama \((\d+)\) bukan kode provinsi\.$/, (d) => `The NIK is not valid: its first 2 digits (${d}) are not a province code.`],
  [/^NIK tidak sah: digit 3-6 harus kode kabupaten/, () => 'The NIK is not valid: digits 3-6 must be the regency/city and district code.'],
  [/^NIK tidak sah: digit 7-12 harus tanggal lahir/, () => 'The NIK is not valid: digits 7-12 must be the date of birth (DDMMYY; women: day + 40).'],
  [/^NIK tidak sah: 4 digit terakhir tidak boleh 0000\.$/, () => 'The NIK is not valid: its last 4 digits cannot be 0000.'],
];

/** The English of a known field message; null when none matches. */
export function englishFieldMessage(message: string): string | null {
  for (const [pattern, english] of RULES) {
    const match = pattern.exec(message);
    if (match) return english(...match.slice(1));
  }
  return null;
}
