// The report's charts: ECharts' server-side SVG renderer (no DOM, no canvas), animation off,
// text measured with Arimo's own metrics so labels are laid out for the font they are drawn in;
// then @resvg/resvg-js rasterises the SVG to PNG at print resolution with the Arimo files from
// node_modules (never system fonts), so the chart is the same picture on every machine.
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as EChartsCore from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import type { Block } from '../../documents/model';
import { textWidth } from '../../documents/pdf/measure';
import { printable } from '../../documents/pdf/fonts';

/** SVG user units per millimetre of the printed chart: 12 units of text print at about 8.5 pt. */
export const UNITS_PER_MM = 4;
/** Print resolution of the PNG (the KI's monev evidence is printed and scanned; 220 dpi stays sharp and keeps the PDF small and quick to write). */
export const CHART_DPI = 220;
export const FONT_FAMILY = 'Arimo';

type ECharts = typeof EChartsCore;
let loaded: Promise<ECharts> | undefined;

/** ECharts (bar and pie, grid, SVG renderer) loaded on the first report, not with the core. */
function echarts(): Promise<ECharts> {
  loaded ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]);
    core.use([charts.BarChart, charts.PieChart, components.GridComponent, renderers.SVGRenderer]);
    core.setPlatformAPI({
      measureText: (text: string, font?: string) => {
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
        const style = /\bbold\b|\b[6-9]00\b/.test(font ?? '') ? 'bold' : 'regular';
        return { width: textWidth(printable(text, style), style, size) };
      },
    });
    return core;
  })();
  return loaded;
}

/** The option as an SVG `widthMm` × `heightMm` (in UNITS_PER_MM units). */
export async function chartSvg(option: EChartsCoreOption, widthMm: number, heightMm: number): Promise<string> {
  const core = await echarts();
  const chart = core.init(null, null, { renderer: 'svg', ssr: true, width: widthMm * UNITS_PER_MM, height: heightMm * UNITS_PER_MM });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_FAMILY, fontSize: 12 }, ...option });
    return chart.renderToSVGString();
  } finally {
    // An undisposed instance keeps a timer alive and the process never exits.
    chart.dispose();
  }
}

let fontFiles: string[] | undefined;

export function arimoFiles(): string[] {
  const dir = path.dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/package.json'));
  fontFiles ??= ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf', '400Regular_Italic/Arimo_400Regular_Italic.ttf'].map((f) => path.join(dir, f));
  return fontFiles;
}

/** The SVG as a PNG `widthMm` wide at CHART_DPI, on white (a transparent PNG prints grey in some viewers). */
export async function rasterise(svg: string, widthMm: number): Promise<Extract<Block, { type: 'chart' }>['png']> {
  const { Resvg } = await import('@resvg/resvg-js');
  const widthPx = Math.round((widthMm / 25.4) * CHART_DPI);
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: arimoFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  return { bytes: new Uint8Array(image.asPng()), widthPx: image.width, heightPx: image.height };
}

/** A chart block: the option drawn as SVG, rasterised, with its caption and alt text. */
export async function chartBlock(option: EChartsCoreOption, opts: { widthMm: number; heightMm: number; caption: string; altText: string }): Promise<Extract<Block, { type: 'chart' }>> {
  const svg = await chartSvg(option, opts.widthMm, opts.heightMm);
  return { type: 'chart', svg, png: await rasterise(svg, opts.widthMm), ...opts };
}

/** Loads ECharts and resvg (with the Arimo files) once, so the first report after start-up is as fast as the rest. */
export async function prepareCharts(): Promise<void> {
  await echarts();
  await rasterise('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text x="1" y="9" font-size="8">a</text></svg>', 2);
}
