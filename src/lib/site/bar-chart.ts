/**
 * Horizontal bar charts as plain geometry, and the percentage figure beside their bars: shared by
 * /stats/ (built into SVG by BarChart.astro) and the search page's across-years chart (drawn in
 * the browser), so this module imports nothing.
 */

export interface Datum {
  label: string;
  value: number;
  /** What the table and the bar's label print (the value when absent). */
  display?: string;
}

/** 0.4567 → "45.7%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

export interface Bar {
  label: string;
  display: string;
  /** Top of the bar's row, and the bar's length, in the chart's own units. */
  y: number;
  width: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  bars: Bar[];
}

/**
 * Horizontal bars: a label column, then bars scaled to the largest value (or to `max`, e.g. 1
 * for shares), room for the figure after the bar. Sizes are SVG user units: the chart scales
 * with its container, so no inline style is needed (the CSP forbids style attributes).
 */
export function barChartLayout(
  data: Datum[],
  options: { max?: number; width?: number; rowHeight?: number; labelWidth?: number; figureRoom?: number } = {},
): BarChartLayout {
  const width = options.width ?? 640;
  const rowHeight = options.rowHeight ?? 28;
  const longest = Math.max(4, ...data.map((d) => [...d.label].length));
  const labelWidth = options.labelWidth ?? Math.min(width / 3, longest * 15 + 12);
  const figureRoom = options.figureRoom ?? 90;
  const max = options.max ?? Math.max(1, ...data.map((d) => d.value));
  const span = width - labelWidth - figureRoom;
  return {
    width,
    height: rowHeight * data.length + 8,
    labelWidth,
    rowHeight,
    bars: data.map((d, i) => ({
      label: d.label,
      display: d.display ?? String(d.value),
      y: 4 + i * rowHeight,
      width: max > 0 ? Math.round((Math.max(0, d.value) / max) * span * 10) / 10 : 0,
    })),
  };
}
