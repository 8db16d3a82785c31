// Laporan › Ekspor register: the register of requests or objections for a period, downloaded as
// PDF, DOCX, XLSX or CSV (registers:export). NIK are masked by the core.
import { useState, type FormEvent } from 'react';
import { Alert, Button, Fieldset, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REGISTER_FORMATS, REGISTER_KINDS, type RegisterFormat, type RegisterKind } from '../../../../shared/domain/letters';
import { contract, type Input } from '../../../../shared/ipc/contract';
import { isApiError, isUnreachable, useApi, useAppClock } from '../../api';
import { localValueAt } from '../../forms/dateText';
import { DateTimeField } from '../../forms/DateTimeField';
import { useOfficeZone } from '../../lib/officeZone';
import { FixLink } from '../../forms/FixLink';
import { downloadFile } from '../../lib/files';

/** This year, 1 January to 31 December: the office-local year of the app clock. */
function thisYear(now: Date, zone: string): { from: string; to: string } {
  const year = localValueAt(now.getTime(), zone, 'date').slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export function RegisterExport({ now: givenNow }: { now?: () => Date }) {
  const { t } = useTranslation();
  const api = useApi();
  const clock = useAppClock();
  const zone = useOfficeZone();
  const now = givenNow ?? (() => new Date(clock.now()));
  const [kind, setKind] = useState<RegisterKind>('permohonan');
  const [format, setFormat] = useState<RegisterFormat>('xlsx');
  const [period, setPeriod] = useState(() => thisYear(now(), zone));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const exportRegister = useMutation({ mutationFn: (input: Input<'registers:export'>) => api.invoke('registers:export', input) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const input = { kind, format, from: period.from, to: period.to };
    const parsed = contract['registers:export'].input.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message])));
      return;
    }
    setErrors({});
    exportRegister.mutate(input, {
      onSuccess: (file) => {
        downloadFile(file);
        setNotice(t('letters.register.done', { filename: file.filename, rows: file.rows }));
      },
      onError: (error) => {
        const issues = isApiError(error) ? (error.issues ?? []) : [];
        const message = isUnreachable(error) ? t('errors.unreachable') : error.message;
        setErrors({ form: t('letters.register.failed', { message }), ...Object.fromEntries(issues.map((i) => [i.path || 'form', i.message])) });
      },
    });
  };

  return (
    <Fieldset legend={t('letters.register.title')} maw={720}>
      <form onSubmit={submit} noValidate aria-label={t('letters.register.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('letters.register.intro')}</Text>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('letters.register.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as RegisterKind)}
              data={REGISTER_KINDS.map((k) => ({ value: k, label: t(`letters.register.kinds.${k}`) }))}
            />
            <NativeSelect
              label={t('letters.register.format')}
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as RegisterFormat)}
              data={REGISTER_FORMATS.map((f) => ({ value: f, label: t(`letters.register.formats.${f}`) }))}
            />
          </Group>
          <Group grow align="flex-start">
            <DateTimeField mode="date" label={t('letters.register.from')} value={period.from} onChange={(from) => setPeriod((p) => ({ ...p, from }))} error={errors.from} required />
            <DateTimeField mode="date" label={t('letters.register.to')} value={period.to} onChange={(to) => setPeriod((p) => ({ ...p, to }))} error={errors.to} required />
          </Group>
          {errors.form && (
            <Alert color="red" variant="outline" role="alert">
              {errors.form}
              <FixLink message={errors.form} />
            </Alert>
          )}
          {notice && (
            <Text size="sm" role="status">
              {notice}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={exportRegister.isPending}>
              {t('letters.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Fieldset>
  );
}
