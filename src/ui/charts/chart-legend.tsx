import type { MemoryPart } from '../../domain/per-gpu-memory';
import { PART_LABELS } from '../../lib/part-labels';

/**
 * The chart's key, in HTML so it is on screen before the chart's script arrives. Its colours are
 * classes, not style attributes, so the first paint written into index.html has them too.
 */
interface ChartLegendProps {
  parts: readonly MemoryPart[];
  capacityLabel: string;
  /** One dashed line for a capacity every bar shares, else a mark on each bar. */
  isCapacityShared: boolean;
}

export function ChartLegend({ parts, capacityLabel, isCapacityShared }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Chart legend">
      {parts.map((part) => (
        <li key={part}>
          <span className={`chart-swatch chart-swatch--${part}`} aria-hidden="true" />
          {PART_LABELS[part]}
        </li>
      ))}
      <li>
        <span
          className={
            isCapacityShared
              ? 'chart-swatch chart-swatch--capacity'
              : 'chart-swatch chart-swatch--capacity-mark'
          }
          aria-hidden="true"
        />
        {capacityLabel}
      </li>
    </ul>
  );
}
