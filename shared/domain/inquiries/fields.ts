// The closed lists of the media desk (DOMAIN.md, "Media inquiries"): how a journalist reached the
// office, how urgent it is, what form the answer takes, and what came of it.

export const OUTLET_TYPES = ['cetak', 'online', 'tv', 'radio'] as const;
export type OutletType = (typeof OUTLET_TYPES)[number];
export const OUTLET_TYPE_LABEL: Record<OutletType, string> = { cetak: 'Cetak', online: 'Online (siber)', tv: 'Televisi', radio: 'Radio' };

export const INQUIRY_CHANNELS = ['whatsapp', 'telepon', 'email', 'langsung'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];
export const INQUIRY_CHANNEL_LABEL: Record<InquiryChannel, string> = {
  whatsapp: 'WhatsApp',
  telepon: 'Telepon',
  email: 'E-mail',
  langsung: 'Langsung',
};

export const PRIORITIES = ['biasa', 'mendesak', 'krisis'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABEL: Record<Priority, string> = { biasa: 'Biasa', mendesak: 'Mendesak', krisis: 'Krisis' };

export const ANSWER_FORMATS = ['tertulis', 'wawancara'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

export const RECORD_MODES = ['on_record', 'off_record'] as const;
export type RecordMode = (typeof RECORD_MODES)[number];

export const COVERAGE_TONES = ['positif', 'netral', 'negatif'] as const;
export type CoverageTone = (typeof COVERAGE_TONES)[number];

// UU 40/1999 tentang Pers Ps 1 angka 11-12 and Ps 5(2)-(3): the right of reply and of correction,
// which the press must serve.
export const PRESS_RIGHTS = ['hak_jawab', 'hak_koreksi'] as const;
export type PressRight = (typeof PRESS_RIGHTS)[number];
export const PRESS_RIGHT_LABEL: Record<PressRight, string> = { hak_jawab: 'Hak jawab', hak_koreksi: 'Hak koreksi' };
