import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/ipc/contract';
import { isApiError, isUnreachable } from '../../../api';
import { useAddLocalDay } from './api';
import { DateTimeField } from '../../../forms/DateTimeField';
import { useUnsaved } from '../../../forms/unsaved';

type Field = 'date' | 'name' | 'basis';
const EMPTY = { date: '', kind: 'lokal', name: '', basis: '' };
const KINDS = ['lokal', 'libur_nasional', 'cuti_bersama'] as const;

/**
 * Adds a day off: a local one, or a national holiday / cuti bersama moved or added by a revised
 * decree. Validated with the channel's own schema, then by the core.
 */
export function AddLocalDayForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddLocalDay();
  const [values, setValues] = useState(EMPTY);
  useUnsaved(!add.isPending && JSON.stringify(values) !== JSON.stringify(EMPTY));
  const [errors, setErrors] = useState<Partial<Record<Field | 'kind' | 'form', string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = contract['calendar:addDay'].input.safeParse(values);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message])));
      return;
    }
    setErrors({});
    add.mutate(parsed.data, {
      onSuccess: (change) => {
        setValues(EMPTY);
        const total = change.recomputed.requests + change.recomputed.objections + change.recomputed.disputes;
        onDone(t(parsed.data.kind === 'lokal' ? 'calendar.added' : 'calendar.addedOther', { kind: t(`calendar.kind.${parsed.data.kind}`), changed: change.recomputed.changed, total, version: change.version }));
      },
      onError: (error) => {
        const issues = isApiError(error) ? (error.issues ?? []) : [];
        const byField = Object.fromEntries(issues.map((i) => [i.path.split('.')[0] || 'form', i.message]));
        const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
        setErrors({ form: t('calendar.failed', { message }), ...byField });
      },
    });
  };

  const field = (name: Field) => ({
    value: values[name],
    error: errors[name],
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value; // read now: the updater runs after the event is gone
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="local-day-title">
      <Stack gap="xs">
        <Title order={3} size="h5" id="local-day-title">
          {t('calendar.addTitle')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('calendar.addHelp')}
        </Text>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <DateTimeField
            mode="date"
            label={t('calendar.date')}
            w={180}
            value={values.date}
            error={errors.date}
            onChange={(date) => setValues((v) => ({ ...v, date }))}
          />
          <NativeSelect
            label={t('calendar.kindLabel')}
            w={170}
            value={values.kind}
            error={errors.kind}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, kind: value }));
            }}
            data={KINDS.map((k) => ({ value: k, label: t(`calendar.kind.${k}`) }))}
          />
          <TextInput label={t('calendar.name')} style={{ flex: '1 1 220px' }} {...field('name')} />
          <TextInput label={t('calendar.basis')} placeholder={t('calendar.basisPlaceholder')} style={{ flex: '2 1 320px' }} {...field('basis')} />
        </Group>
        {errors.form && (
          <Text size="sm" c="red.9" role="alert">
            {errors.form}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('calendar.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
