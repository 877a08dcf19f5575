import { COMPARED_FORMATS, type FormatId } from './formats/catalogue';
import type { FieldIssue } from './errors';
import { estimateResolved, type Estimate } from './estimate';
import type { GpuSpec } from './gpu';
import { sweeps, type Sweeps } from './planning';
import { GPU_PRESETS } from './presets/gpus';
import { type Scenario } from './scenario';
import { validateScenario } from './scenario-validation';
import { resolveValidScenario } from './scenario-validation';

export type EstimateResult = { ok: true; estimate: Estimate } | { ok: false; issues: FieldIssue[] };

/** The same scenario in one weight format: its estimate, or why the format does not apply to the mode. */
export interface DtypeRow {
  dtype: FormatId;
  result: EstimateResult;
  /** Set when this dtype does not apply (e.g. training int4 weights); the message says why. */
  notApplicable: string | null;
}

/** The same scenario on one GPU preset. */
export interface GpuRow {
  presetId: string;
  gpu: GpuSpec;
  result: EstimateResult;
}

/**
 * Everything the page derives from one scenario. Validation and the estimate are made when the
 * analysis is; the comparisons and the solvers, which run the engine many times, when first asked
 * for, and then kept.
 */
export interface Analysis {
  readonly scenario: Scenario;
  /** Every invalid field and why; empty when the scenario can be estimated. */
  readonly issues: readonly FieldIssue[];
  /** The same issues by field name ("batch", "model.heads"), messages of one field joined by "; ". */
  readonly issuesByField: ReadonlyMap<string, string>;
  readonly result: EstimateResult;
  /** The scenario in each compared format (COMPARED_FORMATS, then the scenario's own if not among them). */
  dtypes: () => readonly DtypeRow[];
  /** The scenario on every GPU preset, in the order of GPU_PRESETS. */
  gpus: () => readonly GpuRow[];
  /** The largest batch and the longest sequence that fit, with their curves; null when invalid. */
  sweeps: () => Sweeps | null;
}

/** The formats compared side by side: COMPARED_FORMATS, and the chosen one when it is not among them. */
const comparedFormats = (chosen: FormatId): readonly FormatId[] =>
  COMPARED_FORMATS.includes(chosen) ? COMPARED_FORMATS : [...COMPARED_FORMATS, chosen];

function byField(issues: readonly FieldIssue[]): ReadonlyMap<string, string> {
  const grouped = new Map<string, string>();
  for (const issue of issues) {
    const earlier = grouped.get(issue.field);
    grouped.set(issue.field, earlier ? `${earlier}; ${issue.message}` : issue.message);
  }
  return grouped;
}

function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

// Every part of the page reads the same scenario object, so they share one analysis of it.
const analyses = new WeakMap<Scenario, Analysis>();

/**
 * The analysis of a scenario, made once per scenario object: a slider step validates and estimates
 * the new scenario once, however many regions, charts and exports read it.
 */
export function analyse(scenario: Scenario): Analysis {
  const known = analyses.get(scenario);
  if (known) return known;
  const issues = validateScenario(scenario);
  const result: EstimateResult =
    issues.length > 0
      ? { ok: false, issues }
      : { ok: true, estimate: estimateResolved(resolveValidScenario(scenario)) };
  const analysis: Analysis = {
    scenario,
    issues,
    issuesByField: byField(issues),
    result,
    dtypes: lazy(() =>
      comparedFormats(scenario.dtype).map((dtype) => {
        const row = dtype === scenario.dtype ? result : analyse({ ...scenario, dtype }).result;
        const dtypeIssue = row.ok ? undefined : row.issues.find((issue) => issue.field === 'dtype');
        return { dtype, result: row, notApplicable: dtypeIssue ? dtypeIssue.message : null };
      }),
    ),
    gpus: lazy(() =>
      GPU_PRESETS.map((preset) => ({
        presetId: preset.id,
        gpu: preset.gpu,
        result:
          preset.id === scenario.gpu ? result : analyse({ ...scenario, gpu: preset.id }).result,
      })),
    ),
    sweeps: lazy(() => (result.ok ? sweeps(result.estimate) : null)),
  };
  analyses.set(scenario, analysis);
  return analysis;
}

/** The estimate of a scenario, or the issues that name each invalid field. */
export const computeEstimate = (scenario: Scenario): EstimateResult => analyse(scenario).result;
