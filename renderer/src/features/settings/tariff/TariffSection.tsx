// Pengaturan › Tarif biaya: the standard cost of copies set by decree of the public body (Perki
// 1/2010 Ps 27-28; the information itself is free). The items price the cost lines of a request
// when it is answered or closed; a saved tariff applies to costs computed after saving.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TARIFF_KINDS, type TariffKind } from '../../../../../shared/domain/costs';
import type { TariffView } from '../../../../../shared/ipc/channels/costs';
import { contract } from '../../../../../shared/ipc/contract';
import { isApiError, isUnreachable } from '../../../api';
import { DateTimeField } from '../../../forms/DateTimeField';
import { SavedNotice } from '../../../forms/SavedNotice';
import { useUnsaved } from '../../../forms/unsaved';
import { coreMessageIn } from '../../../i18n/coreMessages';
import { tariffKeys, useSaveTariff, useTariff } from '../../../lib/tariff';
import { ConflictNotice, useRowVersion } from '../../../forms/conflict';
import { useQueryClient } from '@tanstack/react-query';

export const TARIFF_SECTION_ID = 'tarif';

interface Row {
  key: number;
  kind: TariffKind;
  label: string;
  unit: string;
  price: string;
}
interface Values {
  decreeNumber: string;
  decreeDate: string;
  rows: Row[];
}

const toValues = (t: TariffView): Values => ({
  decreeNumber: t.decreeNumber,
  decreeDate: t.decreeDate ?? '',
  rows: t.items.map((i, n) => ({ key: n, kind: i.kind, label: i.label, unit: i.unit, price: String(i.priceRp) })),
});
/** What the officer compares: the rows without their React keys. */
const comparable = (v: Values) => JSON.stringify({ ...v, rows: v.rows.map(({ key: _key, ...rest }) => rest) });

/** "15.000" and "15000" are the same rupiah; anything else goes to the schema, which says why. */
export function priceValue(text: string): number | string | undefined {
  const t = text.trim().replace(/[.\s]/g, '');
  if (t === '') return undefined;
  return /^\d+$/.test(t) ? Number(t) : text;
}

export function TariffSection() {
  const { t } = useTranslation();
  const tariff = useTariff();
  return (
    <Fieldset legend={t('tariff.title')} id={TARIFF_SECTION_ID} tabIndex={-1}>
      {tariff.data ? <TariffForm saved={tariff.data} /> : <Text size="sm">{tariff.isError ? tariff.error.message : t('app.loading')}</Text>}
    </Fieldset>
  );
}

function TariffForm({ saved }: { saved: TariffView }) {
  const { t, i18n } = useTranslation();
  const save = useSaveTariff();
  const queryClient = useQueryClient();
  // What the form was loaded from: another officer's save replaces it only while nothing is typed
  // here; otherwise the typed input stays and its save is refused as stale (forms/conflict.tsx).
  const [base, setBase] = useState(saved);
  const version = useRowVersion(saved.version);
  const [values, setValues] = useState(() => toValues(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const nextKey = useRef(saved.items.length);
  const savedKey = JSON.stringify(saved);
  const dirty = comparable(values) !== comparable(toValues(base));
  useEffect(() => {
    if (dirty && saved.version !== base.version) return;
    setBase(saved);
    version.capture(saved.version);
    setValues(toValues(saved));
    nextKey.current = saved.items.length;
  }, [savedKey]);
  useUnsaved(!save.isPending && dirty, t('tariff.unsaved'));
  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: tariffKeys.tariff });
    const fresh = queryClient.getQueryData<TariffView>(tariffKeys.tariff) ?? saved;
    setBase(fresh);
    version.reloadedTo(fresh.version);
  };

  const edit = (patch: Partial<Values>) => {
    setNotice(null);
    setValues((v) => ({ ...v, ...patch }));
  };
  const editRow = (key: number, patch: Partial<Row>) => {
    setNotice(null);
    setValues((v) => ({ ...v, rows: v.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) }));
  };
  const addRow = () => {
    const key = nextKey.current++;
    edit({ rows: [...values.rows, { key, kind: 'halaman', label: '', unit: '', price: '' }] });
    // The new row's name field, so typing goes on where the officer is.
    setTimeout(() => document.getElementById(`tariff-label-${key}`)?.focus(), 0);
  };
  const removeRow = (key: number) => edit({ rows: values.rows.filter((r) => r.key !== key) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const input = {
      decreeNumber: values.decreeNumber,
      decreeDate: values.decreeDate === '' ? null : values.decreeDate,
      items: values.rows.map((r) => ({ kind: r.kind, label: r.label, unit: r.unit, priceRp: priceValue(r.price) })),
      version: version.base,
    };
    const parsed = contract['tariff:save'].input.safeParse(input);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.') || 'form';
        found[path] ??= coreMessageIn(i18n.language, issue.message);
      }
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate({ ...parsed.data, version: version.base }, {
      onSuccess: (view) => {
        setBase(view);
        version.capture(view.version);
        setValues(toValues(view));
        setNotice(t('tariff.saved', { count: view.items.length }));
      },
      onError: (error) =>
        version.catch(error) ||
        setErrors({ form: t('tariff.failed', { message: isUnreachable(error) ? t('errors.unreachable') : isApiError(error) ? error.message : String(error) }) }),
    });
  };

  const formError = errors.form ?? errors.items;
  return (
    <form onSubmit={submit} noValidate aria-label={t('tariff.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('tariff.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('tariff.decreeNumber')} value={values.decreeNumber} error={errors.decreeNumber} onChange={(e) => edit({ decreeNumber: e.currentTarget.value })} />
          <DateTimeField mode="date" label={t('tariff.decreeDate')} value={values.decreeDate} error={errors.decreeDate} onChange={(decreeDate) => edit({ decreeDate })} />
        </SimpleGrid>
        {values.rows.length === 0 ? (
          <Text size="sm" c="gray.8">
            {t('tariff.empty')}
          </Text>
        ) : (
          <Table withTableBorder fz="sm" verticalSpacing={4}>
            <Table.Caption>{t('tariff.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tariff.kind')}</Table.Th>
                <Table.Th>{t('tariff.label')}</Table.Th>
                <Table.Th>{t('tariff.unit')}</Table.Th>
                <Table.Th>{t('tariff.price')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('tariff.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.rows.map((row, n) => {
                const at = (field: string) => errors[`items.${n}.${field}`];
                const label = (what: string) => t('tariff.rowField', { field: what, n: n + 1 });
                return (
                  <Table.Tr key={row.key}>
                    <Table.Td>
                      <NativeSelect
                        aria-label={label(t('tariff.kind'))}
                        value={row.kind}
                        error={at('kind')}
                        onChange={(e) => editRow(row.key, { kind: e.currentTarget.value as TariffKind })}
                        data={TARIFF_KINDS.map((k) => ({ value: k, label: t(`tariff.kinds.${k}`) }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput id={`tariff-label-${row.key}`} aria-label={label(t('tariff.label'))} value={row.label} error={at('label')} onChange={(e) => editRow(row.key, { label: e.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={label(t('tariff.unit'))} value={row.unit} error={at('unit')} onChange={(e) => editRow(row.key, { unit: e.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <TextInput aria-label={label(t('tariff.price'))} inputMode="numeric" value={row.price} error={at('priceRp')} onChange={(e) => editRow(row.key, { price: e.currentTarget.value })} />
                    </Table.Td>
                    <Table.Td>
                      <Button variant="subtle" color="red.9" size="xs" onClick={() => removeRow(row.key)}>
                        {t('tariff.remove', { n: n + 1 })}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {formError && (
          <Text size="sm" c="red.9" role="alert">
            {formError}
          </Text>
        )}
        <ConflictNotice conflict={version.conflict} reloaded={version.reloaded} onReload={reload} />
        <SavedNotice notice={notice} />
        <Group>
          <Button variant="default" onClick={addRow} disabled={values.rows.length >= 30}>
            {t('tariff.add')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('tariff.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
