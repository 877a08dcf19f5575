import { memo, useDeferredValue, useId, useState } from 'react';
import { formatBytesIn } from '../../lib/format';
import { ChartLegend } from './chart-legend';
import { ChartLoadBoundary } from './chart-load-boundary';
import { chartHeight } from './chart-parts';
import { sharedCapacity, type ChartData, type ChartView } from './chart-rows';
import { chartSummary } from './chart-summary';
import { ChartTable } from './chart-table';
import { ChartViewSwitch } from './chart-view-switch';
import { useChartData } from './use-chart-data';
import { lazyWithLoad } from '../primitives/lazy-with-load';
import './charts.css';

// Recharts is most of the page's script: it loads after the first paint, in its own chunk. Memo:
// a render that brings it the same data (see ChartBody) leaves it alone.
const { load: loadChart, Component: MemoryBarChart } = lazyWithLoad(
  () => import('./memory-bar-chart'),
  (module) => memo(module.MemoryBarChart),
);

function ChartBody({ data }: { data: ChartData }) {
  // The bars follow a step in a render of their own, straight after the frame that paints it:
  // Recharts answering new data is half of a step's render. The legend, the text alternative and
  // the table below are current in that frame.
  const drawn = useDeferredValue(data);
  const height = chartHeight(data.rows.length);
  const shared = sharedCapacity(data.rows);
  const notes = data.notes.length > 0 && (
    <ul className="chart-notes muted" aria-label="Not shown">
      {data.notes.map((note) => (
        <li key={note}>Not shown: {note}</li>
      ))}
    </ul>
  );
  if (data.rows.length === 0) {
    return (
      <>
        <p>No bar to draw: none of these fits any layout.</p>
        {notes}
      </>
    );
  }
  return (
    <>
      <ChartLegend
        parts={data.parts}
        capacityLabel={
          shared === null
            ? 'Capacity of each GPU'
            : `Capacity ${formatBytesIn(shared.capacityBytes, data.unit)}`
        }
        isCapacityShared={shared !== null}
      />
      <div className="chart-frame" role="img" aria-label={chartSummary(data)} style={{ height }}>
        <ChartLoadBoundary height={height} load={loadChart}>
          <MemoryBarChart data={drawn} />
        </ChartLoadBoundary>
      </div>
      {notes}
      <ChartTable data={data} />
    </>
  );
}

/** Where the memory goes: the scenario's per-GPU stack, or the same scenario on every GPU or in every dtype. */
export function MemoryChartSection() {
  const [view, setView] = useState<ChartView>('scenario');
  const data = useChartData(view);
  const headingId = useId();
  return (
    <section className="card memory-chart" aria-labelledby={headingId}>
      <h2 id={headingId}>Memory breakdown</h2>
      <ChartViewSwitch value={view} onChange={setView} />
      {data ? (
        <ChartBody data={data} />
      ) : (
        <p className="muted">Fix the highlighted inputs to see the chart.</p>
      )}
    </section>
  );
}
