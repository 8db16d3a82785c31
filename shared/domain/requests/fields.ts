// The closed lists of a request's register entry (DOMAIN.md, "Records and their fields"), with the
// Indonesian names shown to the officer.

export const REQUEST_CHANNELS = ['langsung', 'surat', 'email', 'website', 'telepon', 'media_sosial', 'whatsapp'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

export const ID_TYPES = ['nik', 'badan_hukum'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const ID_TYPE_LABEL: Record<IdType, string> = {
  nik: 'KTP (NIK)',
  badan_hukum: 'Badan hukum (akta pendirian/SK pengesahan)',
};

// UU KIP Ps 4(2) huruf b and Ps 22(7): how the requester wants to access the information.
export const ACCESS_METHODS = [
  'melihat',
  'membaca',
  'mendengarkan',
  'mencatat',
  'salinan_hardcopy',
  'salinan_softcopy',
] as const;
export type AccessMethod = (typeof ACCESS_METHODS)[number];

export const DELIVERY_METHODS = ['ambil_langsung', 'kurir', 'pos', 'faksimili', 'email'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

// UU KIP Ps 22(7) huruf c: the request is accepted in full, in part, or refused.
export const DECISIONS = ['diterima_seluruhnya', 'diterima_sebagian', 'ditolak'] as const;
export type Decision = (typeof DECISIONS)[number];

// UU KIP Ps 22(7) huruf a-b: whether the public body holds the information, and who does.
export const HELD_STATUSES = ['dikuasai', 'dikuasai_badan_lain', 'belum_didokumentasikan'] as const;
export type HeldStatus = (typeof HELD_STATUSES)[number];

// UU KIP Ps 17 huruf a-j: the exemptions a refusal may rest on.
export const PS17_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
export type Ps17Letter = (typeof PS17_LETTERS)[number];
export const PS17_LABEL: Record<Ps17Letter, string> = {
  a: 'menghambat proses penegakan hukum',
  b: 'mengganggu perlindungan hak kekayaan intelektual dan persaingan usaha tidak sehat',
  c: 'membahayakan pertahanan dan keamanan negara',
  d: 'mengungkapkan kekayaan alam Indonesia',
  e: 'merugikan ketahanan ekonomi nasional',
  f: 'merugikan kepentingan hubungan luar negeri',
  g: 'mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir atau wasiat',
  h: 'mengungkap rahasia pribadi',
  i: 'memorandum atau surat antar/intra badan publik yang menurut sifatnya dirahasiakan',
  j: 'informasi yang tidak boleh diungkapkan berdasarkan undang-undang',
};

// UU KIP Ps 35(1) huruf a-g: the grounds of an objection (keberatan).
export const OBJECTION_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
export const OBJECTION_GROUND_LABEL: Record<ObjectionGround, string> = {
  a: 'penolakan permohonan berdasarkan alasan pengecualian Pasal 17',
  b: 'tidak disediakannya informasi berkala (Pasal 9)',
  c: 'tidak ditanggapinya permohonan informasi',
  d: 'permohonan ditanggapi tidak sebagaimana yang diminta',
  e: 'tidak dipenuhinya permohonan informasi',
  f: 'pengenaan biaya yang tidak wajar',
  g: 'penyampaian informasi melebihi jangka waktu',
};

export const OBJECTION_STATUSES = ['registered', 'answered', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_STATUS_LABEL: Record<ObjectionStatus, string> = {
  registered: 'menunggu tanggapan atasan PPID',
  answered: 'ditanggapi',
  withdrawn: 'ditarik',
};

// UU KIP Ps 36(2): the Atasan PPID's written answer upholds or overturns the PPID's decision.
export const OBJECTION_DECISIONS = ['dikabulkan', 'dikabulkan_sebagian', 'ditolak'] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];

export const DISPUTE_STATUSES = ['filed', 'mediation', 'adjudication', 'decided', 'withdrawn'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const OPEN_DISPUTE_STATUSES = ['filed', 'mediation', 'adjudication'] as const;
export const DISPUTE_STATUS_LABEL: Record<DisputeStatus, string> = {
  filed: 'didaftarkan di Komisi Informasi',
  mediation: 'mediasi',
  adjudication: 'ajudikasi',
  decided: 'diputus/selesai',
  withdrawn: 'dicabut',
};

// UU KIP Ps 38(1): the KI starts mediation or adjudication within 14 working days of receiving the
// dispute; Ps 38(2): it settles the dispute within 100 working days at the latest.
export const KI_START_WORKING_DAYS = 14;
export const KI_SETTLE_WORKING_DAYS = 100;

/** The stages of a dispute at the KI; decided and withdrawn are final. */
export const DISPUTE_TRANSITIONS: Readonly<Record<DisputeStatus, readonly DisputeStatus[]>> = {
  filed: ['mediation', 'adjudication', 'decided', 'withdrawn'],
  mediation: ['adjudication', 'decided', 'withdrawn'],
  adjudication: ['decided', 'withdrawn'],
  decided: [],
  withdrawn: [],
};

/** Null when allowed; otherwise an Indonesian sentence. */
export function disputeTransitionProblem(from: DisputeStatus, to: DisputeStatus): string | null {
  if (DISPUTE_TRANSITIONS[from].includes(to)) return null;
  const q = (s: DisputeStatus) => `'${DISPUTE_STATUS_LABEL[s]}'`;
  if (from === to) return `Sengketa sudah berstatus ${q(to)}.`;
  if (DISPUTE_TRANSITIONS[from].length === 0) return `Sengketa sudah ${q(from)}; statusnya tidak dapat diubah lagi.`;
  return `Sengketa berstatus ${q(from)} tidak dapat kembali menjadi ${q(to)}. Dari ${q(from)} hanya boleh ke: ${DISPUTE_TRANSITIONS[from].map(q).join(', ')}.`;
}
