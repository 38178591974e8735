import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface Line {
  label: string;
  colour: string;
  dash?: number[];
}

/**
 * A uPlot time chart: x is session dates in epoch seconds, one y series per line (null for a day
 * a series lacks). It is built once per set of lines and fed new data in place, and follows its
 * container's width.
 */
export function Chart({ x, ys, lines, height = 280, testId, unit = "" }: {
  x: number[];
  ys: (number | null)[][];
  lines: Line[];
  height?: number;
  testId: string;
  unit?: string;
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
        scales: { x: { time: true } },
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
          { stroke: "#9aa4b5", grid: { stroke: "#2a3242" } },
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
