// How the report names each figure's categories (always Indonesian: the report goes to the
// Komisi Informasi and is published). Letters a-j and a-g cite the article they come from.
import type { DISPUTE_OUTCOME_KEYS, REFUSAL_REASON_KEYS, ReportFigures } from '../../../../shared/ipc/channels/reports';
import { DIP_CATEGORY_LABELS } from '../../../../shared/domain/archive/fields';
import { PRIORITY_LABEL } from '../../../../shared/domain/inquiries/fields';
import { OBJECTION_GROUND_LABEL, PS17_LABEL } from '../../../../shared/domain/requests/fields';

export const CHANNEL_LABEL: Record<keyof ReportFigures['requests']['by_channel'], string> = {
  langsung: 'Datang langsung',
  surat: 'Surat',
  email: 'E-mail',
  website: 'Laman (website)',
  telepon: 'Telepon',
  media_sosial: 'Media sosial',
  whatsapp: 'WhatsApp',
};

export const REQUESTER_KIND_LABEL: Record<keyof ReportFigures['requests']['by_requester_kind'], string> = {
  perorangan: 'Perorangan',
  badan_hukum: 'Badan hukum',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Short names for the chart's axis; the table gives the full reason. */
export function refusalShort(key: (typeof REFUSAL_REASON_KEYS)[number]): string {
  if (key.startsWith('ps17_')) return `Ps 17 huruf ${key.slice(5)}`;
  return { other_law: 'UU lain', not_held: 'Tidak dikuasai', not_documented: 'Belum didokumentasikan' }[key as 'other_law'];
}

/** The reason as the table prints it: "Pasal 17 huruf h: mengungkap rahasia pribadi". UU KIP Ps 17, Ps 22(7). */
export function refusalLabel(key: (typeof REFUSAL_REASON_KEYS)[number]): string {
  if (key.startsWith('ps17_')) {
    const letter = key.slice(5) as keyof typeof PS17_LABEL;
    return `Pasal 17 huruf ${letter}: ${PS17_LABEL[letter]}`;
  }
  return {
    other_law: 'Dikecualikan undang-undang lain',
    not_held: 'Informasi tidak dikuasai badan publik',
    not_documented: 'Informasi belum didokumentasikan',
  }[key as 'other_law'];
}

/** UU KIP Ps 35(1) huruf a-g. */
export function groundLabel(key: keyof typeof OBJECTION_GROUND_LABEL): string {
  return `Pasal 35 ayat (1) huruf ${key}: ${OBJECTION_GROUND_LABEL[key]}`;
}

export const DISPUTE_OUTCOME_LABEL: Record<(typeof DISPUTE_OUTCOME_KEYS)[number], string> = {
  mediation_agreed: 'Mediasi berhasil (kesepakatan)',
  adjudication_granted: 'Ajudikasi: permohonan dikabulkan',
  adjudication_granted_partly: 'Ajudikasi: dikabulkan sebagian',
  adjudication_refused: 'Ajudikasi: permohonan ditolak',
  withdrawn: 'Dicabut pemohon',
  gugur: 'Gugur',
};

export const PRIORITY_TEXT = PRIORITY_LABEL;

export const DIP_LABEL: Record<keyof ReportFigures['archive']['dip_by_category'], string> = {
  berkala: DIP_CATEGORY_LABELS.berkala,
  serta_merta: DIP_CATEGORY_LABELS.serta_merta,
  setiap_saat: DIP_CATEGORY_LABELS.setiap_saat,
};

export { capitalise };
