import { useMemo, useState } from 'react';
import { trainsAllWeights } from '../../domain/model-state-totals';
import type { Estimate } from '../../domain/estimate';
import type { UnitSystem } from '../../domain/units';
import { ScrollTable } from '../primitives/scroll-table';
import { deepSpeedTable } from './deepspeed-rows';

/**
 * What DeepSpeed's own estimator prints for these GPUs, beside this calculator's count of the same
 * option (docs/method.md §15), with why they differ.
 */
export function DeepSpeedComparison({ estimate, unit }: { estimate: Estimate; unit: UnitSystem }) {
  // Ours for each of DeepSpeed's options is five more plans: count them only while the table is open.
  const [isOpen, setIsOpen] = useState(false);
  const table = useMemo(
    () => (isOpen ? deepSpeedTable(estimate, unit) : null),
    [isOpen, estimate, unit],
  );
  if (!trainsAllWeights(estimate.scenario)) return null;
  return (
    <details
      className="deepspeed-comparison"
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>DeepSpeed's estimator beside ours</summary>
      {table && <DeepSpeedTableBody table={table} />}
    </details>
  );
}

function DeepSpeedTableBody({ table }: { table: NonNullable<ReturnType<typeof deepSpeedTable>> }) {
  return (
    <>
      <p>
        <code>estimate_zero2_model_states_mem_needs</code> and{' '}
        <code>estimate_zero3_model_states_mem_needs</code> for these GPUs. {table.heading}
      </p>
      <ScrollTable caption="DeepSpeed's model-state estimate and ours">
        <thead>
          <tr>
            <th scope="col">Options</th>
            <th scope="col">DeepSpeed per CPU</th>
            <th scope="col">DeepSpeed per GPU</th>
            <th scope="col">Ours per GPU</th>
            <th scope="col">Ours host per node</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.stage} <code>{row.options}</code>
              </th>
              <td>{row.dsCpu}</td>
              <td>{row.dsGpu}</td>
              <td>{row.oursGpu}</td>
              <td>{row.oursHost}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="muted">
        DeepSpeed counts fp32 gradients for the whole step and 16-bit gradients beside them (18
        bytes a parameter), gathers the largest layer at 4 bytes a parameter, ignores buckets and
        the step's temporaries, assumes mixed-precision Adam, and adds a 1.5 buffer to CPU memory;
        its "GB" are GiB. Ours counts the gradients in their dtype, the fp32 partition during the
        step only, the reduce bucket, and no zero_init=0 (every process first building the fp32
        model in CPU memory). Neither includes activations. Choose DeepSpeed's accounting under
        Framework and offload to plan with its numbers.
      </p>
    </>
  );
}
