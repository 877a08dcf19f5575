import { formatInteger, formatNumber } from '../../lib/format';
import { formatProbability } from './probability-text';
import { ScrollTable } from '../primitives/scroll-table';
import type { DrawRow } from './draw-rows';

interface DrawTableProps {
  rows: readonly DrawRow[];
  rest: { count: number; probability: number; drawn: number };
  drawCount: number;
}

/** The draws per kept token against the count the final distribution expects. */
export function DrawTable({ rows, rest, drawCount }: DrawTableProps) {
  return (
    <ScrollTable className="sampling-table" caption="Tokens drawn against the final distribution">
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Final p</th>
          <th scope="col">Expected draws</th>
          <th scope="col">Drawn</th>
          <th scope="col">Share of draws</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.rank}>
            <th scope="row">{row.token}</th>
            <td>{formatProbability(row.probability)}</td>
            <td>{formatNumber(row.expected)}</td>
            <td>{formatInteger(row.drawn)}</td>
            <td>{formatProbability(row.share)}</td>
          </tr>
        ))}
      </tbody>
      {rest.count > 0 && (
        <tfoot>
          <tr>
            <th scope="row">Other {formatInteger(rest.count)} kept tokens</th>
            <td>{formatProbability(rest.probability)}</td>
            <td>{formatNumber(rest.probability * drawCount)}</td>
            <td>{formatInteger(rest.drawn)}</td>
            <td>{formatProbability(drawCount > 0 ? rest.drawn / drawCount : 0)}</td>
          </tr>
        </tfoot>
      )}
    </ScrollTable>
  );
}
