import { useId } from 'react';
import { LORA_TARGETS, type LoraTarget } from '../../domain/linear-shapes';
import { labelIssue } from '../primitives/number-text';
import { FieldNotes } from '../primitives/field-notes';
import { describedBy, noteIds } from '../primitives/described-by';
import { ADAPTER_DTYPE_CHOICES } from './scenario-choices';
import { useCalculator } from '../../state/react/calculator-context';
import { ScenarioCheckbox } from './scenario-checkbox';
import { ScenarioNumber } from './scenario-number';
import { ScenarioSelect } from './scenario-select';
import { useFieldIssue } from './use-field-issue';
import { useScenarioField } from './use-scenario-field';

const TARGET_LABELS: Readonly<Record<LoraTarget, string>> = {
  q: 'q (query)',
  k: 'k (key)',
  v: 'v (value)',
  o: 'o (output)',
  gate: 'gate',
  up: 'up',
  down: 'down',
};

/** The adapters LoRA and QLoRA train: rank, which projections, and their dtype. */
export function LoraSettings() {
  const id = useId();
  const [targets, setTargets] = useScenarioField('loraTargets');
  const isQlora = useCalculator((state) => state.scenario.finetuneMethod === 'qlora');
  const targetsIssue = useFieldIssue('loraTargets');
  const message = targetsIssue && labelIssue('LoRA targets', targetsIssue);
  const toggle = (target: LoraTarget, on: boolean) =>
    setTargets(LORA_TARGETS.filter((t) => (t === target ? on : targets.includes(t))));
  return (
    <section className="settings-group" aria-label="LoRA adapters">
      <h3>LoRA adapters</h3>
      <ScenarioNumber
        field="loraRank"
        label="LoRA rank (r)"
        step={1}
        hint="Each adapted projection gains an input × r and an r × output matrix."
      />
      <fieldset
        className="field"
        aria-describedby={describedBy(...noteIds(id, undefined, message))}
      >
        <legend>LoRA targets</legend>
        <div className="checkbox-row">
          {LORA_TARGETS.map((target) => (
            <label key={target}>
              <input
                type="checkbox"
                checked={targets.includes(target)}
                onChange={(event) => toggle(target, event.target.checked)}
              />
              {TARGET_LABELS[target]}
            </label>
          ))}
        </div>
        <FieldNotes id={id} message={message} />
      </fieldset>
      <ScenarioSelect field="adapterDtype" label="Adapter dtype" options={ADAPTER_DTYPE_CHOICES} />
      {isQlora && (
        <ScenarioCheckbox
          field="doubleQuant"
          label="Double quantization (bnb_4bit_use_double_quant): 4.127 bits a weight instead of 4.5"
        />
      )}
    </section>
  );
}
