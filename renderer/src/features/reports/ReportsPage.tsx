// Laporan (#/reports?period=2026-Q3): the public-information service report of a period (UU KIP
// Ps 12; Perki 1/2021 Ps 56): the dashboard with its drill-downs, the year's narrative, the full
// report's downloads, and the registers' exports.
import { useState } from 'react';
import { Alert, Divider, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { narrativeYearOf, parsePeriod, type ReportPeriod } from '../../../../shared/domain/reports/period';
import { isUnreachable } from '../../api';
import { useOfficeNow } from '../../forms/officeNow';
import { PageHeading } from '../../shell/PageHeading';
import { useFigures } from './api';
import { Dashboard } from './Dashboard';
import { DrillDownDialog } from './DrillDownDialog';
import { DrillProvider, type DrillTarget } from './drill';
import { NarrativeEditor } from './NarrativeEditor';
import { PeriodPicker, periodLabel } from './PeriodPicker';
import { RegisterExport } from './RegisterExport';
import { ReportExport } from './ReportExport';
import './reports.css';

function periodFrom(text: string | null, fallbackYear: number): ReportPeriod {
  const parsed = text ? parsePeriod(text) : null;
  if (parsed?.ok) return parsed.period;
  const year = parsePeriod(String(fallbackYear));
  if (!year.ok) throw new Error(year.message); // the app clock's year is always a valid period
  return year.period;
}

export function ReportsPage() {
  const { t } = useTranslation();
  const office = useOfficeNow();
  const currentYear = Number(office.today().slice(0, 4));
  const [params, setParams] = useSearchParams();
  const period = periodFrom(params.get('period'), currentYear);
  const figures = useFigures(period.key);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const choose = (key: string) => setParams(key === String(currentYear) ? {} : { period: key }, { replace: true });

  return (
    <Stack gap="md" maw={1280}>
      <PageHeading>{t('nav.reports')}</PageHeading>
      <Text size="sm" maw={900}>
        {t('reports.intro')}
      </Text>
      <PeriodPicker period={period} currentYear={currentYear} onChange={choose} />
      <DrillProvider open={setDrill}>
        <section aria-labelledby="report-dashboard">
          <Group justify="space-between" align="baseline" mb="xs">
            <Title order={2} size="h3" id="report-dashboard">
              {t('reports.dashboard.title', { label: figures.data?.period.label ?? period.label })}
            </Title>
            {figures.isFetching && <Loader size="xs" aria-hidden="true" />}
          </Group>
          {figures.isPending ? (
            <Text size="sm" role="status">
              {t('reports.dashboard.loading')}
            </Text>
          ) : figures.isError ? (
            <Alert color="red" variant="outline" role="alert">
              {t('reports.dashboard.failed', { message: isUnreachable(figures.error) ? t('errors.unreachable') : figures.error.message })}
            </Alert>
          ) : (
            <div aria-busy={figures.isPlaceholderData} style={figures.isPlaceholderData ? { opacity: 0.6 } : undefined}>
              <Dashboard figures={figures.data} />
            </div>
          )}
        </section>
      </DrillProvider>
      <DrillDownDialog period={{ key: period.key, label: periodLabel(period) }} target={drill} onClose={() => setDrill(null)} />
      <Divider />
      <NarrativeEditor year={narrativeYearOf(period)} />
      <ReportExport period={{ key: period.key, label: period.label }} />
      <Divider />
      <Title order={2} size="h3">
        {t('reports.registersTitle')}
      </Title>
      <RegisterExport />
    </Stack>
  );
}
