// Laporan › the dashboard of one period (reports:figures): the requests' headline figures, four
// charts each with its table, and the tables of objections, disputes, press inquiries and the
// archive. Every count opens the cases behind it.
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { DISPUTE_OUTCOME_KEYS, GROUND_KEYS, REFUSAL_REASON_KEYS, type ReportFigures } from '../../../../shared/ipc/channels/reports';
import { MONTHS_ID } from '../../../../shared/domain/reports/period';
import { ChartBlock, type ChartRow } from './ChartBlock';
import { FigureButton } from './drill';
import { FigureTable, type FigureRow } from './FigureTable';

// Fills with at least 3:1 against white (WCAG 1.4.11), told apart by their labels too.
const COLORS = { full: '#087f5b', partial: '#862e9c', refused: '#c92a2a', within_10: '#087f5b', within_17: '#e8590c', later: '#c92a2a' };
const REQUEST_STATS = ['received', 'granted_full', 'granted_partial', 'refused', 'late', 'extended', 'withdrawn', 'open_at_end'] as const;

const days = (t: TFunction, value: number | null) =>
  value === null ? t('reports.dashboard.noData') : t('reports.dashboard.days', { value: value.toLocaleString('id-ID', { maximumFractionDigits: 1 }) });

function monthRows(figures: ReportFigures): ChartRow[] {
  const years = new Set(figures.requests.by_month.map((m) => m.month.slice(0, 4)));
  return figures.requests.by_month.map((m) => {
    const name = MONTHS_ID[Number(m.month.slice(5, 7)) - 1]!.slice(0, 3);
    return { label: years.size > 1 ? `${name} ${m.month.slice(0, 4)}` : name, value: m.received, figure: `requests.by_month.${m.month}` };
  });
}

export function Dashboard({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const r = figures.requests;
  const o = figures.objections;
  const d = figures.disputes;
  const i = figures.inquiries;
  const a = figures.archive;
  const reqLabel = (key: (typeof REQUEST_STATS)[number]) => t(`reports.figures.requests.${key}`);

  const decisions: ChartRow[] = [
    { label: reqLabel('granted_full'), value: r.granted_full, figure: 'requests.granted_full', color: COLORS.full },
    { label: reqLabel('granted_partial'), value: r.granted_partial, figure: 'requests.granted_partial', color: COLORS.partial },
    { label: reqLabel('refused'), value: r.refused, figure: 'requests.refused', color: COLORS.refused },
  ];
  const reasons: ChartRow[] = REFUSAL_REASON_KEYS.filter((k) => r.refusal_reasons[k] > 0).map((k) => ({
    label: t(`reports.reasons.${k}`),
    short: t(`reports.reasonsShort.${k}`),
    value: r.refusal_reasons[k],
    figure: `requests.refusal_reasons.${k}`,
  }));
  const distribution: ChartRow[] = (['within_10', 'within_17', 'later'] as const).map((k) => ({
    label: t(`reports.charts.buckets.${k}`),
    short: t(`reports.charts.bucketsShort.${k}`),
    value: r.fulfilment_days[k],
    figure: `requests.fulfilment_days.${k}`,
    color: COLORS[k],
  }));

  const channelRows: FigureRow[] = (Object.keys(r.by_channel) as (keyof typeof r.by_channel)[]).map((k) => ({
    label: t(`cases.channels.${k}`),
    value: r.by_channel[k],
    figure: `requests.by_channel.${k}`,
  }));
  const kindRows: FigureRow[] = (['perorangan', 'badan_hukum'] as const).map((k) => ({
    label: t(`reports.requesterKinds.${k}`),
    value: r.by_requester_kind[k],
    figure: `requests.by_requester_kind.${k}`,
  }));
  // A unit's name is free text, not a path segment: the core drills by its place in by_unit.
  const unitRows: FigureRow[] = r.by_unit.map((u, index) => ({ label: u.unit || t('reports.tables.noUnit'), value: u.received, figure: `requests.by_unit.${index}` }));

  const objectionRows: FigureRow[] = [
    { label: t('reports.figures.objections.received'), value: o.received, figure: 'objections.received' },
    ...GROUND_KEYS.filter((g) => o.by_ground[g] > 0).map((g) => ({ label: t(`objections.grounds.${g}`), value: o.by_ground[g], figure: `objections.by_ground.${g}`, sub: true })),
    ...(['answered', 'answered_in_time', 'upheld', 'not_upheld', 'withdrawn', 'open_at_end'] as const).map((k) => ({
      label: t(`reports.figures.objections.${k}`),
      value: o[k],
      figure: `objections.${k}`,
    })),
  ];
  const disputeRows: FigureRow[] = [
    { label: t('reports.figures.disputes.registered'), value: d.registered, figure: 'disputes.registered' },
    ...DISPUTE_OUTCOME_KEYS.map((k) => ({ label: t(`reports.outcomes.${k}`), value: d.by_outcome[k], figure: `disputes.by_outcome.${k}`, sub: true })),
    { label: t('reports.figures.disputes.in_court'), value: d.in_court, figure: 'disputes.in_court' },
    { label: t('reports.figures.disputes.open_at_end'), value: d.open_at_end, figure: 'disputes.open_at_end' },
  ];
  const inquiryRows: FigureRow[] = [
    { label: t('reports.figures.inquiries.received'), value: i.received, figure: 'inquiries.received' },
    ...(['biasa', 'mendesak', 'krisis'] as const).map((k) => ({ label: t(`media.priorities.${k}`), value: i.by_priority[k], figure: `inquiries.by_priority.${k}`, sub: true })),
    { label: t('reports.figures.inquiries.answered'), value: i.answered, figure: 'inquiries.answered' },
    { label: t('reports.figures.inquiries.answered_in_time'), value: i.answered_in_time, figure: 'inquiries.answered_in_time' },
  ];
  const archiveRows: FigureRow[] = [
    ...(['berkala', 'serta_merta', 'setiap_saat'] as const).map((k) => ({ label: t(`archive.categories.${k}`), value: a.dip_by_category[k], figure: `archive.dip_by_category.${k}` })),
    ...(['exempt', 'unclassified', 'reviews_done', 'reviews_overdue'] as const).map((k) => ({ label: t(`reports.figures.archive.${k}`), value: a[k], figure: `archive.${k}` })),
  ];

  return (
    <Stack gap="md">
      <section aria-labelledby="report-requests">
        <Title order={3} size="h4" id="report-requests" mb="xs">
          {t('reports.groups.requests')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} spacing="xs" data-testid="request-stats">
          {REQUEST_STATS.map((key) => (
            <Paper key={key} withBorder p="xs" className="report-stat">
              <Text size="xs" fw={500} c="gray.8" lh={1.25} mih={30}>
                {reqLabel(key)}
              </Text>
              <FigureButton figure={`requests.${key}`} label={reqLabel(key)} value={r[key]} size="lg" />
            </Paper>
          ))}
        </SimpleGrid>
        <Text size="sm" mt="xs" data-testid="fulfilment-days">
          {t('reports.figures.requests.decided')}: <FigureButton figure="requests.fulfilment_days.count" label={t('reports.figures.requests.decided')} value={r.fulfilment_days.count} /> ·{' '}
          {t('reports.figures.requests.mean')}: <strong>{days(t, r.fulfilment_days.mean)}</strong> · {t('reports.figures.requests.median')}:{' '}
          <strong>{days(t, r.fulfilment_days.median)}</strong> · {t('reports.figures.requests.max')}: <strong>{days(t, r.fulfilment_days.max)}</strong>
        </Text>
      </section>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChartBlock id="month" title={t('reports.charts.month')} rows={monthRows(figures)} across={t('reports.charts.received')} />
        <ChartBlock id="decisions" title={t('reports.charts.decisions')} rows={decisions} />
        <ChartBlock id="reasons" title={t('reports.charts.reasons')} rows={reasons} horizontal height={Math.max(120, 30 * reasons.length + 40)} />
        <ChartBlock id="distribution" title={t('reports.charts.distribution')} rows={distribution} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
        <FigureTable id="channels" title={t('reports.tables.channels')} rows={channelRows} />
        <FigureTable id="requester-kinds" title={t('reports.tables.requesterKinds')} rows={kindRows} />
        {unitRows.length > 0 && <FigureTable id="units" title={t('reports.tables.units')} rows={unitRows} />}
        <FigureTable id="objections" title={t('reports.groups.objections')} rows={objectionRows} />
        <FigureTable id="disputes" title={t('reports.groups.disputes')} rows={disputeRows} />
        <FigureTable id="inquiries" title={t('reports.groups.inquiries')} rows={inquiryRows} />
        <FigureTable id="archive" title={t('reports.groups.archive')} rows={archiveRows} />
      </SimpleGrid>
    </Stack>
  );
}
