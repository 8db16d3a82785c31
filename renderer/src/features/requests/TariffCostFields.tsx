// The copying fee priced from the tariff (Perki 1/2010 Ps 27-28): a quantity per tariff item and
// the total shown as it is typed, before anything is saved. The core prices the lines again with
// the tariff in force; what is shown here is the same arithmetic (shared/domain/costs).
import { Fieldset, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { costLines, costTotal } from '../../../../shared/domain/costs';
import type { TariffView } from '../../../../shared/ipc/channels/costs';
import { rupiah } from '../../lib/tariff';

/** Quantities typed per tariff item id ('' when not charged). */
export type Quantities = Record<number, string>;

/** The quantities as the transition's costItems, or the first item whose quantity is not a number. */
export function costItemsOf(tariff: TariffView, quantities: Quantities): { items: Array<{ tariffId: number; quantity: number }> } | { invalid: number } {
  const items: Array<{ tariffId: number; quantity: number }> = [];
  for (const item of tariff.items) {
    const text = (quantities[item.id] ?? '').trim();
    if (text === '') continue;
    if (!/^\d+$/.test(text)) return { invalid: item.id };
    if (Number(text) > 0) items.push({ tariffId: item.id, quantity: Number(text) });
  }
  return { items };
}

/** The total of what is typed so far; quantities that are not numbers count as nothing yet. */
function totalOf(tariff: TariffView, quantities: Quantities): number {
  const asked = tariff.items.map((i) => ({ tariffId: i.id, quantity: /^\d+$/.test((quantities[i.id] ?? '').trim()) ? Number(quantities[i.id]) : 0 }));
  const lines = costLines(tariff, asked);
  return typeof lines === 'string' ? 0 : costTotal(lines);
}

interface Props {
  tariff: TariffView;
  quantities: Quantities;
  onChange: (quantities: Quantities) => void;
  /** Tariff item id whose quantity is refused, with the message. */
  problem: { id: number; message: string } | null;
  error?: string | undefined;
}

export function TariffCostFields({ tariff, quantities, onChange, problem, error }: Props) {
  const { t } = useTranslation();
  const total = totalOf(tariff, quantities);
  return (
    <Fieldset legend={t('tariff.costTitle')} variant="unstyled">
      <Text size="sm" c="gray.8">
        {t('tariff.costHelp')}
        {tariff.decreeNumber ? ` ${t('tariff.decree', { number: tariff.decreeNumber })}.` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {tariff.items.map((item) => (
          <TextInput
            key={item.id}
            label={t('tariff.quantity', { label: item.label, unit: item.unit, price: rupiah(item.priceRp), interpolation: { escapeValue: false } })}
            inputMode="numeric"
            value={quantities[item.id] ?? ''}
            error={problem?.id === item.id ? problem.message : undefined}
            onChange={(e) => onChange({ ...quantities, [item.id]: e.currentTarget.value })}
          />
        ))}
      </SimpleGrid>
      <div role="status" aria-live="polite">
        <Text size="sm" fw={700} mt="xs">
          {total > 0 ? t('tariff.total', { total: rupiah(total), interpolation: { escapeValue: false } }) : t('tariff.noCost')}
        </Text>
      </div>
      {error && (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}
