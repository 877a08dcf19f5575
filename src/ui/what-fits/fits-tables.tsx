import { useState } from 'react';
import type { Scenario } from '../../domain/scenario';
import { FINETUNE_METHODS, type FinetuneMethod } from '../../domain/scenario';
import type { InferenceFit } from '../../domain/what-fits/what-fits';
import { formatInteger } from '../../lib/format';
import type { FitSort, FitSortKey } from '../../state/fits-choices';
import { useCalculator } from '../../state/react/calculator-context';
import { ScrollTable } from '../primitives/scroll-table';
import { inferenceRowText, methodText, type FinetuneRow } from './fits-rows';

/** Rows drawn at first; the rest on request, so a long table never holds up a frame. */
const FIRST_ROWS = 50;

const METHOD_NAMES: Readonly<Record<FinetuneMethod, string>> = {
  full: 'Full fine-tuning',
  lora: 'LoRA',
  qlora: 'QLoRA',
};

type Open = (scenario: Scenario, what: string) => void;

function SortHeader({ label, column, sort }: { label: string; column: FitSortKey; sort: FitSort }) {
  const setFits = useCalculator((state) => state.setFits);
  const isSorted = sort.key === column;
  const next = { key: column, descending: isSorted ? !sort.descending : column !== 'model' };
  return (
    <th
      scope="col"
      aria-sort={isSorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button type="button" className="what-fits__sort" onClick={() => setFits({ sort: next })}>
        {label}
        <span aria-hidden="true">{isSorted ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** Every inference row the filters keep, sorted; each opens its setting in the calculator. */
export function InferenceTable({
  rows,
  sort,
  unit,
  onOpen,
}: {
  rows: readonly InferenceFit[];
  sort: FitSort;
  unit: 'GB' | 'GiB';
  onOpen: Open;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <ScrollTable caption="Inference: one request of each length, then as many as the engine holds at once">
        <thead>
          <tr>
            <SortHeader label="Model" column="model" sort={sort} />
            <th scope="col">GPU</th>
            <SortHeader label="Format" column="format" sort={sort} />
            <SortHeader label="Context" column="context" sort={sort} />
            <th scope="col">Engine</th>
            <SortHeader label="Fits on" column="gpus" sort={sort} />
            <th scope="col">Memory per GPU</th>
            <SortHeader label="Concurrent requests" column="concurrency" sort={sort} />
            <SortHeader label="Decode, one request" column="speed" sort={sort} />
            <th scope="col">Decode, all requests</th>
            <th scope="col">Calculator</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => {
            const text = inferenceRowText(row, unit);
            const what = `${text.model}, ${text.format}, ${text.context} on ${text.gpu}`;
            return (
              <tr key={row.id} className={row.status === 'fits' ? undefined : 'what-fits__miss'}>
                <th scope="row">{text.model}</th>
                <td>{text.gpu}</td>
                <td>{text.format}</td>
                <td>{text.context}</td>
                <td>{text.engine}</td>
                <td title={text.reason ?? undefined}>{text.place}</td>
                <td>{text.memory}</td>
                <td>{text.concurrency}</td>
                <td>{text.speed}</td>
                <td>{text.peakSpeed}</td>
                <td>
                  <button
                    type="button"
                    aria-label={`Open ${what} in the calculator`}
                    onClick={() => onOpen(row.scenario, what)}
                  >
                    Open
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      {rows.length > shown.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {formatInteger(rows.length)} rows
        </button>
      )}
    </>
  );
}

/** Each model with each fine-tuning method: where it fits; each cell opens it in the calculator. */
export function FinetuneTable({ rows, onOpen }: { rows: readonly FinetuneRow[]; onOpen: Open }) {
  return (
    <ScrollTable caption="Fine-tuning: one sequence of 4k tokens (or the model's limit), gradient checkpointing on">
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col">GPU</th>
          {FINETUNE_METHODS.map((method) => (
            <th key={method} scope="col">
              {METHOD_NAMES[method]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.model}</th>
            <td>{row.gpu}</td>
            {FINETUNE_METHODS.map((method) => {
              const fit = row.methods[method];
              const what = `${row.model}, ${METHOD_NAMES[method]} on ${row.gpu}`;
              return (
                <td key={method} title={fit.reason ?? undefined}>
                  <button
                    type="button"
                    className="what-fits__cell-button"
                    aria-label={`Open ${what} in the calculator: ${methodText(fit)}`}
                    onClick={() => onOpen(fit.scenario, what)}
                  >
                    {methodText(fit)}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
