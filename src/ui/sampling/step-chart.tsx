import { Bar, BarChart, CartesianGrid, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
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
import type { StepRow } from './sampling-rows';
import { ChartFrame, type SeriesKey } from './chart-frame';

interface StepChartProps {
  rows: readonly StepRow[];
  temperature: number;
}

/** Each token's probability at each step, the kept tokens under a shaded band. Drawn without animation so dragging stays readable. */
export function StepChart({ rows, temperature }: StepChartProps) {
  const lastKept = rows.findLast((row) => row.keptByTopP)?.rank;
  const label = (rank: unknown) => shortToken(tokenAtRank(rows, rank));
  const series: readonly (SeriesKey & { dataKey: keyof StepRow })[] = [
    { dataKey: 'original', name: 'Original (T = 1)', colour: 'original' },
    {
      dataKey: 'tempered',
      name: `After temperature (T = ${formatNumber(temperature)})`,
      colour: 'tempered',
    },
    { dataKey: 'afterTopK', name: 'After top-k', colour: 'topK' },
    { dataKey: 'final', name: 'After top-p, renormalised', colour: 'final' },
  ];
  return (
    <ChartFrame series={series}>
      <BarChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 20, right: 8, bottom: 4, left: 4 }}
        barGap={0}
        barCategoryGap="12%"
      >
        <CartesianGrid {...PROBABILITY_GRID} />
        {lastKept !== undefined && (
          <ReferenceArea
            x1={1}
            x2={lastKept}
            fill={SERIES_COLOURS.keptBand}
            fillOpacity={1}
            ifOverflow="extendDomain"
            label={{
              value: 'kept',
              position: 'insideTopLeft',
              fill: 'var(--text)',
              fontSize: 12,
            }}
          />
        )}
        <XAxis {...TOKEN_AXIS} tickFormatter={label} />
        <YAxis {...PERCENT_AXIS} />
        <Tooltip {...PROBABILITY_TOOLTIP} labelFormatter={label} />
        {series.map(({ dataKey, name, colour }) => (
          <Bar
            key={dataKey}
            dataKey={dataKey}
            name={name}
            fill={SERIES_COLOURS[colour]}
            shape={plainBar}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
