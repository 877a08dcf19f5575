import { useId, useMemo } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { useAnalysis } from '../../state/react/use-analysis';
import { dtypeColumns, dtypeTableRows, DTYPE_COLUMN_LABELS } from './dtype-rows';
import { ScrollTable } from '../primitives/scroll-table';
import './results.css';

/** The same scenario in each compared weight format, part by part, with the GPUs each needs. */
export function DtypeComparison() {
  const analysis = useAnalysis();
  const { result } = analysis;
  const unit = useCalculator((state) => state.unit);
  const headingId = useId();
  const rows = useMemo(
    () => (analysis.result.ok ? dtypeTableRows(analysis.dtypes(), unit) : null),
    [analysis, unit],
  );
  if (!result.ok || !rows) return null;
  const s = result.estimate.scenario;
  const columns = dtypeColumns(s.mode);

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>By data type</h2>
      <ScrollTable caption={`Memory per GPU in each dtype, ${s.model.name}, ${unit}`}>
        <thead>
          <tr>
            <th scope="col">Dtype</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {DTYPE_COLUMN_LABELS[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isCurrent = row.dtype === s.dtype;
            return (
              <tr
                key={row.dtype}
                className={isCurrent ? 'results-current' : undefined}
                aria-current={isCurrent ? 'true' : undefined}
              >
                <th scope="row">
                  {row.label}
                  {isCurrent && (
                    <>
                      {' '}
                      <span className="results-current__tag">(current)</span>
                    </>
                  )}
                </th>
                {row.cells ? (
                  columns.map((column) =>
                    column === 'gpus' ? (
                      <td key={column} className={row.fits ? undefined : 'error-text'}>
                        {row.cells?.gpus}
                        {row.gpusDetail && (
                          <span
                            className={`results-detail${row.fits ? '' : ' results-detail--wrap'}`}
                          >
                            {row.gpusDetail}
                          </span>
                        )}
                      </td>
                    ) : (
                      <td key={column}>{row.cells?.[column]}</td>
                    ),
                  )
                ) : (
                  <td colSpan={columns.length} className="results-wrap muted">
                    Does not apply: {row.note}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {s.layout === 'manual' && (
        <p className="muted">
          Per-GPU columns use your manual layout; GPUs needed is the smallest automatic layout at
          the chosen ZeRO stage.
        </p>
      )}
    </section>
  );
}
