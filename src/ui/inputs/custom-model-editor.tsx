import { useCalculatorStoreApi } from '../../state/react/calculator-context';
import type { ModelSpec } from '../../domain/model';
import { CheckboxField } from '../primitives/checkbox-field';
import { TextField } from '../primitives/text-field';
import {
  ATTENTION_BIAS_CHOICES,
  LINEAR_ATTENTION_FIELDS,
  LOCAL_ATTENTION_CHOICES,
  MLA_COUNT_FIELDS,
  MLP_CHOICES,
  MODEL_COUNT_FIELDS,
  MODEL_FIELD_LABELS as LABELS,
  MODEL_FLAG_FIELDS,
  MODEL_OPTIONAL_FIELDS,
  NORM_CHOICES,
  POSITION_CHOICES,
  type ModelCountKey,
} from './custom-model-fields';
import { ModelSpecNumber } from './model-spec-number';
import { ModelSpecSelect } from './model-spec-select';
import { useFieldIssue } from './use-field-issue';

interface CountGridProps {
  model: ModelSpec;
  fields: readonly { key: ModelCountKey; unit: string }[];
  update: (patch: Partial<ModelSpec>) => void;
}

function CountGrid({ model, fields, update }: CountGridProps) {
  return (
    <div className="custom-model__grid">
      {fields.map(({ key, unit }) => (
        <ModelSpecNumber
          key={key}
          field={key}
          label={LABELS[key]}
          unit={unit}
          value={model[key]}
          onCommit={(value) => update({ [key]: value })}
        />
      ))}
    </div>
  );
}

/**
 * Every field of a custom architecture; the sizes of MLA, local and linear attention appear while
 * those are switched on. Edits go to the store as typed, and the engine says what is wrong.
 */
export function CustomModelEditor({ model }: { model: ModelSpec }) {
  const store = useCalculatorStoreApi();
  // Read the store at edit time, so two quick edits never start from the same stale copy.
  const update = (patch: Partial<ModelSpec>) => {
    const { scenario, setCustomModel } = store.getState();
    if (typeof scenario.model === 'object') setCustomModel({ ...scenario.model, ...patch });
  };
  const nameIssue = useFieldIssue('model.name');
  return (
    <fieldset className="custom-model">
      <legend>Custom architecture</legend>
      <TextField
        label={LABELS.name}
        value={model.name}
        onChange={(name) => update({ name })}
        issue={nameIssue}
      />
      <CountGrid model={model} fields={MODEL_COUNT_FIELDS} update={update} />
      <div className="custom-model__grid">
        <ModelSpecSelect
          field="mlp"
          label={LABELS.mlp}
          value={model.mlp}
          options={MLP_CHOICES}
          onChange={(mlp) => update({ mlp })}
        />
        <ModelSpecSelect
          field="norm"
          label={LABELS.norm}
          value={model.norm}
          options={NORM_CHOICES}
          onChange={(norm) => update({ norm })}
        />
        <ModelSpecSelect
          field="positions"
          label={LABELS.positions}
          value={model.positions}
          options={POSITION_CHOICES}
          onChange={(positions) => update({ positions })}
        />
        <ModelSpecSelect
          field="attentionBias"
          label={LABELS.attentionBias}
          value={model.attentionBias}
          options={ATTENTION_BIAS_CHOICES}
          onChange={(attentionBias) => update({ attentionBias })}
        />
      </div>
      {MODEL_FLAG_FIELDS.map((key) => (
        <CheckboxField
          key={key}
          label={LABELS[key]}
          checked={model[key]}
          onChange={(value) => update({ [key]: value })}
        />
      ))}
      {MODEL_OPTIONAL_FIELDS.map(({ key, toggle, unit, start }) => {
        const value = model[key];
        return (
          <div key={key}>
            <CheckboxField
              label={toggle}
              checked={value !== null}
              onChange={(on) => update({ [key]: on ? start(model) : null })}
            />
            {value !== null && (
              <ModelSpecNumber
                field={key}
                label={LABELS[key]}
                unit={unit}
                value={value}
                onCommit={(next) => update({ [key]: next })}
              />
            )}
          </div>
        );
      })}
      {model.kvLoraRank !== null && (
        <CountGrid model={model} fields={MLA_COUNT_FIELDS} update={update} />
      )}
      {model.slidingWindow !== null && (
        <div className="custom-model__grid">
          <ModelSpecSelect
            field="localAttention"
            label={LABELS.localAttention}
            value={model.localAttention}
            options={LOCAL_ATTENTION_CHOICES}
            onChange={(localAttention) => update({ localAttention })}
          />
          <ModelSpecNumber
            field="fullAttentionLayers"
            label={LABELS.fullAttentionLayers}
            unit="layers"
            value={model.fullAttentionLayers}
            onCommit={(fullAttentionLayers) => update({ fullAttentionLayers })}
          />
        </div>
      )}
      {model.linearAttentionLayers > 0 && (
        <CountGrid model={model} fields={LINEAR_ATTENTION_FIELDS} update={update} />
      )}
    </fieldset>
  );
}
