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
  GRID_STROKE,
  legendText,
  PERCENT_AXIS,
  plainBar,
  PROBABILITY_TOOLTIP,
  SERIES_COLOURS,
  shortToken,
  TOKEN_AXIS,
  tokenTick,
  tokenAtRank,
} from './chart-theme';
import type { DrawRow } from './draw-rows';

/** Each kept token's share of the draws beside its probability in the final distribution. */
export function DrawChart({ rows }: { rows: readonly DrawRow[] }) {
  const label = (rank: unknown) => shortToken(tokenAtRank(rows, rank));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
        barGap={0}
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis {...TOKEN_AXIS} tick={tokenTick(label)} />
        <YAxis {...PERCENT_AXIS} />
        <Tooltip {...PROBABILITY_TOOLTIP} labelFormatter={label} />
        <Legend formatter={legendText} itemSorter={null} />
        <Bar
          dataKey="probability"
          name="Final probability"
          maxBarSize={56}
          fill={SERIES_COLOURS.final}
          shape={plainBar}
          isAnimationActive={false}
        />
        <Bar
          dataKey="share"
          name="Share of the draws"
          maxBarSize={56}
          fill={SERIES_COLOURS.tempered}
          shape={plainBar}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
