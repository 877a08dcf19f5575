import { formatBytesIn, formatInteger } from '../../lib/format';
import { PART_LABELS } from '../../lib/part-labels';
import { ScrollTable } from '../primitives/scroll-table';
import { AXIS_NAMES } from './curve-text';
import type { CurveData } from './planning-data';

/** Every point of a memory curve as a table: the chart's text alternative. */
export function CurveTable({ data }: { data: CurveData }) {
  const { unit } = data;
  return (
    <ScrollTable
      className="chart-table"
      caption={`${AXIS_NAMES[data.axis].title}: per-GPU memory in ${unit}`}
    >
      <thead>
        <tr>
          <th scope="col">{AXIS_NAMES[data.axis].column}</th>
          {data.parts.map((part) => (
            <th scope="col" key={part}>
              {PART_LABELS[part]}
            </th>
          ))}
          <th scope="col">Total per GPU</th>
          <th scope="col">Fits in {formatBytesIn(data.capacityBytes, unit)}</th>
        </tr>
      </thead>
      <tbody>
        {data.points.map((point) => (
          <tr key={point.x} className={point.isAnswer ? 'memory-curve__answer-row' : undefined}>
            <th scope="row">
              {formatInteger(point.x)}
              {point.isAnswer && <span className="muted"> (largest that fits)</span>}
            </th>
            {data.parts.map((part) => (
              <td key={part}>{formatBytesIn(point.bytes[part], unit)}</td>
            ))}
            <td>{formatBytesIn(point.totalBytes, unit)}</td>
            <td className={point.fits ? 'ok-text' : 'error-text'}>{point.fits ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
