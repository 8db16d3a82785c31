// Laporan › period: a year (the default, the office's current year on the app clock), a
// semester, a quarter, a month or a from–to range typed as dd/mm/yyyy. The page holds the
// period as its normalised key ("2026-Q3"); the form here holds the parts being chosen.
import { useState } from 'react';
import { Fieldset, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MONTHS_ID, parsePeriod, type ReportPeriod } from '../../../../shared/domain/reports/period';
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IsoDate } from '../../../../shared/domain/calendar/localDate';
import { DateTimeField } from '../../forms/DateTimeField';

const KINDS = ['year', 'semester', 'quarter', 'month', 'range'] as const;
type Kind = (typeof KINDS)[number];

export interface PeriodForm {
  kind: Kind;
  year: string;
  semester: string;
  quarter: string;
  month: string;
  from: string;
  to: string;
}

/** The text parsePeriod takes for the form's choice. */
export function periodText(form: PeriodForm): string {
  switch (form.kind) {
    case 'year':
      return form.year;
    case 'semester':
      return `${form.year}-S${form.semester}`;
    case 'quarter':
      return `${form.year}-Q${form.quarter}`;
    case 'month':
      return `${form.year}-${form.month}`;
    case 'range':
      return `${form.from}..${form.to}`;
  }
}

/** The form for a period, the other parts set to sensible neighbours (its first month, quarter, half). */
export function formOf(period: ReportPeriod): PeriodForm {
  const month = Number(period.from.slice(5, 7));
  return {
    kind: period.kind,
    year: period.from.slice(0, 4),
    semester: month <= 6 ? '1' : '2',
    quarter: String(Math.floor((month - 1) / 3) + 1),
    month: period.from.slice(5, 7),
    from: period.from,
    to: period.to,
  };
}

/** "Tahun 2026 (1 Januari 2026 s.d. 31 Desember 2026)"; a range is its own dates already. */
export function periodLabel(period: ReportPeriod): string {
  if (period.kind === 'range') return period.label;
  return `${period.label} (${formatTanggal(period.from as IsoDate)} s.d. ${formatTanggal(period.to as IsoDate)})`;
}

interface Props {
  period: ReportPeriod;
  /** The office's current year: the newest offered (the list goes back ten years). */
  currentYear: number;
  onChange: (key: string) => void;
}

export function PeriodPicker({ period, currentYear, onChange }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PeriodForm>(() => formOf(period));
  const [problem, setProblem] = useState<string | null>(null);

  const update = (patch: Partial<PeriodForm>) => {
    const next = { ...form, ...patch };
    setForm(next);
    if (next.kind === 'range' && (!/^\d{4}-\d{2}-\d{2}$/.test(next.from) || !/^\d{4}-\d{2}-\d{2}$/.test(next.to))) {
      setProblem(t('reports.period.incomplete'));
      return;
    }
    const parsed = parsePeriod(periodText(next));
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    onChange(parsed.period.key);
  };

  const years = new Set<number>();
  for (let y = currentYear; y > currentYear - 10; y--) years.add(y);
  years.add(Number(form.year));
  const yearOptions = [...years].sort((a, b) => b - a).map(String);

  return (
    <Fieldset legend={t('reports.period.legend')} p="sm">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('reports.period.kind')}
          value={form.kind}
          onChange={(e) => update({ kind: e.currentTarget.value as Kind })}
          data={KINDS.map((k) => ({ value: k, label: t(`reports.period.kinds.${k}`) }))}
          w={170}
        />
        {form.kind !== 'range' && (
          <NativeSelect label={t('reports.period.year')} value={form.year} onChange={(e) => update({ year: e.currentTarget.value })} data={yearOptions} w={110} />
        )}
        {form.kind === 'semester' && (
          <NativeSelect
            label={t('reports.period.semester')}
            value={form.semester}
            onChange={(e) => update({ semester: e.currentTarget.value })}
            data={(['1', '2'] as const).map((s) => ({ value: s, label: t(`reports.period.semesters.${s}`) }))}
            w={260}
          />
        )}
        {form.kind === 'quarter' && (
          <NativeSelect
            label={t('reports.period.quarter')}
            value={form.quarter}
            onChange={(e) => update({ quarter: e.currentTarget.value })}
            data={(['1', '2', '3', '4'] as const).map((q) => ({ value: q, label: t(`reports.period.quarters.${q}`) }))}
            w={280}
          />
        )}
        {form.kind === 'month' && (
          <NativeSelect
            label={t('reports.period.month')}
            value={form.month}
            onChange={(e) => update({ month: e.currentTarget.value })}
            data={MONTHS_ID.map((name, i) => ({ value: String(i + 1).padStart(2, '0'), label: name }))}
            w={170}
          />
        )}
        {form.kind === 'range' && (
          <>
            <DateTimeField mode="date" label={t('reports.period.from')} value={form.from} onChange={(from) => update({ from })} w={180} />
            <DateTimeField mode="date" label={t('reports.period.to')} value={form.to} onChange={(to) => update({ to })} w={180} />
          </>
        )}
      </Group>
      {problem ? (
        <Text size="sm" c="red.9" mt="xs" role="alert">
          {problem}
        </Text>
      ) : (
        <Text size="sm" fw={600} mt="xs" aria-live="polite" data-testid="period-label">
          {t('reports.period.label', { label: periodLabel(period) })}
        </Text>
      )}
    </Fieldset>
  );
}
