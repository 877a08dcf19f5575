import { useId } from 'react';
import type { ChartView } from './chart-rows';

const VIEWS: readonly { value: ChartView; label: string }[] = [
  { value: 'scenario', label: 'This scenario' },
  { value: 'gpus', label: 'Every GPU' },
  { value: 'dtypes', label: 'Every dtype' },
];

/** Which bars the chart draws; a radio group, so arrow keys move between the views. */
export function ChartViewSwitch({
  value,
  onChange,
}: {
  value: ChartView;
  onChange: (view: ChartView) => void;
}) {
  const name = useId();
  return (
    <fieldset className="chart-view-switch">
      <legend>Chart shows</legend>
      <div className="segmented">
        {VIEWS.map((view) => (
          <label key={view.value}>
            <input
              type="radio"
              name={name}
              value={view.value}
              checked={value === view.value}
              onChange={() => onChange(view.value)}
            />
            <span>{view.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
