// The public-information archive (Daftar Informasi Publik, DIP): the lists a DIP entry is made of.
// UU KIP Ps 9 (berkala), Ps 10 (serta-merta), Ps 11 (tersedia setiap saat), Ps 17 (dikecualikan).

export const DIP_CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type DipCategory = (typeof DIP_CATEGORIES)[number];

export const DIP_CATEGORY_LABELS: Record<DipCategory, string> = {
  berkala: 'Informasi berkala (Pasal 9)',
  serta_merta: 'Informasi serta-merta (Pasal 10)',
  setiap_saat: 'Informasi tersedia setiap saat (Pasal 11)',
  dikecualikan: 'Informasi dikecualikan (Pasal 17)',
};

/** UU KIP Ps 17 huruf a-j. */
export const EXEMPTION_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type ExemptionLetter = (typeof EXEMPTION_LETTERS)[number];

export const EXEMPTION_LABELS: Record<ExemptionLetter, string> = {
  a: 'menghambat proses penegakan hukum',
  b: 'mengganggu hak kekayaan intelektual / persaingan usaha tidak sehat',
  c: 'membahayakan pertahanan dan keamanan negara',
  d: 'mengungkap kekayaan alam Indonesia',
  e: 'merugikan ketahanan ekonomi nasional',
  f: 'merugikan kepentingan hubungan luar negeri',
  g: 'isi akta otentik yang bersifat pribadi dan wasiat',
  h: 'mengungkap rahasia pribadi',
  i: 'memorandum atau surat antar/intra badan publik yang dirahasiakan',
  j: 'tidak boleh diungkapkan berdasarkan undang-undang',
};

/** Only Ps 17 huruf g and h may be exempt without end; the others at most 30 years (DOMAIN.md). */
export const PERMANENT_ALLOWED: readonly ExemptionLetter[] = ['g', 'h'];
export const MAX_EXEMPTION_YEARS = 30;

export const DIP_FORMS = ['softcopy', 'hardcopy', 'keduanya'] as const;
export type DipForm = (typeof DIP_FORMS)[number];

export const FILE_TYPES = ['docx', 'pdf', 'other'] as const;
export type ArchiveFileType = (typeof FILE_TYPES)[number];

/** What happened to one file of an import. */
export const IMPORT_VERDICTS = ['imported', 'duplicate', 'rejected', 'encrypted', 'skipped'] as const;
export type ImportVerdict = (typeof IMPORT_VERDICTS)[number];

export const IMPORT_VERDICT_LABELS: Record<ImportVerdict, string> = {
  imported: 'diimpor',
  duplicate: 'duplikat',
  rejected: 'ditolak',
  encrypted: 'terenkripsi',
  // Not a regular file (device, pipe, socket), a symbolic link or a hidden file: never opened.
  skipped: 'dilewati',
};

/** One file per import call; larger files are refused before they are read in full. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
