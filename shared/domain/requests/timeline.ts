// How each kind of timeline event (request_events.action) is named to the officer, in Indonesian.
// The renderer has its own translations (i18n); the CLI and exports use these.
export const TIMELINE_ACTION_LABEL: Record<string, string> = {
  created: 'Permohonan dicatat',
  status: 'Status diubah',
  extended: 'Tenggat diperpanjang',
  deadline_recomputed: 'Tenggat dihitung ulang (kalender berubah)',
  letter_issued: 'Surat diterbitkan',
  objection_created: 'Keberatan dicatat',
  objection_decided: 'Keberatan diputus atasan PPID',
  objection_reply: 'Tanggapan pemohon atas keputusan keberatan',
  objection_withdrawn: 'Keberatan dicabut',
  dispute_created: 'Sengketa didaftarkan ke Komisi Informasi',
  dispute_updated: 'Sengketa diperbarui',
  nik_revealed: 'NIK dibuka',
  pdp_anonymised: 'Data pribadi dihapus (masa simpan habis)',
  pdp_exported: 'Data pribadi diekspor untuk pemohon',
  reopened: 'Perkara dibuka kembali',
};

export function timelineActionLabel(action: string): string {
  return TIMELINE_ACTION_LABEL[action] ?? action;
}
