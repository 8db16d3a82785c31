// How a case's coded values read in a letter (always Indonesian: letters are official documents).
import type { AccessMethod, DeliveryMethod, RequestChannel } from '../requests/fields';

export const CHANNEL_TEXT: Record<RequestChannel, string> = {
  langsung: 'datang langsung',
  surat: 'surat',
  email: 'e-mail',
  website: 'laman (website)',
  telepon: 'telepon',
  media_sosial: 'media sosial',
  whatsapp: 'WhatsApp',
};

export const ACCESS_TEXT: Record<AccessMethod, string> = {
  melihat: 'melihat',
  membaca: 'membaca',
  mendengarkan: 'mendengarkan',
  mencatat: 'mencatat',
  salinan_hardcopy: 'salinan tercetak (hardcopy)',
  salinan_softcopy: 'salinan digital (softcopy)',
};

export const DELIVERY_TEXT: Record<DeliveryMethod, string> = {
  ambil_langsung: 'mengambil langsung',
  kurir: 'kurir',
  pos: 'pos',
  faksimili: 'faksimili',
  email: 'e-mail',
};

/**
 * How the copy reaches the requester, as a clause of the written notice's item f: "salinan digital
 * (softcopy), dikirim melalui e-mail" (never "disampaikan melalui mengambil langsung").
 */
export const DELIVERY_PHRASE: Record<DeliveryMethod, string> = {
  ambil_langsung: 'diambil langsung oleh Saudara di kantor kami',
  kurir: 'dikirim melalui kurir',
  pos: 'dikirim melalui pos',
  faksimili: 'dikirim melalui faksimili',
  email: 'dikirim melalui e-mail',
};

/** 150000 → 'Rp150.000' (PUEBI: no space after Rp, dots between thousands). */
export function formatRupiah(amount: number): string {
  const digits = String(Math.trunc(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}Rp${grouped}`;
}
