import { useId, useMemo } from 'react';
import { analyse } from '../../domain/analysis';
import { useCalculator } from '../../state/react/calculator-context';
import { useShownScenario } from '../../state/react/shown-scenario';
import { ScrollTable } from '../primitives/scroll-table';
import { compareRows } from './compare-rows';
import './compare.css';

/**
 * Two scenarios side by side: the one pinned as A and the current one as B, figure by figure,
 * with the figures that differ marked. Pin, change the GPU, the format or the engine, and read
 * what moved; the share link carries both.
 */
export function CompareSection() {
  const headingId = useId();
  const current = useShownScenario();
  const pinned = useCalculator((state) => state.pinned ?? null);
  const unit = useCalculator((state) => state.unit);
  const pinScenario = useCalculator((state) => state.pinScenario);
  const setPinned = useCalculator((state) => state.setPinned);
  const swapPinned = useCalculator((state) => state.swapPinned);
  const rows = useMemo(
    () => (pinned ? compareRows(analyse(pinned).result, analyse(current).result, unit) : null),
    [pinned, current, unit],
  );
  return (
    <section className="card compare" aria-labelledby={headingId}>
      <h2 id={headingId}>Compare two scenarios</h2>
      {rows ? (
        <>
          <ScrollTable caption="The pinned scenario (A) beside the current one (B)">
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">A (pinned)</th>
                <th scope="col">B (current)</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label} className={row.differs ? 'compare__differs' : undefined}>
                  <th scope="row">
                    {row.label}
                    {row.differs && (
                      <>
                        {' '}
                        <span className="visually-hidden">(differs)</span>
                      </>
                    )}
                  </th>
                  <td>{row.a}</td>
                  <td>{row.b}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <div className="compare__actions">
            <button type="button" onClick={swapPinned}>
              Swap A and B
            </button>
            <button type="button" onClick={() => setPinned(null)}>
              Stop comparing
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="muted">
            Pin the scenario as it is now, then change the GPU, the precision or the workload: the
            two sit side by side, with what differs marked.
          </p>
          <button type="button" onClick={pinScenario}>
            Pin this scenario as A
          </button>
        </>
      )}
    </section>
  );
}
