import type { Estimate } from '../../domain/estimate';
import { freshScenario, DEFAULT_SCENARIO, type Scenario } from '../../domain/scenario';
import type { CalculatorState } from '../../state/calculator-store';
import { decodeUrl, encodeUrl } from '../../state/url/url-codec';
import { describeIssue } from '../results/field-labels';
import { DEFAULT_UNIT, type UnitSystem } from '../../domain/units';
import { validateScenario } from '../../domain/scenario-validation';
import type { GpuSpec } from '../../domain/gpu';
import type { ModelSpec } from '../../domain/model';
import { CUSTOM_MODEL_CODEC } from '../../state/url/custom-spec-schema';
import { CUSTOM_GPU_CODEC } from '../../state/url/custom-gpu-schema';
import { describeUrlKey } from '../../state/url/url-key-names';

/** Marks a file as this calculator's export, so an import can refuse any other JSON by name. */
export const EXPORT_FORMAT = 'llm-gpu-memory-calculator/estimate';
export const EXPORT_VERSION = 1;

export interface ExportInput {
  scenario: Scenario;
  unit: UnitSystem;
  estimate: Estimate;
  link: string;
}

/** JSON has no Infinity or NaN; a speed on a GPU with no stated bandwidth would otherwise vanish silently. */
const finiteOrNull = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && !Number.isFinite(value) ? null : value;

/**
 * The scenario exactly as the store holds it (what the share link encodes) and the full estimate,
 * in bytes and seconds. Version 1 files name the per-GPU parts at the top of the estimate too, as
 * they always have; the engine keeps them once, in the layout.
 */
export function estimateJson({ scenario, unit, estimate, link }: ExportInput): string {
  const { perGpu, perGpuBytes } = estimate.layout;
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    link,
    unit,
    scenario,
    estimate: { ...estimate, perGpu, perGpuBytes },
  };
  return `${JSON.stringify(file, finiteOrNull, 2)}\n`;
}

export type ImportResult = ({ ok: true } & CalculatorState) | { ok: false; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a file written by `estimateJson` back into the choices. Fields an older file lacks take
 * their defaults; the scenario must be one the engine accepts; and it is passed through the share
 * link's codec, so the result is exactly what the link for it would reopen.
 */
export function scenarioFromExport(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`The file is not JSON (${(error as Error).message}).`] };
  }
  if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT || !isRecord(parsed.scenario)) {
    return { ok: false, problems: ['The file is not an estimate exported by this calculator.'] };
  }
  if (typeof parsed.version !== 'number' || parsed.version > EXPORT_VERSION) {
    return {
      ok: false,
      problems: [
        'The file comes from a newer version of the calculator; reload the page to update it.',
      ],
    };
  }
  const saved = parsed.scenario;
  const scenario = freshScenario();
  const fields = scenario as unknown as Record<string, unknown>;
  for (const key of Object.keys(DEFAULT_SCENARIO)) if (key in saved) fields[key] = saved[key];
  // A file saved before a field of the architecture or GPU existed means what an old link means.
  if (isRecord(saved.model))
    fields.model = {
      ...CUSTOM_MODEL_CODEC.defaults(saved.model as unknown as ModelSpec),
      ...saved.model,
    };
  if (isRecord(saved.gpu))
    fields.gpu = { ...CUSTOM_GPU_CODEC.defaults(saved.gpu as unknown as GpuSpec), ...saved.gpu };
  const issues = validateScenario(scenario);
  if (issues.length > 0) return { ok: false, problems: issues.map(describeIssue) };
  const unit: UnitSystem =
    parsed.unit === 'GB' || parsed.unit === 'GiB' ? parsed.unit : DEFAULT_UNIT;
  const decoded = decodeUrl(encodeUrl({ scenario, unit }));
  if (decoded.issues.length > 0) {
    return {
      ok: false,
      problems: decoded.issues.map((issue) => `${describeUrlKey(issue.key)} ${issue.reason}`),
    };
  }
  return { ok: true, scenario: decoded.scenario, unit: decoded.unit };
}
