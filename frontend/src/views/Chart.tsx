import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/** Tick spacings of the date axis: whole days up to years (uPlot's, less the sub-day ones). */
const DAY = 86_400;
const DAY_INCREMENTS = [1, 2, 3, 7, 14, 30, 60, 91, 182, 365, 730, 1825].map((days) => days * DAY);

function utc(seconds: number): Date {
  return uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC");
}

export interface Line {
  label: string;
  colour: string;
  dash?: number[];
}

/**
 * A uPlot time chart: x is session dates in epoch seconds, one y series per line (null for a day
 * a series lacks). It is built once per set of lines and fed new data in place, and follows its
 * container's width. Dates are shown in UTC, where they are midnight, so a reader west of Greenwich
 * does not see the evening before; ticks fall on whole days, never on hours. `yRange` bounds the
 * y axis from the data's min and max (uPlot's own range when absent).
 */
export function Chart({ x, ys, lines, height = 280, testId, unit = "", yRange }: {
  x: number[];
  ys: (number | null)[][];
  lines: Line[];
  height?: number;
  testId: string;
  unit?: string;
  yRange?: (min: number, max: number) => [number, number];
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const shape = lines.map((line) => line.label).join("|") + unit;

  useEffect(() => {
    const element = box.current!;
    const chart = new uPlot(
      {
        width: element.clientWidth || 600,
        height,
        tzDate: utc,
        scales: {
          x: { time: true },
          ...(yRange ? { y: { range: (_: uPlot, min: number, max: number) => yRange(min, max) } } : {}),
        },
        series: [
          {},
          ...lines.map((line) => ({
            label: line.label,
            stroke: line.colour,
            dash: line.dash,
            width: 1.5,
            spanGaps: true,
            value: (_: uPlot, v: number | null) => (v === null ? "–" : `${v.toFixed(2)}${unit}`),
          })),
        ],
        axes: [
          { stroke: "#9aa4b5", grid: { stroke: "#2a3242" }, incrs: DAY_INCREMENTS },
          { stroke: "#9aa4b5", grid: { stroke: "#2a3242" }, size: 70, values: (_, ticks) => ticks.map((t) => `${t}${unit}`) },
        ],
      },
      [x, ...ys] as uPlot.AlignedData,
      element,
    );
    plot.current = chart;
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [shape, height]);

  useEffect(() => {
    plot.current?.setData([x, ...ys] as uPlot.AlignedData);
  }, [x, ys]);

  return <div class="chart" ref={box} data-testid={testId} id={testId} data-points={x.length} />;
}
