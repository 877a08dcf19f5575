import { useId, useMemo } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { useMemoryEstimate } from '../../state/react/use-analysis';
import { StepTimelineSection } from '../charts/step-timeline-section';
import { ScrollTable } from '../primitives/scroll-table';
import { DeepSpeedComparison } from './deepspeed-comparison';
import { planTableRows } from './training-plan-rows';
import './results.css';

const STATUS_CLASS = {
  'Room to spare': 'ok-text',
  Tight: 'warn-text',
  'Does not fit': 'error-text',
} as const;

/**
 * Every framework's plan beside the verdict, the step of the plan in force, and DeepSpeed's own
 * estimate next to ours (docs/method.md §12–§15). Training and fine-tuning only.
 */
export function TrainingPlans() {
  const result = useMemoryEstimate();
  const unit = useCalculator((state) => state.unit);
  const headingId = useId();
  const e = result.ok ? result.estimate : null;
  const rows = useMemo(() => (e ? planTableRows(e, unit) : []), [e, unit]);
  if (!e?.training) return null;
  const plan = e.training.plan;
  return (
    <section className="card training-plans" aria-labelledby={headingId}>
      <h2 id={headingId}>Training plans</h2>
      <ScrollTable caption="Each framework's smallest plan, best first">
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">GPUs</th>
            <th scope="col">Per GPU (of usable)</th>
            <th scope="col">Fits?</th>
            <th scope="col">Host memory per node</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.framework}
              className={row.isInForce ? 'results-current' : undefined}
              aria-current={row.isInForce ? 'true' : undefined}
            >
              <th scope="row">
                {row.name}
                {row.isInForce && (
                  <>
                    {' '}
                    <span className="results-current__tag">(the verdict's plan)</span>
                  </>
                )}
                <span className="results-detail">
                  <code>{row.setting}</code>
                </span>
              </th>
              <td>
                {row.gpus}
                {row.layout && <span className="results-detail">{row.layout}</span>}
              </td>
              <td>{row.perGpu}</td>
              <td>
                <span className={STATUS_CLASS[row.status]}>{row.status}</span>
                <span className="results-detail">{row.detail}</span>
              </td>
              <td>{row.host ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h3>One step of the plan in force</h3>
      <p className="muted">
        What the busiest GPU holds at the end of forward, at the start of backward and in the
        optimizer step; the memory chart shows the moment that peaks.
      </p>
      <StepTimelineSection plan={plan} unit={unit} />
      <DeepSpeedComparison estimate={e} unit={unit} />
    </section>
  );
}
