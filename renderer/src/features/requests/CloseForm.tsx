// "Selesai": what the law records when a request is closed — the handover date (UU KIP Ps 22(7),
// Perki 1/2021 register), the copying fee and how it was paid — asked before the request closes.
import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS } from '../../../../shared/domain/costs';
import type { RequestDetail, TransitionInput } from '../../../../shared/ipc/channels/requests';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeNow } from '../../forms/officeNow';
import { useUnsaved } from '../../forms/unsaved';
import { useTariff } from '../../lib/tariff';
import { costItemsOf, TariffCostFields, type Quantities } from './TariffCostFields';

interface Props {
  detail: RequestDetail;
  pending: boolean;
  issues: Record<string, string>;
  onSubmit: (input: TransitionInput) => void;
  onCancel: () => void;
}

export function CloseForm({ detail, pending, issues, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const refused = detail.decision === 'ditolak';
  const office = useOfficeNow(detail.zone);
  const [delivered, setDelivered] = useState(office.today);
  const [cost, setCost] = useState(detail.costRp === null ? '' : String(detail.costRp));
  const [payment, setPayment] = useState(detail.paymentMethod ?? '');
  const [note, setNote] = useState('');
  const [costProblem, setCostProblem] = useState<string | null>(null);
  // With a tariff the fee is priced from its items (the lines frozen at the answer come back
  // filled in); without one it is entered as an amount.
  const tariff = useTariff().data;
  const byTariff = tariff !== undefined && tariff.items.length > 0;
  const [quantities, setQuantities] = useState<Quantities>(() =>
    Object.fromEntries(detail.costItems.filter((l) => l.tariffId !== null).map((l) => [l.tariffId as number, String(l.quantity)])),
  );
  const [quantityProblem, setQuantityProblem] = useState<{ id: number; message: string } | null>(null);
  const quantitiesTyped = Object.values(quantities).some((q) => q.trim() !== '');
  useUnsaved(!pending && (note.trim() !== '' || payment.trim() !== (detail.paymentMethod ?? '') || (detail.costItems.length === 0 && quantitiesTyped)));

  // Lines charged at the answer stay frozen at their prices: unchanged quantities are not sent again
  // (the core would price them anew with the tariff in force).
  const sameAsCharged = (items: Array<{ tariffId: number; quantity: number }>) =>
    JSON.stringify(items) === JSON.stringify(detail.costItems.filter((l) => l.tariffId !== null).map((l) => ({ tariffId: l.tariffId, quantity: l.quantity })));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = byTariff ? '' : cost.trim();
    const asked = byTariff && !refused ? costItemsOf(tariff, quantities) : { items: [] };
    if ('invalid' in asked) {
      setQuantityProblem({ id: asked.invalid, message: t('tariff.quantityInvalid') });
      return;
    }
    setQuantityProblem(null);
    if (trimmed !== '' && !/^\d+$/.test(trimmed)) {
      setCostProblem(t('closing.costInvalid'));
      return;
    }
    setCostProblem(null);
    onSubmit({
      id: detail.id,
      to: 'done',
      ...(refused ? {} : { deliveredDate: delivered }),
      ...(trimmed === '' ? {} : { costRp: Number(trimmed) }),
      ...(asked.items.length > 0 && !sameAsCharged(asked.items) ? { costItems: asked.items } : {}),
      ...(payment.trim() ? { paymentMethod: payment.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('closing.title')}>
      <Stack gap="xs">
        <Text size="sm" c="gray.8">
          {refused ? t('closing.helpRefused') : t('closing.help')}
        </Text>
        {!refused && (
          <DateTimeField
            mode="date"
            label={t('closing.deliveredDate')}
            description={t('closing.deliveredHelp')}
            value={delivered}
            onChange={setDelivered}
            error={issues.deliveredDate}
            withAsterisk
            data-autofocus
            autoFocus
          />
        )}
        {!refused && byTariff && (
          <TariffCostFields tariff={tariff} quantities={quantities} onChange={setQuantities} problem={quantityProblem} error={issues.costItems ?? issues.costRp} />
        )}
        {!refused && (
          <Group gap="sm" align="flex-start" grow>
            {!byTariff && (
              <TextInput label={t('closing.cost')} description={t('closing.costHelp')} value={cost} onChange={(e) => setCost(e.currentTarget.value)} error={costProblem ?? issues.costRp} inputMode="numeric" />
            )}
            <NativeSelect
              label={t('closing.payment')}
              value={payment}
              onChange={(e) => setPayment(e.currentTarget.value)}
              error={issues.paymentMethod}
              data={[{ value: '', label: t('closing.paymentMethods.none') }, ...PAYMENT_METHODS.map((m) => ({ value: m, label: t(`closing.paymentMethods.${m}`) }))]}
            />
          </Group>
        )}
        <Textarea label={t('closing.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={issues.note} autosize minRows={1} />
        <Group gap="sm">
          <Button type="submit" size="sm" loading={pending}>
            {t('closing.confirm')}
          </Button>
          <Button variant="default" size="sm" onClick={onCancel}>
            {t('cases.actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
