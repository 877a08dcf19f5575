import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  PERCENT_AXIS,
  PROBABILITY_GRID,
  plainBar,
  PROBABILITY_TOOLTIP,
  SERIES_COLOURS,
  shortToken,
  TOKEN_AXIS,
  tokenAtRank,
} from './chart-theme';
import type { DrawRow } from './draw-rows';
import { ChartFrame, type SeriesKey } from './chart-frame';

const SERIES: readonly (SeriesKey & { dataKey: keyof DrawRow })[] = [
  { dataKey: 'probability', name: 'Final probability', colour: 'final' },
  { dataKey: 'share', name: 'Share of the draws', colour: 'tempered' },
];

/** Each kept token's share of the draws beside its probability in the final distribution. */
export function DrawChart({ rows }: { rows: readonly DrawRow[] }) {
  const label = (rank: unknown) => shortToken(tokenAtRank(rows, rank));
  return (
    <ChartFrame series={SERIES}>
      <BarChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 4, left: 4 }}
        barGap={0}
      >
        <CartesianGrid {...PROBABILITY_GRID} />
        <XAxis {...TOKEN_AXIS} tickFormatter={label} />
        <YAxis {...PERCENT_AXIS} />
        <Tooltip {...PROBABILITY_TOOLTIP} labelFormatter={label} />
        {SERIES.map(({ dataKey, name, colour }) => (
          <Bar
            key={dataKey}
            dataKey={dataKey}
            name={name}
            maxBarSize={56}
            fill={SERIES_COLOURS[colour]}
            shape={plainBar}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
