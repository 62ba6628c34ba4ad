// The report's charts as PNG images for the DOCX: the very SVG the page (and so the PDF) shows,
// rendered at print resolution. The legend recharts draws as HTML beside the SVG is drawn into the
// image, and the text styles the page's CSS gives are written onto the SVG's text, since an SVG
// drawn as an image sees no style sheet.
import type { ReportChart } from '../../../../shared/report/annualReport';

export interface ChartImage {
  png: Uint8Array;
  /** The chart's size on the page in CSS pixels (96 to the inch); the PNG has `scale` times more. */
  width: number;
  height: number;
}

/** 300 dpi from 96 CSS pixels to the inch. */
const PRINT_SCALE = 300 / 96;
const LEGEND_HEIGHT = 28;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A text a screen reader reads for the chart: each month with both years' values. */
export function chartDescription(
  chart: ReportChart,
  labels: { current: string; previous: string },
  format: (n: number) => string,
): string {
  const months = chart.points.map(
    (p) => `${p.label}: ${format(p.current)} (${labels.previous} ${format(p.previous)})`,
  );
  return `${chart.title}. ${labels.current}: ${months.join('; ')}.`;
}

/**
 * Every chart the report on the page shows, by its id (the figure's `data-chart-id`). A chart that
 * cannot be drawn is left out; the DOCX then holds its values as a table.
 */
export async function captureChartImages(root: ParentNode): Promise<Map<string, ChartImage>> {
  const images = new Map<string, ChartImage>();
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-id]')) {
    // The chart's own surface, not the legend's icons (small SVGs of the same class).
    const svg = figure.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
    const id = figure.dataset.chartId;
    if (!svg || !id) continue;
    try {
      images.set(id, await svgToPng(svg, legendItems(figure)));
    } catch {
      // Left out: the document still has the numbers.
    }
  }
  return images;
}

function legendItems(figure: HTMLElement): Array<{ text: string; colour: string }> {
  return [...figure.querySelectorAll<HTMLElement>('.recharts-legend-item')].map((item) => ({
    text: item.textContent?.trim() ?? '',
    colour: item.querySelector('path, rect')?.getAttribute('fill') ?? '#000',
  }));
}

async function svgToPng(svg: SVGSVGElement, legend: Array<{ text: string; colour: string }>) {
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const chartHeight = Number(svg.getAttribute('height')) || svg.clientHeight;
  const height = chartHeight + (legend.length ? LEGEND_HEIGHT : 0);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // The page's fonts and colours, written onto the copy's text.
  const texts = svg.querySelectorAll('text');
  copy.querySelectorAll('text').forEach((text, i) => {
    const style = getComputedStyle(texts[i]!);
    text.setAttribute('font-family', style.fontFamily || 'Arial, sans-serif');
    text.setAttribute('font-size', style.fontSize || '12px');
    if (!text.getAttribute('fill')) text.setAttribute('fill', style.fill || '#666');
  });
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('style');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  copy.insertBefore(background, copy.firstChild);
  // The legend, centred under the chart as on the page.
  const font = getComputedStyle(svg).fontFamily || 'Arial, sans-serif';
  const itemWidth = 24 + Math.max(...legend.map((l) => l.text.length), 0) * 8;
  let x = (width - itemWidth * legend.length) / 2;
  for (const item of legend) {
    const mark = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of Object.entries({ x, y: chartHeight + 8, width: 12, height: 12, fill: item.colour }))
      mark.setAttribute(k, String(v));
    const label = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({
      x: x + 18,
      y: chartHeight + 19,
      'font-family': font,
      'font-size': '14px',
      fill: item.colour,
    }))
      label.setAttribute(k, String(v));
    label.textContent = item.text;
    copy.append(mark, label);
    x += itemWidth;
  }

  const source = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * PRINT_SCALE);
  canvas.height = Math.round(height * PRINT_SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(PRINT_SCALE, PRINT_SCALE);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no PNG');
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}
