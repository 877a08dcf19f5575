import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { formatNumber } from '../../lib/format';
import {
  PERCENT_AXIS,
  PROBABILITY_GRID,
  PROBABILITY_TOOLTIP,
  SERIES_COLOURS,
  shortToken,
  TOKEN_AXIS,
  tokenAtRank,
} from './chart-theme';
import type { StepRow } from './sampling-rows';
import { ChartFrame, type SeriesKey } from './chart-frame';

const KEPT: SeriesKey = {
  name: 'Probability after top-k (filled: kept by top-p)',
  colour: 'topK',
};
const CUMULATIVE: SeriesKey = { name: 'Cumulative probability', colour: 'line', shape: 'line' };

interface CumulativeChartProps {
  /** The shown rows inside the top-k set. */
  rows: readonly StepRow[];
  topP: number;
}

/** Kept tokens are filled, dropped ones only outlined, so the cut does not rely on colour alone. */
function keptOrOutlined(props: BarShapeProps) {
  const isKept = (props.payload as StepRow | undefined)?.keptByTopP ?? false;
  return (
    <rect
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      fill={isKept ? SERIES_COLOURS.topK : 'transparent'}
      stroke={SERIES_COLOURS.topK}
      strokeWidth={isKept ? 0 : 1.5}
    />
  );
}

/** Top-p's running total over the top-k set, with P marked: the kept tokens are those up to where the line reaches P. */
export function CumulativeChart({ rows, topP }: CumulativeChartProps) {
  const label = (rank: unknown) => shortToken(tokenAtRank(rows, rank));
  return (
    <ChartFrame series={[KEPT, CUMULATIVE]}>
      <ComposedChart
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 20, right: 8, bottom: 4, left: 4 }}
      >
        <CartesianGrid {...PROBABILITY_GRID} />
        <XAxis {...TOKEN_AXIS} tickFormatter={label} />
        <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} {...PERCENT_AXIS} />
        <Tooltip {...PROBABILITY_TOOLTIP} labelFormatter={label} />
        <Bar
          dataKey="afterTopK"
          name={KEPT.name}
          fill={SERIES_COLOURS[KEPT.colour]}
          shape={keptOrOutlined}
          isAnimationActive={false}
        />
        <Line
          dataKey="cumulative"
          name={CUMULATIVE.name}
          type="linear"
          stroke={SERIES_COLOURS[CUMULATIVE.colour]}
          strokeWidth={2}
          dot={{ r: 2.5 }}
          isAnimationActive={false}
        />
        <ReferenceLine
          y={topP}
          stroke={SERIES_COLOURS.final}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{
            value: `P = ${formatNumber(topP)}`,
            position: 'insideBottomRight',
            fill: 'var(--text)',
            fontSize: 12,
          }}
        />
      </ComposedChart>
    </ChartFrame>
  );
}
