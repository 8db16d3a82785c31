// The standard cost of copies (Perki 1/2010 Ps 27-28: set by decree of the public body; the
// information itself is free, the requester pays the copying and the medium) and how a request's
// cost is computed from it: quantity x price per tariff item, or an amount entered by the officer.
export const TARIFF_KINDS = ['halaman', 'media', 'lainnya'] as const;
export type TariffKind = (typeof TARIFF_KINDS)[number];

export const TARIFF_KIND_LABEL: Record<TariffKind, string> = {
  halaman: 'Per halaman (fotokopi/cetak)',
  media: 'Per media (CD, flashdisk, ...)',
  lainnya: 'Lainnya',
};

export interface TariffItem {
  id: number;
  kind: TariffKind;
  label: string;
  /** What one unit is: 'lembar', 'keping', 'buah'. */
  unit: string;
  priceRp: number;
}

export interface Tariff {
  decreeNumber: string;
  decreeDate: string | null;
  items: TariffItem[];
}

/** One line of a request's cost, frozen on the request when charged. */
export interface CostLine {
  tariffId: number | null;
  label: string;
  unit: string;
  priceRp: number;
  quantity: number;
  subtotalRp: number;
}

export const PAYMENT_METHODS = ['tunai', 'transfer_bank', 'qris', 'lainnya'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_TEXT: Record<PaymentMethod, string> = {
  tunai: 'tunai',
  transfer_bank: 'transfer bank',
  qris: 'QRIS',
  lainnya: 'lainnya',
};

/** A stored payment method as the letter and register print it; older free text prints as written. */
export function paymentText(method: string | null | undefined): string {
  if (!method) return '';
  return (PAYMENT_METHOD_TEXT as Record<string, string>)[method] ?? method;
}

/** The lines for the quantities asked; an unknown or removed tariff item is a problem, never a zero. */
export function costLines(tariff: Tariff, quantities: Array<{ tariffId: number; quantity: number }>): CostLine[] | string {
  const lines: CostLine[] = [];
  for (const q of quantities) {
    if (q.quantity <= 0) continue;
    const item = tariff.items.find((i) => i.id === q.tariffId);
    if (!item) return `Butir tarif dengan id ${q.tariffId} tidak ada di tarif yang berlaku (Pengaturan → Tarif biaya).`;
    lines.push({ tariffId: item.id, label: item.label, unit: item.unit, priceRp: item.priceRp, quantity: q.quantity, subtotalRp: item.priceRp * q.quantity });
  }
  return lines;
}

export const costTotal = (lines: readonly CostLine[]): number => lines.reduce((sum, l) => sum + l.subtotalRp, 0);
