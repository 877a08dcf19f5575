import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../lib/format';
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
import type { StepRow } from './sampling-rows';

interface StepChartProps {
  rows: readonly StepRow[];
  temperature: number;
}

/** Each token's probability at each step, the kept tokens under a shaded band. Drawn without animation so dragging stays readable. */
export function StepChart({ rows, temperature }: StepChartProps) {
  const lastKept = rows.findLast((row) => row.keptByTopP)?.rank;
  const label = (rank: unknown) => shortToken(tokenAtRank(rows, rank));
  return (
    <ResponsiveContainer width="100%" height={340}>
      <BarChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 20, right: 8, bottom: 4, left: 4 }}
        barGap={0}
        barCategoryGap="12%"
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        {lastKept !== undefined && (
          <ReferenceArea
            x1={1}
            x2={lastKept}
            fill={SERIES_COLOURS.keptBand}
            fillOpacity={1}
            ifOverflow="extendDomain"
            label={{ value: 'kept', position: 'insideTopLeft', fill: 'var(--text)', fontSize: 12 }}
          />
        )}
        <XAxis {...TOKEN_AXIS} tick={tokenTick(label)} />
        <YAxis {...PERCENT_AXIS} />
        <Tooltip {...PROBABILITY_TOOLTIP} labelFormatter={label} />
        <Legend formatter={legendText} itemSorter={null} />
        <Bar
          dataKey="original"
          name="Original (T = 1)"
          fill={SERIES_COLOURS.original}
          shape={plainBar}
          isAnimationActive={false}
        />
        <Bar
          dataKey="tempered"
          name={`After temperature (T = ${formatNumber(temperature)})`}
          fill={SERIES_COLOURS.tempered}
          shape={plainBar}
          isAnimationActive={false}
        />
        <Bar
          dataKey="afterTopK"
          name="After top-k"
          fill={SERIES_COLOURS.topK}
          shape={plainBar}
          isAnimationActive={false}
        />
        <Bar
          dataKey="final"
          name="After top-p, renormalised"
          fill={SERIES_COLOURS.final}
          shape={plainBar}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
