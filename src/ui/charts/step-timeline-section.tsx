import type { PlanResult } from '../../domain/training/plan-search';
import type { UnitSystem } from '../../domain/units';
import { formatBytesIn } from '../../lib/format';
import { PART_LABELS } from '../../lib/part-labels';
import { ScrollTable } from '../primitives/scroll-table';
import { ChartLegend } from './chart-legend';
import { ChartLoadBoundary } from './chart-load-boundary';
import { STEP_TIMELINE_HEIGHT, stepTimelineData, stepTimelineSummary } from './step-timeline-rows';
import { lazyWithLoad } from '../primitives/lazy-with-load';
import './charts.css';

// Recharts loads after the first paint, in its own chunk, as the memory chart does.
const { load: loadChart, Component: StepTimelineChart } = lazyWithLoad(
  () => import('./step-timeline-chart'),
  (module) => module.StepTimelineChart,
);

/**
 * Where one training step peaks on the plan's busiest GPU (docs/method.md §13): a chart of the
 * three moments beside the stacked bar, and the same numbers in a table.
 */
export function StepTimelineSection({ plan, unit }: { plan: PlanResult; unit: UnitSystem }) {
  const data = stepTimelineData(plan, unit);
  return (
    <>
      <ChartLegend
        parts={data.parts}
        capacityLabel={`Usable ${formatBytesIn(data.capacityBytes, unit)}`}
        isCapacityShared
      />
      <div
        className="chart-frame"
        role="img"
        aria-label={stepTimelineSummary(data)}
        style={{ height: STEP_TIMELINE_HEIGHT }}
      >
        <ChartLoadBoundary height={STEP_TIMELINE_HEIGHT} load={loadChart}>
          <StepTimelineChart data={data} />
        </ChartLoadBoundary>
      </div>
      <ScrollTable className="chart-table" caption={`One training step per GPU, in ${unit}`}>
        <thead>
          <tr>
            <th scope="col">Moment</th>
            {data.parts.map((part) => (
              <th scope="col" key={part}>
                {PART_LABELS[part]}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.phase} aria-current={row.isPeak ? 'true' : undefined}>
              <th scope="row">
                {row.label}
                {row.isPeak && <span className="results-detail">the peak</span>}
              </th>
              {data.parts.map((part) => (
                <td key={part}>{formatBytesIn(row.bytes[part], unit)}</td>
              ))}
              <td>{formatBytesIn(row.totalBytes, unit)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}
