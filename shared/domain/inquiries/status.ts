// The inquiry status machine: baru → ditugaskan → menunggu persetujuan → dijawab → selesai.
// Only the moves in INQUIRY_TRANSITIONS are allowed; each one is audited with who and when.

export const INQUIRY_STATUSES = ['baru', 'ditugaskan', 'menunggu_persetujuan', 'dijawab', 'selesai'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const INQUIRY_STATUS_LABEL: Record<InquiryStatus, string> = {
  baru: 'baru',
  ditugaskan: 'ditugaskan',
  menunggu_persetujuan: 'menunggu persetujuan',
  dijawab: 'dijawab',
  selesai: 'selesai',
};

export const INQUIRY_TRANSITIONS: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  baru: ['ditugaskan'],
  // A draft sent back by the approver returns to the spokesperson.
  ditugaskan: ['menunggu_persetujuan'],
  menunggu_persetujuan: ['ditugaskan', 'dijawab'],
  dijawab: ['selesai'],
  selesai: [],
};

/** Inquiries whose clock still runs: shown in the inbox. Once answered the journalist has what they asked. */
export const OPEN_INQUIRY_STATUSES = ['baru', 'ditugaskan', 'menunggu_persetujuan'] as const;

export function canMoveInquiry(from: InquiryStatus, to: InquiryStatus): boolean {
  return INQUIRY_TRANSITIONS[from].includes(to);
}

/** The Indonesian sentence for a refused move, naming what is allowed instead. */
export function inquiryMoveProblem(from: InquiryStatus, to: InquiryStatus): string | null {
  if (canMoveInquiry(from, to)) return null;
  const allowed = INQUIRY_TRANSITIONS[from].map((s) => `"${INQUIRY_STATUS_LABEL[s]}"`);
  const next = allowed.length === 0 ? 'tidak ada langkah lanjutan' : `langkah berikutnya hanya ${allowed.join(' atau ')}`;
  return `Pertanyaan berstatus "${INQUIRY_STATUS_LABEL[from]}" tidak dapat langsung menjadi "${INQUIRY_STATUS_LABEL[to]}"; ${next}.`;
}
