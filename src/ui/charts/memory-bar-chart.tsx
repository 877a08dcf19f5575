import { useState } from 'react';
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
  type DotProps,
} from 'recharts';
import { formatBytesIn, formatNumber } from '../../lib/format';
import { chartHeight, PART_LABELS, partColour } from './chart-parts';
import { sharedCapacity, type ChartData, type ChartRow } from './chart-rows';
import { ChartTooltip } from './chart-tooltip';

const BAR_SIZE = 24;
/** Bar names take less room on a phone, where every pixel of the bars counts. */
const labelWidth = (chartWidth: number): number => (chartWidth < 480 ? 108 : 150);
const TEXT = { fill: 'var(--text)', fontSize: 13 };

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
  return (
    <ResponsiveContainer
      width="100%"
      height={height}
      initialDimension={{ width: 640, height }}
      onResize={setWidth}
    >
      <BarChart
        data={data.rows}
        layout="vertical"
        barSize={BAR_SIZE}
        margin={{ top: 22, right: 24, bottom: 24, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis
          type="number"
          stroke="var(--muted)"
          tick={TEXT}
          tickFormatter={(value: number) => formatNumber(value)}
          label={{
            value: `Memory per GPU (${unit})`,
            position: 'insideBottom',
            offset: -14,
            ...TEXT,
          }}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth(width)}
          interval={0}
          stroke="var(--muted)"
          tick={TEXT}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: 'var(--chart-cursor)' }}
          content={({ payload }) => (
            <ChartTooltip
              row={payload[0]?.payload as ChartRow | undefined}
              parts={data.parts}
              unit={unit}
            />
          )}
        />
        {data.parts.map((part) => (
          <Bar
            key={part}
            dataKey={(row: ChartRow) => row.values[part]}
            name={PART_LABELS[part]}
            stackId="memory"
            fill={partColour(part)}
            stroke="var(--chart-outline)"
            strokeWidth={1}
            isAnimationActive={false}
          />
        ))}
        {shared ? (
          <ReferenceLine
            x={shared.capacity}
            stroke="var(--chart-capacity)"
            strokeDasharray="6 4"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{
              value: `Capacity ${formatBytesIn(shared.capacityBytes, unit)}`,
              position: 'top',
              ...TEXT,
            }}
          />
        ) : (
          data.rows.map((row) => (
            <ReferenceDot
              key={row.id}
              x={row.capacity}
              y={row.label}
              ifOverflow="extendDomain"
              shape={CapacityMark}
            />
          ))
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
