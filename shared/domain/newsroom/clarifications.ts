// Klarifikasi hoaks: the label of a false claim, the crisis checklist and the holding-statement clock.
// The three labels follow the usual Indonesian government clarification practice (Kominfo's
// "[HOAKS]" stamp): misinformasi = false but shared without intent to harm, disinformasi = false
// and spread on purpose, hoaks = a fabricated story.

export const CLARIFICATION_LABELS = ['HOAKS', 'DISINFORMASI', 'MISINFORMASI'] as const;
export type ClarificationLabel = (typeof CLARIFICATION_LABELS)[number];

export const CLARIFICATION_STATUSES = ['draf', 'disetujui', 'terbit'] as const;
export type ClarificationStatus = (typeof CLARIFICATION_STATUSES)[number];

/** The crisis checklist, in the order the desk works it. */
export const CRISIS_STEPS = ['verifikasi', 'draf', 'persetujuan', 'publikasi', 'distribusi', 'pemantauan'] as const;
export type CrisisStep = (typeof CRISIS_STEPS)[number];

export const CRISIS_STEP_LABELS: Record<CrisisStep, string> = {
  verifikasi: 'Verifikasi ke OPD',
  draf: 'Draf klarifikasi',
  persetujuan: 'Persetujuan pimpinan',
  publikasi: 'Publikasi',
  distribusi: 'Distribusi ke OPD dan kabupaten/kota',
  pemantauan: 'Pemantauan sesudah terbit',
};

/** Pengaturan › Krisis: hours from opening a crisis to the holding statement (issue 15: two hours). */
export const DEFAULT_HOLDING_HOURS = 2;
export const MAX_HOLDING_HOURS = 72;

/** "[HOAKS]": how the label is printed on the document and the card. */
export const labelTag = (label: ClarificationLabel): string => `[${label}]`;
