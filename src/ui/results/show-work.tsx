import { useId } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { formatBytesIn, formatInteger } from '../../lib/format';
import { layoutName } from '../../lib/layout-name';
import { PART_LABELS } from '../../lib/part-labels';
import { formatWorkValue } from './work-values';
import { SourceText } from '../primitives/source-text';
import './results.css';

/** Every part of one GPU's memory as formula, substituted values, result and source; then the assumptions. */
export function ShowWork() {
  const result = useMemoryEstimate();
  const unit = useCalculator((state) => state.unit);
  const headingId = useId();
  const assumptionsId = useId();
  if (!result.ok) return null;
  const e = result.estimate;
  const { gpus, layout } = e.layout;

  return (
    <section className="card show-work" aria-labelledby={headingId}>
      <h2 id={headingId}>Show the work</h2>
      <p className="muted">
        Per GPU on {gpus === 1 ? 'one GPU' : `${formatInteger(gpus)} GPUs (${layoutName(layout)})`};
        sizes in {unit}.
      </p>
      {e.work.map((item) => (
        <details key={item.part} className="show-work__part">
          <summary>
            {PART_LABELS[item.part]}: {formatBytesIn(item.perGpuBytes, unit)} per GPU
          </summary>
          <dl className="show-work__terms">
            <dt>Formula</dt>
            <dd>
              <code>{item.formula}</code>
            </dd>
            <dt>Values</dt>
            <dd>
              <ul className="show-work__values">
                {item.values.map((value) => (
                  <li key={value.symbol}>
                    <code>{formatWorkValue(value, unit)}</code>{' '}
                    <span className="muted">{value.meaning}</span>
                  </li>
                ))}
              </ul>
            </dd>
            <dt>Per GPU</dt>
            <dd>
              {formatBytesIn(item.perGpuBytes, unit)} ({formatInteger(item.perGpuBytes)} bytes)
            </dd>
            <dt>Source</dt>
            <dd>
              <SourceText text={item.source} />
            </dd>
          </dl>
        </details>
      ))}
      <p className="show-work__total">
        Per-GPU total: <strong>{formatBytesIn(e.layout.perGpuBytes, unit)}</strong> (
        {formatInteger(e.layout.perGpuBytes)} bytes)
      </p>
      <h3 id={assumptionsId}>Assumptions</h3>
      <ul className="show-work__assumptions" aria-labelledby={assumptionsId}>
        {e.assumptions.map((assumption) => (
          <li key={assumption}>{assumption}</li>
        ))}
      </ul>
    </section>
  );
}
