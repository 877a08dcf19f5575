import { formatBytesIn, formatInteger } from '../../lib/format';
import type { MemoryPart } from '../../domain/per-gpu-memory';
import { partColour } from './chart-parts';
import { PART_LABELS } from '../../lib/part-labels';
import type { ChartRow } from './chart-rows';
import type { UnitSystem } from '../../domain/units';

interface ChartTooltipProps {
  row: ChartRow | undefined;
  parts: readonly MemoryPart[];
  unit: UnitSystem;
}

const exact = (bytes: number): string => `${formatInteger(bytes)} bytes`;

/** The hovered bar part by part: the value in the page's unit and the exact bytes behind it. */
export function ChartTooltip({ row, parts, unit }: ChartTooltipProps) {
  if (!row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{row.label}</p>
      {!row.label.includes(row.layout) && <p className="muted">{row.layout}</p>}
      <table>
        <tbody>
          {parts.map((part) => (
            <tr key={part}>
              <th scope="row">
                <span
                  className="chart-swatch"
                  style={{ background: partColour(part) }}
                  aria-hidden="true"
                />
                {PART_LABELS[part]}
              </th>
              <td>{formatBytesIn(row.bytes[part], unit)}</td>
              <td className="muted">{exact(row.bytes[part])}</td>
            </tr>
          ))}
          <tr className="chart-tooltip__total">
            <th scope="row">Total per GPU</th>
            <td>{formatBytesIn(row.totalBytes, unit)}</td>
            <td className="muted">{exact(row.totalBytes)}</td>
          </tr>
          <tr>
            <th scope="row">Capacity{row.fits ? '' : ' (exceeded)'}</th>
            <td>{formatBytesIn(row.capacityBytes, unit)}</td>
            <td className="muted">{exact(row.capacityBytes)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
