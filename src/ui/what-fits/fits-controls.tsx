import { useState } from 'react';
import { weightFormat, type FormatId } from '../../domain/formats/catalogue';
import { GPU_PRESETS } from '../../domain/presets/gpus';
import { CURRENT_KEY, FITS_CONTEXTS, FITS_FORMAT_IDS } from '../../domain/what-fits/what-fits-axes';
import { formatInteger } from '../../lib/format';
import { MAX_FITS_MODEL_FILTER, type FitFilter, type FitsChoices } from '../../state/fits-choices';
import { useCalculator } from '../../state/react/calculator-context';
import { CheckboxField } from '../primitives/checkbox-field';
import { SelectField, type Choice } from '../primitives/select-field';
import { TextField } from '../primitives/text-field';
import { contextText } from './fits-rows';

const FIT_CHOICES: readonly Choice<FitFilter>[] = [
  { value: 'gpu', label: 'one GPU' },
  { value: 'node', label: 'one node (tensor parallel)' },
  { value: 'all', label: 'anywhere, and rows that do not fit' },
];

const FORMAT_CHOICES: readonly Choice<FormatId | 'any'>[] = [
  { value: 'any', label: 'every format' },
  ...FITS_FORMAT_IDS.map((id) => ({ value: id, label: weightFormat(id).label })),
];

const CONTEXT_CHOICES: readonly Choice<number>[] = [
  { value: 0, label: 'any length' },
  ...FITS_CONTEXTS.map((tokens) => ({
    value: tokens,
    label: `${contextText(tokens)} (${formatInteger(tokens)} tokens) or more`,
  })),
];

/** The GPUs to sweep: this scenario's own, and any presets; one always stays chosen. */
export function FitsGpuChoice({ choices }: { choices: FitsChoices }) {
  const setFits = useCalculator((state) => state.setFits);
  const gpu = useCalculator((state) => state.scenario.gpu);
  const own = typeof gpu === 'string' ? GPU_PRESETS.find((preset) => preset.id === gpu) : null;
  const ownName = typeof gpu === 'string' ? (own?.gpu.name ?? gpu) : gpu.name;
  const options = [
    { key: CURRENT_KEY, label: `This scenario's GPU (${ownName})` },
    ...GPU_PRESETS.filter((preset) => preset.id !== own?.id).map((preset) => ({
      key: preset.id,
      label: preset.gpu.name,
    })),
  ];
  // The scenario's own GPU may be in the list as `current` and as its preset id: one choice.
  const keysOf = (key: string): string[] =>
    key === CURRENT_KEY && own ? [CURRENT_KEY, own.id] : [key];
  const isChosen = (key: string) => keysOf(key).some((each) => choices.gpus.includes(each));
  const isLast = (key: string) => choices.gpus.every((chosen) => keysOf(key).includes(chosen));
  const toggle = (key: string, on: boolean) =>
    setFits({
      gpus: on
        ? [...choices.gpus, key]
        : choices.gpus.filter((chosen) => !keysOf(key).includes(chosen)),
    });
  return (
    <fieldset className="what-fits__gpus">
      <legend>GPUs to try</legend>
      {options.map((option) => (
        <CheckboxField
          key={option.key}
          label={option.label}
          checked={isChosen(option.key)}
          disabled={isChosen(option.key) && isLast(option.key)}
          onChange={(on) => toggle(option.key, on)}
        />
      ))}
      <p className="muted">At least one GPU stays chosen.</p>
    </fieldset>
  );
}

/** The filters: where a row must fit, its format, its shortest length and words of the model's name. */
export function FitsFilters({ choices }: { choices: FitsChoices }) {
  const setFits = useCalculator((state) => state.setFits);
  const [model, setModel] = useState(choices.model);
  const tooLong = model.length > MAX_FITS_MODEL_FILTER;
  return (
    <div className="what-fits__filters">
      <SelectField
        label="Fits on"
        value={choices.fit}
        options={FIT_CHOICES}
        onChange={(fit) => setFits({ fit })}
      />
      <SelectField
        label="Weight format"
        value={choices.format ?? 'any'}
        options={FORMAT_CHOICES}
        onChange={(format) => setFits({ format: format === 'any' ? null : format })}
      />
      <SelectField
        label="Context"
        value={choices.minContext ?? 0}
        options={CONTEXT_CHOICES}
        onChange={(minContext) => setFits({ minContext: minContext === 0 ? null : minContext })}
      />
      <TextField
        label="Search models"
        hint="Words of the model's name, in any order."
        value={model}
        issue={tooLong ? `must be at most ${MAX_FITS_MODEL_FILTER} characters` : undefined}
        onChange={(text) => {
          setModel(text);
          if (text.length <= MAX_FITS_MODEL_FILTER) setFits({ model: text });
        }}
      />
    </div>
  );
}
