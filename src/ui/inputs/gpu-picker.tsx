import { useId } from 'react';
import { useCalculator } from '../../state/react/calculator-context';
import { findGpuPreset, GPU_PRESETS } from '../../domain/presets/gpus';
import { findDriverReport } from '../../domain/presets/driver-reports';
import { formatInteger, formatNumber } from '../../lib/format';
import { gpuMemoryText } from '../../lib/gpu-memory-text';
import { FieldNotes } from '../primitives/field-notes';
import { describedBy, noteIds } from '../primitives/described-by';
import { labelIssue } from '../primitives/number-text';
import { CustomGpuEditor } from './custom-gpu-editor';
import { useFieldIssue } from './use-field-issue';
import './inputs.css';

const CUSTOM = 'custom';
// Three significant digits would print the MI300X's 1,307.4 TFLOPS as 1,310.
const teraText = (tflops: number) => (tflops >= 100 ? formatInteger(tflops) : formatNumber(tflops));
const GPU_OPTIONS = GPU_PRESETS.map((preset) => ({ value: preset.id, label: preset.gpu.name }));

/** The GPU to size for, with the capacity its driver reports, its bandwidth and its dense 16-bit throughput. */
export function GpuPicker() {
  const id = useId();
  const gpuChoice = useCalculator((state) => state.scenario.gpu);
  const unit = useCalculator((state) => state.unit);
  const applyGpuPreset = useCalculator((state) => state.applyGpuPreset);
  const setCustomGpu = useCalculator((state) => state.setCustomGpu);
  const issue = useFieldIssue('gpu');
  const gpu = typeof gpuChoice === 'string' ? findGpuPreset(gpuChoice)?.gpu : gpuChoice;
  const message = issue && labelIssue('GPU', issue);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        <label htmlFor={id}>GPU</label>
      </h2>
      <select
        id={id}
        value={typeof gpuChoice === 'string' ? gpuChoice : CUSTOM}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(...noteIds(id, undefined, message))}
        onChange={(event) => {
          if (event.target.value !== CUSTOM) applyGpuPreset(event.target.value);
          // A custom GPU starts from the one chosen, so only what differs needs typing.
          else if (gpu && typeof gpuChoice === 'string')
            setCustomGpu({ ...gpu, name: `Custom ${gpu.name}` });
        }}
      >
        {GPU_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        <option value={CUSTOM}>
          {typeof gpuChoice === 'object' ? `Custom: ${gpuChoice.name}` : 'Custom GPU…'}
        </option>
      </select>
      <FieldNotes id={id} message={message} />
      {gpu && (
        <dl className="key-figures">
          <div>
            <dt>Memory</dt>
            <dd>
              {gpuMemoryText(
                gpu.memoryBytes,
                unit,
                typeof gpuChoice === 'string' ? findDriverReport(gpuChoice) : undefined,
              )}
            </dd>
          </div>
          <div>
            <dt>Bandwidth</dt>
            <dd>{formatInteger(gpu.bandwidthBytesPerSecond / 1e9)} GB/s</dd>
          </div>
          <div>
            <dt>Dense 16-bit</dt>
            <dd>{teraText(gpu.peakFlops / 1e12)} TFLOPS</dd>
          </div>
        </dl>
      )}
      <p className="field__hint muted">
        Memory is the capacity the driver reports (nvidia-smi), not the number in the name.
      </p>
      {typeof gpuChoice === 'object' && <CustomGpuEditor gpu={gpuChoice} />}
    </section>
  );
}
