// Isu: what the office watches on social media and in the news, until it is handled.

export const ISSUE_PLATFORMS = ['x', 'instagram', 'facebook', 'tiktok', 'youtube', 'whatsapp', 'berita_online', 'lainnya'] as const;
export type IssuePlatform = (typeof ISSUE_PLATFORMS)[number];
export const ISSUE_PLATFORM_LABEL: Record<IssuePlatform, string> = {
  x: 'X (Twitter)',
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
  berita_online: 'Berita online',
  lainnya: 'Lainnya',
};

export const SENTIMENTS = ['positif', 'netral', 'negatif'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const ISSUE_STATUSES = ['dipantau', 'perlu_respons', 'ditangani', 'selesai'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABEL: Record<IssueStatus, string> = {
  dipantau: 'Dipantau',
  perlu_respons: 'Perlu respons',
  ditangani: 'Ditangani',
  selesai: 'Selesai',
};

/** Forward one step, or back to watching (an issue that flares up again is not a new one). */
export function issueMoveProblem(from: IssueStatus, to: IssueStatus): string | null {
  if (from === to) return `Isu sudah berstatus ${ISSUE_STATUS_LABEL[to]}.`;
  const i = ISSUE_STATUSES.indexOf(from);
  if (ISSUE_STATUSES[i + 1] === to || to === 'dipantau') return null;
  return `Isu berstatus ${ISSUE_STATUS_LABEL[from]} tidak dapat langsung menjadi ${ISSUE_STATUS_LABEL[to]}.`;
}
