import { useId, useMemo } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { useAnalysis } from '../../state/react/use-analysis';
import { gpuTableRows } from './gpu-rows';
import { ScrollTable } from '../primitives/scroll-table';
import './results.css';

/** The same scenario on every GPU preset, with a button to switch to any of them. */
export function GpuComparison() {
  const analysis = useAnalysis();
  const { result } = analysis;
  const unit = useCalculator((state) => state.unit);
  const applyGpuPreset = useCalculator((state) => state.applyGpuPreset);
  const headingId = useId();
  const rows = useMemo(
    () => (analysis.result.ok ? gpuTableRows(analysis.gpus(), analysis.scenario.gpu, unit) : null),
    [analysis, unit],
  );
  if (!result.ok || !rows) return null;
  const s = result.estimate.scenario;

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>On other GPUs</h2>
      <ScrollTable
        caption={`${s.model.name} on each GPU preset, ${s.layout === 'auto' ? 'smallest layout that fits' : 'your manual layout'}`}
      >
        <thead>
          <tr>
            <th scope="col">GPU</th>
            <th scope="col">Memory</th>
            <th scope="col">GPUs needed</th>
            <th scope="col">Per GPU</th>
            <th scope="col">Fits?</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.presetId}
              className={row.isCurrent ? 'results-current' : undefined}
              aria-current={row.isCurrent ? 'true' : undefined}
            >
              <th scope="row">
                {row.name}
                {row.isCurrent && (
                  <>
                    {' '}
                    <span className="results-current__tag">(current)</span>
                  </>
                )}
              </th>
              <td>
                {row.capacity}
                {row.driverFigure && <span className="results-detail">{row.driverFigure}</span>}
              </td>
              <td>
                {row.gpus}
                {row.layout && <span className="results-detail">{row.layout}</span>}
              </td>
              <td>{row.perGpu}</td>
              <td className={row.fits ? 'ok-text' : 'error-text'}>
                {row.status}
                {row.statusDetail && (
                  <span className="results-detail results-detail--wrap">{row.statusDetail}</span>
                )}
              </td>
              <td>
                {/* The same button stays in the row it was pressed in, so keyboard focus is not lost when it becomes current. */}
                <button
                  type="button"
                  aria-disabled={row.isCurrent}
                  onClick={() => {
                    if (!row.isCurrent) applyGpuPreset(row.presetId);
                  }}
                >
                  {row.isCurrent ? 'In use' : 'Use this GPU'}{' '}
                  <span className="visually-hidden">({row.name})</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
