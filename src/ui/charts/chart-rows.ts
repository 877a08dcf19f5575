import { weightFormat, type FormatId } from '../../domain/formats/catalogue';
import type { Estimate } from '../../domain/estimate';
import { MEMORY_PARTS, type MemoryPart, type MemoryParts } from '../../domain/per-gpu-memory';
import type { Mode } from '../../domain/scenario';
import { bytesToUnit } from '../../domain/units';
import type { DtypeRow, GpuRow } from '../../domain/analysis';
import { chartParts } from './chart-parts';
import { gpuCountName, layoutWithCount } from '../../lib/layout-name';
import type { UnitSystem } from '../../domain/units';
import type { EstimateResult } from '../../domain/analysis';

export type ChartView = 'scenario' | 'gpus' | 'dtypes';

/** One stacked bar: the memory of one GPU of a layout. */
export interface ChartRow {
  id: string;
  /** The bar's name on the category axis. */
  label: string;
  layout: string;
  gpus: number;
  /** Exact bytes by part, for tooltips and the table. */
  bytes: MemoryParts;
  /** The same parts in the chosen unit, for the value axis. */
  values: MemoryParts;
  totalBytes: number;
  capacityBytes: number;
  /** Capacity in the chosen unit. */
  capacity: number;
  fits: boolean;
}

export interface ChartData {
  view: ChartView;
  unit: UnitSystem;
  /** The parts that apply to the mode, bottom of the stack first. */
  parts: readonly MemoryPart[];
  rows: ChartRow[];
  /** Bars left out, each with the reason. */
  notes: string[];
}

/** The bar every other bar shares its capacity with, or null when each GPU has its own. */
export function sharedCapacity(rows: readonly ChartRow[]): ChartRow | null {
  const [first] = rows;
  return first && rows.every((row) => row.capacityBytes === first.capacityBytes) ? first : null;
}

function inUnit(parts: MemoryParts, unit: UnitSystem): MemoryParts {
  const values = { ...parts };
  for (const part of MEMORY_PARTS) values[part] = bytesToUnit(parts[part], unit);
  return values;
}

function rowOf(id: string, label: string, e: Estimate, unit: UnitSystem): ChartRow {
  const { layout } = e;
  return {
    id,
    label,
    layout: layoutWithCount(layout),
    gpus: layout.gpus,
    bytes: { ...layout.perGpu },
    values: inUnit(layout.perGpu, unit),
    totalBytes: layout.perGpuBytes,
    capacityBytes: layout.capacityBytes,
    capacity: bytesToUnit(layout.capacityBytes, unit),
    fits: layout.fits,
  };
}

/** Why a comparison bar is left out, or null to draw it: an automatic search that found no layout has no bar to draw. */
function missingLayout(e: Estimate): string | null {
  if (e.scenario.layout === 'manual' || e.chosenStage.fit) return null;
  return `no layout fits (${e.chosenStage.reason ?? 'too large'})`;
}

/**
 * The scenario itself: every GPU of a layout holds the same bytes, so one bar stands for all of
 * them, with the GPU's usable capacity as the reference.
 */
export function memoryChartRows(estimate: Estimate, unit: UnitSystem): ChartData {
  const label = `Per GPU (${layoutWithCount(estimate.layout)})`;
  return {
    view: 'scenario',
    unit,
    parts: chartParts(estimate.scenario.mode),
    rows: [rowOf('scenario', label, estimate, unit)],
    notes: [],
  };
}

interface ComparisonEntry {
  id: string;
  name: string;
  isSelected: boolean;
  result: EstimateResult;
  /** Set when the entry does not apply at all, in place of the engine's issues. */
  notApplicable?: string | null;
}

/** "fp8 (per-tensor scale), int4 (group 128): weights cannot be trained directly; …": one note per reason, naming every bar it leaves out. */
function groupNotes(skipped: readonly { name: string; reason: string }[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const { name, reason } of skipped) {
    // Engine messages often open with the name itself ("int4 weights cannot…"); the note already names it.
    const shared = reason.startsWith(`${name} `) ? reason.slice(name.length + 1) : reason;
    byReason.set(shared, [...(byReason.get(shared) ?? []), name]);
  }
  return [...byReason].map(([reason, names]) => `${names.join(', ')}: ${reason}`);
}

function comparisonData(
  view: ChartView,
  entries: readonly ComparisonEntry[],
  unit: UnitSystem,
): ChartData {
  const rows: ChartRow[] = [];
  const skipped: { name: string; reason: string }[] = [];
  let mode: Mode | null = null;
  for (const { id, name, isSelected, result, notApplicable } of entries) {
    if (!result.ok) {
      skipped.push({
        name,
        reason:
          notApplicable ??
          result.issues.map((issue) => `${issue.field} ${issue.message}`).join('; '),
      });
      continue;
    }
    mode = result.estimate.scenario.mode;
    const missing = missingLayout(result.estimate);
    if (missing) {
      skipped.push({ name, reason: missing });
      continue;
    }
    const label = `${name} · ${gpuCountName(result.estimate.layout.gpus)}${isSelected ? ' (selected)' : ''}`;
    rows.push(rowOf(id, label, result.estimate, unit));
  }
  return { view, unit, parts: mode ? chartParts(mode) : [], rows, notes: groupNotes(skipped) };
}

/** One bar per GPU preset: its per-GPU memory at the layout found for that GPU, and its own capacity. */
export function gpuChartRows(
  gpus: readonly GpuRow[],
  unit: UnitSystem,
  selectedPresetId: string | null,
): ChartData {
  const entries = gpus.map(({ presetId, gpu, result }) => ({
    id: presetId,
    name: gpu.name,
    isSelected: presetId === selectedPresetId,
    result,
  }));
  return comparisonData('gpus', entries, unit);
}

/** One bar per dtype of the same scenario; dtypes that do not apply to the mode are listed in the notes instead. */
export function dtypeChartRows(
  dtypes: readonly DtypeRow[],
  unit: UnitSystem,
  selectedDtype: FormatId,
): ChartData {
  const entries = dtypes.map(({ dtype, result, notApplicable }) => ({
    id: dtype,
    name: weightFormat(dtype).label,
    isSelected: dtype === selectedDtype,
    result,
    notApplicable,
  }));
  return comparisonData('dtypes', entries, unit);
}
