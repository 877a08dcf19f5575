import type { GpuSpec, Interconnect } from '../../domain/gpu';
import { useCalculatorStoreApi } from '../../state/react/calculator-context';
import { CheckboxField } from '../primitives/checkbox-field';
import { NumberField } from '../primitives/number-field';
import { SelectField, type Choice } from '../primitives/select-field';
import { TextField } from '../primitives/text-field';
import { useFieldIssue } from './use-field-issue';

type GpuNumberKey = Exclude<
  { [K in keyof GpuSpec]: GpuSpec[K] extends number ? K : never }[keyof GpuSpec],
  undefined
>;

/** Each number of a GPU, the unit the box shows it in, and how many stored units make one shown. */
const GPU_NUMBERS: readonly { key: GpuNumberKey; label: string; unit: string; scale: number }[] = [
  { key: 'memoryBytes', label: 'Memory the driver reports', unit: 'MiB', scale: 2 ** 20 },
  { key: 'labelGB', label: 'Memory on the label', unit: 'GB', scale: 1 },
  { key: 'bandwidthBytesPerSecond', label: 'Memory bandwidth', unit: 'GB/s', scale: 1e9 },
  { key: 'peakFlops', label: 'Dense 16-bit throughput', unit: 'TFLOPS', scale: 1e12 },
  { key: 'fp8Flops', label: 'Dense fp8 throughput (0 = none)', unit: 'TFLOPS', scale: 1e12 },
  { key: 'int8Ops', label: 'Dense int8 throughput (0 = none)', unit: 'TOPS', scale: 1e12 },
  { key: 'fp4Flops', label: 'Dense fp4 throughput (0 = none)', unit: 'TFLOPS', scale: 1e12 },
  { key: 'gpusPerNode', label: 'GPUs per node', unit: 'GPUs', scale: 1 },
];

const INTERCONNECT_CHOICES: readonly Choice<Interconnect>[] = [
  { value: 'nvlink', label: 'NVLink' },
  { value: 'infinity-fabric', label: 'Infinity Fabric (AMD)' },
  { value: 'pcie', label: 'PCIe only' },
  { value: 'unified', label: 'Unified memory (one device)' },
];

function GpuNumber({
  gpu,
  field,
  update,
}: {
  gpu: GpuSpec;
  field: (typeof GPU_NUMBERS)[number];
  update: (patch: Partial<GpuSpec>) => void;
}) {
  const issue = useFieldIssue(`gpu.${field.key}`);
  return (
    <NumberField
      label={field.label}
      unit={field.unit}
      value={gpu[field.key] / field.scale}
      onCommit={(shown) => update({ [field.key]: shown * field.scale })}
      issue={issue}
    />
  );
}

/**
 * Every figure of a custom GPU, in the units datasheets print: memory as the driver reports it in
 * MiB, bandwidth in GB/s, dense throughput per precision. Edits go to the store as typed.
 */
export function CustomGpuEditor({ gpu }: { gpu: GpuSpec }) {
  const store = useCalculatorStoreApi();
  const update = (patch: Partial<GpuSpec>) => {
    const current = store.getState().scenario.gpu;
    if (typeof current === 'object') store.getState().setCustomGpu({ ...current, ...patch });
  };
  const nameIssue = useFieldIssue('gpu.name');
  const interconnectIssue = useFieldIssue('gpu.interconnect');
  return (
    <fieldset className="custom-model">
      <legend>Custom GPU</legend>
      <TextField
        label="GPU name"
        value={gpu.name}
        onChange={(name) => update({ name })}
        issue={nameIssue}
      />
      <div className="custom-model__grid">
        {GPU_NUMBERS.map((field) => (
          <GpuNumber key={field.key} gpu={gpu} field={field} update={update} />
        ))}
        <SelectField
          label="Link between GPUs"
          value={gpu.interconnect}
          options={INTERCONNECT_CHOICES}
          onChange={(interconnect) => update({ interconnect })}
          issue={interconnectIssue}
        />
        <CheckboxField
          label="Computes in bf16"
          checked={gpu.bf16}
          onChange={(bf16) => update({ bf16 })}
          hint="NVIDIA from Ampere (compute capability 8.0), AMD from CDNA 2; not V100 or T4"
        />
      </div>
    </fieldset>
  );
}
