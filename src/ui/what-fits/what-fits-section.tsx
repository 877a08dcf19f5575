import { useId, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../domain/scenario';
import { FITS_DEFAULTS } from '../../state/fits-choices';
import { useCalculator } from '../../state/react/calculator-context';
import { useSettledValue } from '../planning/use-settled-value';
import { SourceText } from '../primitives/source-text';
import { useIsNear } from '../primitives/when-near';
import { FitsFilters, FitsGpuChoice } from './fits-controls';
import { filterInference, finetuneRows, sortInference } from './fits-rows';
import { FinetuneTable, InferenceTable } from './fits-tables';
import { useSweepBase, useWhatFits } from './use-what-fits';
import './what-fits.css';

/**
 * What can I run on this? Every model preset and the scenario's own model, on the GPUs chosen:
 * which fit for inference at which format and length, with how many requests at once and how fast,
 * and which fine-tuning methods fit (docs/method.md §17). The sweep starts when the section first
 * comes near the screen and runs in a Web Worker, so the page never waits on it.
 */
export function WhatFitsSection() {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const isNear = useIsNear(ref, '200px');
  const choices = useCalculator((state) => state.fits) ?? FITS_DEFAULTS;
  const unit = useCalculator((state) => state.unit);
  const replaceScenario = useCalculator((state) => state.replaceScenario);
  const live = useCalculator((state) => state.scenario);
  const base = useSweepBase(useSettledValue(live, 300));
  const sweep = useWhatFits(base, choices.gpus, isNear);
  const [opened, setOpened] = useState('');
  const inference = useMemo(
    () => sortInference(filterInference(sweep?.fits.inference ?? [], choices), choices.sort),
    [sweep, choices],
  );
  const finetune = useMemo(
    () => finetuneRows(sweep?.fits.finetune ?? [], choices),
    [sweep, choices],
  );
  const isDone = sweep !== null && sweep.total > 0 && sweep.done === sweep.total;
  const open = (scenario: Scenario, what: string) => {
    replaceScenario(scenario);
    setOpened(`Opened ${what} in the calculator above.`);
    window.scrollTo({ top: 0 });
  };
  return (
    <section ref={ref} className="card what-fits" aria-labelledby={headingId} id="what-can-i-run">
      <h2 id={headingId}>What can I run on this?</h2>
      <p className="muted">
        Every model preset{typeof live.model === 'string' ? '' : ' and your model'} on the GPUs you
        choose: for inference, in each weight format at 4k, 32k and 128k tokens (or the model&apos;s
        limit), on the smallest tensor-parallel layout that fits, with your engine and its settings;
        for fine-tuning, each method. How: <SourceText text="docs/method.md §17" />.
      </p>
      <FitsGpuChoice choices={choices} />
      <FitsFilters choices={choices} />
      <p role="status" className="muted">
        {opened ||
          (sweep === null
            ? 'Computed when this section comes into view.'
            : isDone
              ? `${inference.length} of ${sweep.fits.inference.length} inference rows and ${finetune.length} fine-tuning rows shown.`
              : 'Computing…')}
      </p>
      {sweep !== null && !isDone && (
        <progress
          className="what-fits__progress"
          aria-label="Settings computed"
          max={Math.max(sweep.total, 1)}
          value={sweep.done}
        />
      )}
      {isDone && (
        <>
          <InferenceTable rows={inference} sort={choices.sort} unit={unit} onOpen={open} />
          <FinetuneTable rows={finetune} onOpen={open} />
        </>
      )}
    </section>
  );
}
