// Siaran pers: the approval flow and the number pattern. A release is drafted, sent for review,
// approved by the Pimpinan (who is recorded) and then published, with the links where it appeared.

export const RELEASE_STATUSES = ['draft', 'review', 'approved', 'published'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const RELEASE_STATUS_LABEL: Record<ReleaseStatus, string> = {
  draft: 'Draf',
  review: 'Ditinjau',
  approved: 'Disetujui',
  published: 'Terbit',
};

/** Allowed moves: forward one step, or a reviewed draft sent back. */
const MOVES: Record<ReleaseStatus, readonly ReleaseStatus[]> = {
  draft: ['review'],
  review: ['approved', 'draft'],
  approved: ['published'],
  published: [],
};

/** Null when the move is allowed; otherwise why not, in Indonesian. */
export function releaseMoveProblem(from: ReleaseStatus, to: ReleaseStatus): string | null {
  if (MOVES[from].includes(to)) return null;
  if (from === to) return `Siaran pers sudah berstatus ${RELEASE_STATUS_LABEL[to]}.`;
  if (from === 'published') return 'Siaran pers sudah terbit; statusnya tidak dapat diubah lagi.';
  return `Siaran pers berstatus ${RELEASE_STATUS_LABEL[from]} tidak dapat langsung menjadi ${RELEASE_STATUS_LABEL[to]}.`;
}

/** Only drafts and releases under review may be edited; approved text is what the Pimpinan signed off. */
export const isReleaseEditable = (status: ReleaseStatus) => status === 'draft' || status === 'review';

/** '{seq}/SP/{unit}/{roman_month}/{year}' → '001/SP/PPID/XII/2026' (tokens of the registration numbers). */
export const DEFAULT_RELEASE_PATTERN = '{seq}/SP/{unit}/{roman_month}/{year}';

/** The end mark Indonesian (and English) press releases close the text with. */
export const END_MARK = '###';
