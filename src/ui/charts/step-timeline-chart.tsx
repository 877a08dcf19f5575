import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { NO_GRID_LINES } from './no-grid-lines';
import { formatBytesIn, formatNumber } from '../../lib/format';
import { partColour } from './chart-parts';
import { CHART_TEXT, VALUE_TICK } from './plain-tick';
import { STEP_TIMELINE_HEIGHT, type StepTimelineData } from './step-timeline-rows';

const MARGIN = { top: 24, right: 24, bottom: 8, left: 8 };
const formatTick = (value: number) => formatNumber(value);

/**
 * One training step as three stacked bars, end of forward, start of backward and the optimizer
 * step, with the usable memory drawn across. Loaded lazily like the other charts; its table
 * is the text alternative. Three bars re-render cheaply, so each part is its own Recharts bar.
 */
export function StepTimelineChart({ data }: { data: StepTimelineData }) {
  const rows = data.rows.map((row) => ({ label: row.label, ...row.values }));
  return (
    <ResponsiveContainer width="100%" height={STEP_TIMELINE_HEIGHT}>
      <BarChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid
          vertical={false}
          verticalCoordinatesGenerator={NO_GRID_LINES}
          stroke="var(--border)"
        />
        <XAxis dataKey="label" stroke="var(--muted)" tick={CHART_TEXT} interval={0} />
        <YAxis
          interval={0}
          stroke="var(--muted)"
          tick={VALUE_TICK}
          tickFormatter={formatTick}
          label={{ value: data.unit, angle: -90, position: 'insideLeft', ...CHART_TEXT }}
        />
        {data.parts.map((part) => (
          <Bar
            key={part}
            dataKey={part}
            stackId="step"
            fill={partColour(part)}
            stroke="var(--chart-outline)"
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          y={data.capacity}
          stroke="var(--chart-capacity)"
          strokeDasharray="6 4"
          strokeWidth={2}
          ifOverflow="extendDomain"
          label={{
            value: `Usable ${formatBytesIn(data.capacityBytes, data.unit)}`,
            position: 'top',
            ...CHART_TEXT,
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
