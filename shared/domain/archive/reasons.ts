// Why a file of an import was not imported (or was imported without text), as a code with
// parameters: the core writes the Indonesian sentence (CLI, report, history), and the page shows
// the sentence in the UI language from the same code. Library messages ("End of central directory
// record signature not found", "[xmldom error] entity not found", "Invalid PDF structure.") are
// mapped to one of these; the raw text is kept only as a technical detail in the import history.
// Placeholders are written {{name}}, as i18next writes them, so the renderer uses these texts as they are.

/** Bahasa Indonesia, the language of the record. */
export const IMPORT_REASON_TEXT_ID = {
  too_large: 'Berkas berukuran {{size}}, lebih besar dari batas {{limit}} MB per berkas. Pisahkan atau kecilkan dahulu.',
  empty: 'Berkas kosong (0 bita).',
  not_pdf: 'Berkas bernama .pdf tetapi isinya bukan PDF (tidak ada tanda %PDF di awal berkas).',
  not_docx: 'Berkas bernama .docx tetapi isinya bukan dokumen Word (bukan arsip ZIP).',
  docx_corrupt:
    'Berkas DOCX rusak atau bukan DOCX: isinya tidak dapat dibuka sebagai dokumen Word (mungkin terpotong saat diunduh atau disalin). Minta salinan yang utuh, atau buka di Word lalu simpan ulang.',
  docx_external_entity:
    'Berkas DOCX memuat rujukan ke data di luar dokumen (entitas XML) yang tidak dibaca demi keamanan. Buka di Word, lalu simpan ulang sebagai DOCX.',
  docx_not_word: 'Berkas ini arsip ZIP tetapi bukan dokumen Word: bagian isi dokumennya tidak ada.',
  docx_unreadable: 'Isi DOCX tidak dapat dibaca karena susunan dokumennya rusak. Buka di Word, lalu simpan ulang sebagai DOCX.',
  zip_too_many_parts: 'Berkas DOCX berisi {{count}} bagian (batas {{limit}}); ditolak sebagai kemungkinan bom ZIP.',
  zip_part_too_large: 'Bagian "{{part}}" mengaku berukuran {{size}} (batas {{limit}}); ditolak sebagai kemungkinan bom ZIP.',
  zip_total_too_large: 'Isi DOCX mengaku berukuran lebih dari {{limit}} setelah dibuka; ditolak sebagai kemungkinan bom ZIP.',
  zip_part_ratio: 'Bagian "{{part}}" mengembang {{ratio}} kali lipat (batas {{limit}}); ditolak sebagai kemungkinan bom ZIP.',
  zip_total_ratio: 'Isi DOCX mengembang {{ratio}} kali lipat (batas {{limit}}); ditolak sebagai kemungkinan bom ZIP.',
  pdf_bomb: 'PDF berisi aliran terkompresi yang mengembang lebih dari {{limit}} MB saat dibuka (kemungkinan bom dekompresi); tidak diimpor.',
  pdf_corrupt:
    'Berkas PDF rusak atau bukan PDF yang sah: susunan berkasnya tidak dapat dibaca (mungkin terpotong saat diunduh atau disalin). Minta salinan yang utuh, atau simpan ulang sebagai PDF.',
  pdf_unreadable: 'PDF tidak dapat dibaca: berkasnya rusak atau memakai fitur yang tidak didukung. Coba simpan ulang sebagai PDF.',
  encrypted: 'Berkas terenkripsi (dilindungi kata sandi): disimpan tanpa teks, tidak dapat dicari isinya.',
  timeout: 'Waktu habis: berkas tidak selesai dibaca dalam {{seconds}} detik dan pembacaannya dihentikan.',
  memory: 'Berkas memakan memori lebih dari {{limit}} MB saat dibaca (kemungkinan bom dekompresi); pembacaannya dihentikan dan berkas tidak diimpor.',
  parser_crashed: 'Pembacaan berkas berhenti mendadak ({{how}}), kemungkinan kehabisan memori karena berkas rusak atau bom ZIP.',
  parser_closed: 'Pengurai berkas sudah ditutup.',
  parser_unavailable: 'Pengurai berkas tidak dapat dijalankan.',
  import_stopped: 'Impor dihentikan.',
  unreadable: 'Berkas tidak dapat dibaca; kemungkinan rusak.',
  duplicate: 'Isinya sama persis (SHA-256) dengan "{{title}}" yang sudah ada di arsip; tidak diimpor lagi.',
  /** An Indonesian message of the core itself (a full disk, a storage check): shown as it is. */
  core_message: '{{message}}',
  read_failed: 'Berkas tidak dapat dibaca dari disk ({{code}}).',
  internal: 'Berkas tidak dapat diimpor karena kesalahan di dalam aplikasi.',
  changed_while_reading: 'Berkas masih berubah saat dibaca (sedang disalin?); impor lagi setelah selesai.',
  not_found: 'Berkas atau folder tidak ditemukan.',
  folder_unreadable: 'Folder tidak dapat dibaca ({{code}}).',
  skip_symlink: 'Tautan simbolik (symlink): tidak diikuti; impor berkas aslinya.',
  skip_device: 'Bukan berkas biasa (perangkat): tidak dibaca.',
  skip_fifo: 'Bukan berkas biasa (pipa bernama/FIFO): tidak dibaca.',
  skip_socket: 'Bukan berkas biasa (soket): tidak dibaca.',
  skip_not_regular: 'Bukan berkas biasa: tidak dibaca.',
  skip_office_lock: 'Berkas kunci sementara Microsoft Office (~$…): bukan dokumen.',
  skip_windows_system: 'Berkas sistem Windows: bukan dokumen.',
  skip_hidden_folder: 'Folder tersembunyi: tidak dibuka.',
  skip_hidden_file: 'Berkas tersembunyi: tidak diimpor.',
  /** The page could not send the file to the core (the connection, or a refusal of the core). */
  upload_failed: 'Berkas tidak terkirim: {{message}}',
};

export type ImportReasonCode = keyof typeof IMPORT_REASON_TEXT_ID;
export const IMPORT_REASON_CODES = Object.keys(IMPORT_REASON_TEXT_ID) as [ImportReasonCode, ...ImportReasonCode[]];
export type ReasonParams = Record<string, string | number>;

/** A reason as the core records it: the code, its parameters, the Indonesian sentence, and the library's own words if any. */
export interface ImportReason {
  code: ImportReasonCode;
  params: ReasonParams;
  /** Indonesian, from IMPORT_REASON_TEXT_ID. */
  reason: string;
  /** The raw message of the library that failed (often English), for support; never shown as the reason. */
  detail?: string;
}

/** Fills {{name}} placeholders; an unknown name is left visible rather than silently dropped. */
export function fillTemplate(template: string, params: ReasonParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function importReason(code: ImportReasonCode, params: ReasonParams = {}, detail?: string): ImportReason {
  const reason = fillTemplate(IMPORT_REASON_TEXT_ID[code], params);
  return detail ? { code, params, reason, detail: detail.replace(/\s+/g, ' ').trim().slice(0, 300) } : { code, params, reason };
}
