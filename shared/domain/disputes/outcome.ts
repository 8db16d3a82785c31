// How a dispute at the Komisi Informasi ended, and how far it went in court afterwards, with the
// Indonesian names shown to the officer and printed in the report (UU KIP Ps 12; Perki 1/2021 Ps 56).
// The keys are the report contract's DISPUTE_OUTCOME_KEYS and COURT_STAGES (shared/ipc/channels/reports.ts).

export const DISPUTE_OUTCOME_LABEL = {
  // UU KIP Ps 39: a mediation agreement is final and binding.
  mediation_agreed: 'Mediasi berhasil (sepakat)',
  adjudication_granted: 'Ajudikasi: dikabulkan',
  adjudication_granted_partly: 'Ajudikasi: dikabulkan sebagian',
  adjudication_refused: 'Ajudikasi: ditolak',
  withdrawn: 'Dicabut',
  // The KI closes a dispute without a ruling on its merits (e.g. the requester does not appear).
  gugur: 'Gugur',
} as const;
export type DisputeOutcomeKind = keyof typeof DISPUTE_OUTCOME_LABEL;

/** Outcomes that may be taken to court: only an adjudication (UU KIP Ps 47(1); a mediation is final, Ps 39). */
export const APPEALABLE_OUTCOMES: readonly DisputeOutcomeKind[] = ['adjudication_granted', 'adjudication_granted_partly', 'adjudication_refused'];

export const COURT_STAGE_LABEL = {
  none: 'Tidak ada gugatan',
  // UU KIP Ps 47(1): against a public body of the state administration, at the PTUN.
  ptun: 'Gugatan di Pengadilan Tata Usaha Negara (PTUN)',
  // UU KIP Ps 47(2): against another public body, at the Pengadilan Negeri.
  pn: 'Gugatan di Pengadilan Negeri (PN)',
  // UU KIP Ps 50: kasasi at the Mahkamah Agung within 14 days of the court's decision.
  kasasi: 'Kasasi di Mahkamah Agung',
} as const;
export type CourtStage = keyof typeof COURT_STAGE_LABEL;
