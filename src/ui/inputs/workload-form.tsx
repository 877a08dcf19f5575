import { useId } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { powersOfTwo } from '../primitives/slider-stops';
import { PrecisionField } from './precision-field';
import { ScenarioSlider } from './scenario-slider';

const BATCH_STOPS = powersOfTwo(1, 1024);
const SEQ_LEN_STOPS = powersOfTwo(128, 131_072);
const GENERATED_STOPS = [0, ...powersOfTwo(16, 32_768)];

/** Precision, batch size and sequence length, plus the tokens to generate when serving. */
export function WorkloadForm() {
  const id = useId();
  const isInference = useCalculator((state) => state.scenario.mode === 'inference');
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>Workload</h2>
      <PrecisionField />
      <ScenarioSlider
        field="batch"
        label="Batch size"
        unit="sequences"
        unitOne="sequence"
        stops={BATCH_STOPS}
        hint={
          isInference
            ? 'Sequences served at once.'
            : 'Sequences per micro-batch on each model replica.'
        }
      />
      <ScenarioSlider
        field="seqLen"
        label="Sequence length"
        unit="tokens"
        unitOne="token"
        stops={SEQ_LEN_STOPS}
        hint={isInference ? 'Prompt tokens per sequence.' : 'Tokens per training sequence.'}
      />
      {isInference && (
        <ScenarioSlider
          field="generatedTokens"
          label="Generated tokens"
          unit="tokens"
          unitOne="token"
          stops={GENERATED_STOPS}
          hint="Tokens generated after the prompt; the KV cache holds them too."
        />
      )}
    </section>
  );
}
