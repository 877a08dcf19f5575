import { memo, useCallback, useMemo, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type DotProps,
} from 'recharts';
import { NO_GRID_LINES } from './no-grid-lines';
import { formatBytesIn, formatNumber } from '../../lib/format';
import type { MemoryPart } from '../../domain/per-gpu-memory';
import { chartHeight, partColour } from './chart-parts';
import { sharedCapacity, type ChartData, type ChartRow } from './chart-rows';
import { ChartTooltip } from './chart-tooltip';
import { CHART_TEXT, VALUE_TICK } from './plain-tick';
import { stackLength, stackSegments } from './stack-segments';

const BAR_SIZE = 24;
/** Bar names take less room on a phone, where every pixel of the bars counts. */
const labelWidth = (chartWidth: number): number => (chartWidth < 480 ? 108 : 150);
const MARGIN = { top: 22, right: 24, bottom: 24, left: 4 };
const CURSOR = { fill: 'var(--chart-cursor)' };
const formatTick = (value: number) => formatNumber(value);

/**
 * Draws one row's bar as its parts side by side. The chart has one Recharts bar for the whole
 * stack instead of one per part: each Recharts bar is its own set of chart-store selectors, all of
 * which re-run whenever the data changes, that is on every slider step.
 */
function stackedShape(parts: readonly MemoryPart[]) {
  return function StackedBar({ x, y, width, height, payload }: BarShapeProps) {
    const row = payload as ChartRow;
    return (
      <g>
        {stackSegments(row.values, parts, x, width).map(({ part, left, length }) => (
          <path
            key={part}
            className="recharts-rectangle"
            d={`M${left},${y}h${length}v${height}h${-length}Z`}
            fill={partColour(part)}
            stroke="var(--chart-outline)"
            strokeWidth={1}
          />
        ))}
      </g>
    );
  };
}

/** A comparison bar's own capacity: a tick across the bar at the capacity value. */
function CapacityMark({ cx, cy }: DotProps) {
  if (cx === undefined || cy === undefined) return <g />;
  const half = BAR_SIZE / 2 + 5;
  return (
    <line
      x1={cx}
      x2={cx}
      y1={cy - half}
      y2={cy + half}
      stroke="var(--chart-capacity)"
      strokeWidth={3}
    />
  );
}

interface CapacityMarkAt {
  id: string;
  label: string;
  capacity: number;
}

/** What the chart draws around its data. It changes only with the unit, the mode or the GPUs compared. */
interface ChartLayersProps {
  unit: ChartData['unit'];
  parts: ChartData['parts'];
  labelWidth: number;
  /** The capacity line every bar shares, or null when each bar gets its own mark. */
  sharedLine: { capacity: number; text: string } | null;
  marks: readonly CapacityMarkAt[];
}

function sameLayers(a: ChartLayersProps, b: ChartLayersProps): boolean {
  return (
    a.unit === b.unit &&
    a.parts === b.parts &&
    a.labelWidth === b.labelWidth &&
    a.sharedLine?.capacity === b.sharedLine?.capacity &&
    a.sharedLine?.text === b.sharedLine?.text &&
    a.marks.length === b.marks.length &&
    a.marks.every((mark, i) => {
      const other = b.marks[i];
      return (
        other !== undefined &&
        mark.id === other.id &&
        mark.label === other.label &&
        mark.capacity === other.capacity
      );
    })
  );
}

/**
 * Recharts re-registers an axis, a bar or a line with its store whenever that element renders with
 * new props, and the re-registration costs more than drawing the new numbers. The layers skip
 * rendering while what they draw is the same, so a slider step re-renders only the data.
 */
const ChartLayers = memo(function ChartLayers({
  unit,
  parts,
  labelWidth,
  sharedLine,
  marks,
}: ChartLayersProps) {
  const axisLabel = useMemo(
    () =>
      ({
        value: `Memory per GPU (${unit})`,
        position: 'insideBottom',
        offset: -14,
        ...CHART_TEXT,
      }) as const,
    [unit],
  );
  const length = useMemo(() => stackLength(parts), [parts]);
  const shape = useMemo(() => stackedShape(parts), [parts]);
  const tooltip = useCallback(
    ({ payload }: { payload: readonly { payload?: unknown }[] }) => (
      <ChartTooltip row={payload[0]?.payload as ChartRow | undefined} parts={parts} unit={unit} />
    ),
    [parts, unit],
  );
  return (
    <>
      <CartesianGrid
        horizontal={false}
        horizontalCoordinatesGenerator={NO_GRID_LINES}
        stroke="var(--border)"
      />
      <XAxis
        type="number"
        interval={0}
        stroke="var(--muted)"
        tick={VALUE_TICK}
        tickFormatter={formatTick}
        label={axisLabel}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth}
        interval={0}
        stroke="var(--muted)"
        tick={CHART_TEXT}
      />
      <Tooltip isAnimationActive={false} cursor={CURSOR} content={tooltip} />
      <Bar dataKey={length} shape={shape} isAnimationActive={false} />
      {sharedLine ? (
        <ReferenceLine
          x={sharedLine.capacity}
          stroke="var(--chart-capacity)"
          strokeDasharray="6 4"
          strokeWidth={2}
          ifOverflow="extendDomain"
          label={{ value: sharedLine.text, position: 'top', ...CHART_TEXT }}
        />
      ) : (
        marks.map((mark) => (
          <ReferenceDot
            key={mark.id}
            x={mark.capacity}
            y={mark.label}
            ifOverflow="extendDomain"
            shape={CapacityMark}
          />
        ))
      )}
    </>
  );
}, sameLayers);

/**
 * Horizontal stacked bars of per-GPU memory with the capacity marked. Loaded lazily: recharts is
 * most of the page's script, and the numbers are already on screen in the table meanwhile.
 * Animations are off so a slider step repaints in one frame.
 */
export function MemoryBarChart({ data }: { data: ChartData }) {
  const height = chartHeight(data.rows.length);
  const shared = sharedCapacity(data.rows);
  const unit = data.unit;
  const [width, setWidth] = useState(640);
  const sharedLine = shared
    ? { capacity: shared.capacity, text: `Capacity ${formatBytesIn(shared.capacityBytes, unit)}` }
    : null;
  const marks = shared ? [] : data.rows;
  return (
    <ResponsiveContainer width="100%" height={height} onResize={setWidth}>
      <BarChart
        data={data.rows}
        layout="vertical"
        barSize={BAR_SIZE}
        margin={MARGIN}
        accessibilityLayer={false}
      >
        <ChartLayers
          unit={unit}
          parts={data.parts}
          labelWidth={labelWidth(width)}
          sharedLine={sharedLine}
          marks={marks}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
