// One bar chart of the dashboard, drawn by ECharts in the renderer: core modules only, the SVG
// renderer (crisp at any zoom, no canvas), `aria` on so the chart is an image with a name that
// points to the data table under it. Clicking a bar opens the cases behind it, as its table's
// button does (the table is the keyboard's way in).
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart as EBarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([EBarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface Bar {
  label: string;
  /** The axis label when the table's is too long for it ("Ps 17 h" for "Ps 17 h. Rahasia pribadi"). */
  short?: string;
  value: number;
  /** The fill; each at least 3:1 against white (WCAG 1.4.11), the default blue is 7:1. */
  color?: string;
}

export const CHART_BLUE = '#1864ab';
const INK = '#212529';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
const FALLBACK_WIDTH = 480;

interface Props {
  bars: Bar[];
  /** The chart's name for a screen reader: what it shows and that its numbers are in the table below. */
  description: string;
  /** Long category names (refusal reasons) read better with horizontal bars. */
  horizontal?: boolean;
  height: number;
  onPick?: (index: number) => void;
  testId?: string;
}

function optionFor(bars: Bar[], horizontal: boolean, description: string): echarts.EChartsCoreOption {
  const categories = { type: 'category', data: bars.map((b) => b.short ?? b.label), axisLabel: { color: INK, fontSize: 12, interval: 0 }, axisLine: { lineStyle: { color: '#495057' } } };
  const values = { type: 'value', minInterval: 1, axisLabel: { color: INK, fontSize: 12 }, splitLine: { lineStyle: { color: '#dee2e6' } } };
  return {
    animation: false,
    aria: { enabled: true, label: { description }, decal: { show: false } },
    textStyle: { fontFamily: FONT, color: INK },
    grid: { left: 8, right: horizontal ? 40 : 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', confine: true },
    xAxis: horizontal ? values : categories,
    yAxis: horizontal ? { ...categories, inverse: true } : values,
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        cursor: 'pointer',
        label: { show: true, position: horizontal ? 'right' : 'top', color: INK, fontSize: 12, fontWeight: 'bold' },
        data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color ?? CHART_BLUE } })),
      },
    ],
  };
}

export function BarChart({ bars, description, horizontal = false, height, onPick, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  useEffect(() => {
    const el = ref.current!;
    // jsdom and a hidden tab have no layout: start at a width, then follow the box.
    const chart = echarts.init(el, null, { renderer: 'svg', width: el.clientWidth || FALLBACK_WIDTH, height });
    chartRef.current = chart;
    chart.on('click', (params) => {
      if (typeof params.dataIndex === 'number') pickRef.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0) chart.resize({ width: el.clientWidth, height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [height]);

  useEffect(() => {
    chartRef.current?.setOption(optionFor(bars, horizontal, description), true);
  }, [bars, horizontal, description, height]);

  // role="img": ECharts puts its aria-label (the description) on this element.
  return <div ref={ref} role="img" aria-label={description} style={{ width: '100%', height }} data-testid={testId} />;
}
