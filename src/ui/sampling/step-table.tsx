import { formatInteger, formatNumber } from '../../lib/format';
import { formatProbability } from './probability-text';
import { ScrollTable } from '../primitives/scroll-table';
import type { OtherTokens, StepRow } from './sampling-rows';

interface StepTableProps {
  rows: readonly StepRow[];
  rest: OtherTokens;
}

const keptText = (isKept: boolean) => (isKept ? 'kept' : 'dropped');

/** The charts' numbers as a table: every shown token at every step, the tokens past them summed in one row. */
export function StepTable({ rows, rest }: StepTableProps) {
  return (
    <ScrollTable
      className="sampling-table"
      caption="Probabilities at each step, most probable first"
    >
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Token</th>
          <th scope="col">Logit</th>
          <th scope="col">p original (T = 1)</th>
          <th scope="col">p after T</th>
          <th scope="col">Top-k</th>
          <th scope="col">Top-p</th>
          <th scope="col">Final p</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.rank} className={row.keptByTopP ? 'sampling-table__kept' : undefined}>
            <td>{formatInteger(row.rank)}</td>
            <th scope="row">{row.token}</th>
            <td>{formatNumber(row.logit)}</td>
            <td>{formatProbability(row.original)}</td>
            <td>{formatProbability(row.tempered)}</td>
            <td>{keptText(row.keptByTopK)}</td>
            <td>{keptText(row.keptByTopP)}</td>
            <td>{formatProbability(row.final)}</td>
          </tr>
        ))}
      </tbody>
      {rest.count > 0 && (
        <tfoot>
          <tr>
            <td />
            <th scope="row">Other {formatInteger(rest.count)} tokens</th>
            <td />
            <td>{formatProbability(rest.original)}</td>
            <td>{formatProbability(rest.tempered)}</td>
            <td>{formatInteger(rest.keptByTopK)} kept</td>
            <td>{formatInteger(rest.keptByTopP)} kept</td>
            <td>{formatProbability(rest.final)}</td>
          </tr>
        </tfoot>
      )}
    </ScrollTable>
  );
}
