import { DTYPES, type Dtype } from '../domain/dtypes';
import type { GpuSpec } from '../domain/gpu';
import { GPU_PRESETS } from '../domain/presets/gpus';
import type { Scenario } from '../domain/scenario';
import { computeEstimate, type EstimateResult } from './use-memory-estimate';

/** The same scenario in one dtype: its estimate, or why the dtype does not apply to the mode. */
export interface DtypeRow {
  dtype: Dtype;
  result: EstimateResult;
  /** Set when this dtype does not apply (e.g. training int4 weights); the message says why. */
  notApplicable: string | null;
}

export function compareDtypes(scenario: Scenario): DtypeRow[] {
  return DTYPES.map((dtype) => {
    const result = computeEstimate({ ...scenario, dtype });
    const dtypeIssue = result.ok
      ? undefined
      : result.issues.find((issue) => issue.field === 'dtype');
    return { dtype, result, notApplicable: dtypeIssue ? dtypeIssue.message : null };
  });
}

/** The same scenario on one GPU preset. */
export interface GpuRow {
  presetId: string;
  gpu: GpuSpec;
  result: EstimateResult;
}

export function compareGpus(scenario: Scenario): GpuRow[] {
  return GPU_PRESETS.map((preset) => ({
    presetId: preset.id,
    gpu: preset.gpu,
    result: computeEstimate({ ...scenario, gpu: preset.id }),
  }));
}
