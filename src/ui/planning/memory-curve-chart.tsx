import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatBytesIn, formatInteger, formatNumber } from '../../lib/format';
import { partColour } from '../charts/chart-parts';
import { PART_LABELS } from '../../lib/part-labels';
import type { ChartRow } from '../charts/chart-rows';
import { ChartTooltip } from '../charts/chart-tooltip';
import { CHART_TEXT, VALUE_TICK } from '../charts/plain-tick';
import { AXIS_NAMES } from './curve-text';
import { CURVE_STEPS } from '../../domain/planning';
import { CURVE_HEIGHT, type CurveData, type CurvePoint } from './planning-data';

const LABEL_BACKGROUND = { fill: 'var(--surface)', padding: 3, rx: 3 };

/** How far across a log axis a value sits, from 0 at `from` to 1 at `to`. */
const logFraction = (value: number, from: number, to: number): number =>
  Math.log(value / from) / Math.log(to / from);

/** The tooltip shared with the memory chart takes a bar; a curve point says the same things. */
function asRow(point: CurvePoint, data: CurveData, layout: string): ChartRow {
  const noun = data.axis === 'seqLen' ? 'tokens' : point.x === 1 ? 'sequence' : 'sequences';
  return {
    id: String(point.x),
    label: `${formatInteger(point.x)} ${noun}`,
    layout,
    gpus: 0,
    bytes: point.bytes,
    values: point.values,
    totalBytes: point.totalBytes,
    capacityBytes: data.capacityBytes,
    capacity: data.capacity,
    fits: point.fits,
  };
}

/**
 * Per-GPU memory along one axis as stacked areas on a log x axis, with the usable capacity drawn
 * across and the largest value that fits marked. Loaded lazily with the rest of recharts;
 * animations are off so a slider step repaints in one frame.
 */
export function MemoryCurveChart({ data, layout }: { data: CurveData; layout: string }) {
  const steps = CURVE_STEPS[data.axis];
  const { crossing, unit } = data;
  const where = crossing && logFraction(crossing.x, steps[0]!, steps.at(-1)!);
  return (
    <ResponsiveContainer width="100%" height={CURVE_HEIGHT}>
      <AreaChart
        data={data.points}
        margin={{ top: 24, right: 24, bottom: 24, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          scale="log"
          domain={[steps[0]!, steps.at(-1)!]}
          ticks={[...steps]}
          interval="preserveStartEnd"
          minTickGap={6}
          stroke="var(--muted)"
          tick={VALUE_TICK}
          tickFormatter={(value: number) => formatInteger(value)}
          label={{
            value: AXIS_NAMES[data.axis].axis,
            position: 'insideBottom',
            offset: -14,
            ...CHART_TEXT,
          }}
        />
        <YAxis
          type="number"
          domain={[0, data.yMax]}
          allowDataOverflow
          interval={0}
          stroke="var(--muted)"
          tick={VALUE_TICK}
          width={56}
          tickFormatter={(value: number) => formatNumber(value)}
          label={{ value: `Per GPU (${unit})`, angle: -90, position: 'insideLeft', ...CHART_TEXT }}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ payload }) => {
            const point = payload[0]?.payload as CurvePoint | undefined;
            return (
              <ChartTooltip
                row={point && asRow(point, data, layout)}
                parts={data.parts}
                unit={unit}
              />
            );
          }}
        />
        {data.parts.map((part) => (
          <Area
            key={part}
            type="linear"
            dataKey={(point: CurvePoint) => point.values[part]}
            name={PART_LABELS[part]}
            stackId="memory"
            fill={partColour(part)}
            fillOpacity={1}
            stroke="var(--chart-outline)"
            strokeWidth={1}
            isAnimationActive={false}
            activeDot={false}
          />
        ))}
        <ReferenceLine
          y={data.capacity}
          className="memory-curve__capacity"
          stroke="var(--chart-capacity)"
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{
            value: `Usable capacity ${formatBytesIn(data.capacityBytes, unit)}`,
            // Left of the crossing the curve is under the line; keep the label clear of the marker.
            position: where !== null && where < 0.3 ? 'insideTopRight' : 'insideTopLeft',
            background: LABEL_BACKGROUND,
            ...CHART_TEXT,
          }}
        />
        {crossing && (
          <ReferenceLine
            x={crossing.x}
            stroke="var(--chart-capacity)"
            strokeDasharray="2 3"
            label={{
              value: `Largest that fits: ${formatInteger(crossing.x)}`,
              position: 'top',
              textAnchor:
                where !== null && where < 0.12
                  ? 'start'
                  : where !== null && where > 0.88
                    ? 'end'
                    : 'middle',
              ...CHART_TEXT,
            }}
          />
        )}
        {crossing && (
          <ReferenceDot
            x={crossing.x}
            y={crossing.total}
            r={6}
            className="memory-curve__crossing"
            fill="var(--bg)"
            stroke="var(--chart-capacity)"
            strokeWidth={2}
          />
        )}
      </AreaChart>
    </ResponsiveContainer>
  );
}
