import { formatBytesIn } from '../../lib/format';
import { PART_LABELS } from '../../lib/part-labels';
import { ScrollTable } from '../primitives/scroll-table';
import type { ChartData } from './chart-rows';

const CAPTIONS = {
  scenario: 'Memory per GPU by part',
  gpus: 'Memory per GPU on each GPU preset',
  dtypes: 'Memory per GPU in each dtype',
} as const;

const ROW_HEADERS = { scenario: 'Bar', gpus: 'GPU', dtypes: 'dtype' } as const;

/** The chart's numbers as a table: the text alternative, always in the page. */
export function ChartTable({ data }: { data: ChartData }) {
  const { unit, view } = data;
  return (
    <ScrollTable className="chart-table" caption={`${CAPTIONS[view]}, in ${unit}`}>
      <thead>
        <tr>
          <th scope="col">{ROW_HEADERS[view]}</th>
          <th scope="col">Layout</th>
          {data.parts.map((part) => (
            <th scope="col" key={part}>
              {PART_LABELS[part]}
            </th>
          ))}
          <th scope="col">Total per GPU</th>
          <th scope="col">Capacity</th>
          <th scope="col">Fits</th>
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{row.layout}</td>
            {data.parts.map((part) => (
              <td key={part}>{formatBytesIn(row.bytes[part], unit)}</td>
            ))}
            <td>{formatBytesIn(row.totalBytes, unit)}</td>
            <td>{formatBytesIn(row.capacityBytes, unit)}</td>
            <td className={row.fits ? 'ok-text' : 'error-text'}>{row.fits ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
