import { useId } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { findModelPreset, MODEL_PRESETS } from '../../domain/presets/models';
import { describedBy, noteIds } from '../primitives/described-by';
import { FieldNotes } from '../primitives/field-notes';
import { labelIssue } from '../primitives/number-text';
import { CustomModelEditor } from './custom-model-editor';
import { ModelKeyNumbers } from './model-key-numbers';
import { useFieldIssue } from './use-field-issue';
import './inputs.css';

const CUSTOM = 'custom';
const SIZE_OPTIONS = MODEL_PRESETS.filter((preset) => preset.size).map((preset) => ({
  value: preset.id,
  label: `${preset.size} — ${preset.model.name}`,
}));
const MORE_OPTIONS = MODEL_PRESETS.filter((preset) => !preset.size).map((preset) => ({
  value: preset.id,
  label: preset.model.name,
}));
const FALLBACK_MODEL = MODEL_PRESETS[0]?.model;

/** The model: one of the five product sizes, another published architecture, or a custom one. */
export function ModelPicker() {
  const id = useId();
  const choice = useCalculator((state) => state.scenario.model);
  const applyModelPreset = useCalculator((state) => state.applyModelPreset);
  const setCustomModel = useCalculator((state) => state.setCustomModel);
  const issue = useFieldIssue('model');
  const preset = typeof choice === 'string' ? findModelPreset(choice) : undefined;
  const model = typeof choice === 'string' ? preset?.model : choice;
  const message = issue && labelIssue('Model', issue);

  const choose = (value: string) => {
    if (value !== CUSTOM) applyModelPreset(value);
    else if (typeof choice === 'string') {
      const start = model ?? FALLBACK_MODEL;
      if (start) setCustomModel({ ...start });
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <label htmlFor={id}>Model</label>
      </h2>
      <select
        id={id}
        value={typeof choice === 'string' ? choice : CUSTOM}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(...noteIds(id, undefined, message))}
        onChange={(event) => choose(event.target.value)}
      >
        <optgroup label="Sizes">
          {SIZE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="More architectures">
          {MORE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
        <option value={CUSTOM}>Custom architecture…</option>
      </select>
      <FieldNotes id={id} message={message} />
      {model && <ModelKeyNumbers model={model} publishedParams={preset?.publishedParams} />}
      {typeof choice === 'object' && <CustomModelEditor model={choice} />}
    </section>
  );
}
