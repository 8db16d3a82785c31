// What each chart of the report shows, as ECharts options: received by month, decisions,
// fulfilment time, refusal reasons, channels. Colours are told apart by lightness too, so a
// report printed in black and white still reads. Alt text states every value in words.
import type { EChartsCoreOption } from 'echarts/core';
import { MONTHS_ID } from '../../../../shared/domain/reports/period';
import { REFUSAL_REASON_KEYS, type ReportFigures } from '../../../../shared/ipc/channels/reports';
import { angka, persen } from './format';
import { CHANNEL_LABEL, refusalShort } from './labels';

const INK = '#222222';
const AXIS = '#555555';
const BLUE = '#1f4e79';
/** Dark blue, amber, dark red: distinct in colour and in grey. */
const DECISION_COLOURS = ['#1f4e79', '#e0a526', '#9e2a2b'];
const LABEL = { color: INK, fontSize: 12 };

export interface ChartPlan {
  id: string;
  option: EChartsCoreOption;
  widthMm: number;
  heightMm: number;
  caption: string;
  altText: string;
}

function columnChart(categories: string[], values: number[], opts: { rotate?: number; colours?: string[] } = {}): EChartsCoreOption {
  return {
    grid: { left: 8, right: 8, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'category', data: categories, axisLabel: { color: AXIS, fontSize: 12, interval: 0, rotate: opts.rotate ?? 0 }, axisTick: { alignWithLabel: true }, axisLine: { lineStyle: { color: AXIS } } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: AXIS, fontSize: 11, formatter: (v: number) => angka(v) }, splitLine: { lineStyle: { color: '#dddddd' } } },
    series: [
      {
        type: 'bar',
        data: values.map((value, i) => ({ value, itemStyle: { color: opts.colours?.[i] ?? BLUE } })),
        barMaxWidth: 48,
        label: { show: true, position: 'top', ...LABEL, fontWeight: 'bold', formatter: (p: { value: number }) => angka(p.value) },
      },
    ],
  };
}

function barChart(categories: string[], values: number[]): EChartsCoreOption {
  // Horizontal bars: long category names read on one line; the first category at the top.
  return {
    grid: { left: 8, right: 40, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    yAxis: { type: 'category', inverse: true, data: categories, axisLabel: { color: INK, fontSize: 12 }, axisTick: { show: false }, axisLine: { lineStyle: { color: AXIS } } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: AXIS, fontSize: 11, formatter: (v: number) => angka(v) }, splitLine: { lineStyle: { color: '#dddddd' } } },
    series: [{ type: 'bar', data: values, barMaxWidth: 22, itemStyle: { color: BLUE }, label: { show: true, position: 'right', ...LABEL, fontWeight: 'bold', formatter: (p: { value: number }) => angka(p.value) } }],
  };
}

const listed = (pairs: Array<[string, number]>) => pairs.map(([name, n]) => `${name} ${angka(n)}`).join('; ');

export function chartPlans(f: ReportFigures): ChartPlan[] {
  const r = f.requests;
  const plans: ChartPlan[] = [];
  // Month names: short when the period stays in one year, with the year when it crosses one.
  const oneYear = new Set(r.by_month.map((m) => m.month.slice(0, 4))).size <= 1;
  const months = r.by_month.map((m) => {
    const name = MONTHS_ID[Number(m.month.slice(5, 7)) - 1]!;
    return oneYear ? name.slice(0, 3) : `${name.slice(0, 3)} ${m.month.slice(2, 4)}`;
  });
  plans.push({
    id: 'per_bulan',
    option: columnChart(months, r.by_month.map((m) => m.received), { rotate: months.length > 12 ? 45 : 0 }),
    widthMm: 160,
    heightMm: 72,
    caption: `Permohonan informasi diterima per bulan (jumlah ${angka(r.received)})`,
    altText: `Grafik batang permohonan diterima per bulan: ${listed(r.by_month.map((m, i) => [months[i]!, m.received]))}.`,
  });

  const decided = r.granted_full + r.granted_partial + r.refused;
  const decisions: Array<[string, number]> = [
    ['Dikabulkan seluruhnya', r.granted_full],
    ['Dikabulkan sebagian', r.granted_partial],
    ['Ditolak', r.refused],
  ];
  plans.push({
    id: 'keputusan',
    option:
      decided > 0
        ? {
            series: [
              {
                type: 'pie',
                radius: ['0%', '62%'],
                center: ['50%', '52%'],
                startAngle: 90,
                data: decisions.map(([name, value], i) => ({ name, value, itemStyle: { color: DECISION_COLOURS[i], borderColor: '#ffffff', borderWidth: 1 } })),
                label: { ...LABEL, formatter: (p: { name: string; value: number }) => `${p.name}\n${angka(p.value)} (${persen(p.value, decided)})`, lineHeight: 16 },
                labelLine: { length: 10, length2: 14 },
              },
            ],
          }
        : columnChart(decisions.map(([name]) => name), decisions.map(([, n]) => n), { colours: DECISION_COLOURS }),
    widthMm: 160,
    heightMm: 70,
    caption: `Keputusan atas permohonan (diputus ${angka(decided)})`,
    altText: `Grafik keputusan atas permohonan: ${listed(decisions)}.`,
  });

  const fd = r.fulfilment_days;
  const spread: Array<[string, number]> = [
    ['≤ 10 hari kerja', fd.within_10],
    ['11–17 hari kerja', fd.within_17],
    ['> 17 hari kerja', fd.later],
  ];
  plans.push({
    id: 'sebaran_waktu',
    option: columnChart(spread.map(([n]) => n), spread.map(([, v]) => v), { colours: DECISION_COLOURS }),
    widthMm: 130,
    heightMm: 62,
    caption: 'Sebaran waktu pemenuhan permohonan',
    altText: `Grafik batang sebaran waktu pemenuhan: ${listed(spread)}.`,
  });

  const reasons: Array<[string, number]> = REFUSAL_REASON_KEYS.map((k) => [refusalShort(k), r.refusal_reasons[k]]);
  plans.push({
    id: 'alasan_penolakan',
    option: barChart(reasons.map(([n]) => n), reasons.map(([, v]) => v)),
    widthMm: 160,
    heightMm: 95,
    caption: 'Alasan penolakan permohonan',
    altText: `Grafik batang alasan penolakan: ${listed(reasons)}.`,
  });

  const channels: Array<[string, number]> = Object.entries(CHANNEL_LABEL).map(([k, label]) => [label, r.by_channel[k as keyof typeof CHANNEL_LABEL]]);
  plans.push({
    id: 'saluran',
    option: barChart(channels.map(([n]) => n), channels.map(([, v]) => v)),
    widthMm: 150,
    heightMm: 60,
    caption: 'Permohonan diterima menurut saluran',
    altText: `Grafik batang permohonan menurut saluran: ${listed(channels)}.`,
  });
  return plans;
}
