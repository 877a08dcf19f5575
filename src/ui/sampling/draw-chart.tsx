import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  AXIS_LINE,
  AXIS_TICK,
  GRID_STROKE,
  SERIES_COLOURS,
  TOOLTIP_STYLE,
  legendText,
  percentTick,
  shortToken,
  tokenAtRank,
  tooltipProbability,
} from './chart-theme';
import type { DrawRow } from './draw-rows';

/** Each kept token's share of the draws beside its probability in the final distribution. */
export function DrawChart({ rows }: { rows: readonly DrawRow[] }) {
  const label = (rank: unknown) => shortToken(tokenAtRank(rows, rank));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart
        data={rows as DrawRow[]}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
        barGap={0}
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis
          dataKey="rank"
          interval={0}
          angle={-60}
          textAnchor="end"
          height={72}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          tickFormatter={label}
        />
        <YAxis
          tickFormatter={percentTick}
          tick={AXIS_TICK}
          axisLine={AXIS_LINE}
          tickLine={AXIS_LINE}
          width={48}
        />
        <Tooltip
          formatter={tooltipProbability}
          labelFormatter={label}
          contentStyle={TOOLTIP_STYLE}
          cursor={{ fill: 'var(--border)', fillOpacity: 0.3 }}
        />
        <Legend formatter={legendText} itemSorter={null} />
        <Bar
          dataKey="probability"
          name="Final probability"
          maxBarSize={56}
          fill={SERIES_COLOURS.final}
          isAnimationActive={false}
        />
        <Bar
          dataKey="share"
          name="Share of the draws"
          maxBarSize={56}
          fill={SERIES_COLOURS.tempered}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
