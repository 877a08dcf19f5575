import type { DtypeRow } from '../../domain/analysis';
import { weightFormat, type FormatId } from '../../domain/formats/catalogue';
import type { Mode } from '../../domain/scenario';
import { formatBytesIn, formatInteger } from '../../lib/format';
import { describeIssue } from './field-labels';
import { layoutName } from '../../lib/layout-name';
import { PART_LABELS } from '../../lib/part-labels';
import type { UnitSystem } from '../../domain/units';

export const DTYPE_COLUMNS = [
  'weights',
  'gradients',
  'optimizer',
  'activations',
  'kvCache',
  'perGpu',
  'gpus',
] as const;
export type DtypeColumn = (typeof DTYPE_COLUMNS)[number];

export const DTYPE_COLUMN_LABELS: Readonly<Record<DtypeColumn, string>> = {
  weights: PART_LABELS.weights,
  gradients: PART_LABELS.gradients,
  optimizer: PART_LABELS.optimizer,
  activations: PART_LABELS.activations,
  kvCache: PART_LABELS.kvCache,
  perGpu: 'Per-GPU total',
  gpus: 'GPUs needed',
};

/** The columns that can hold anything in a mode: inference has no gradients or optimizer, training no KV cache. */
export function dtypeColumns(mode: Mode): DtypeColumn[] {
  return DTYPE_COLUMNS.filter((column) =>
    mode === 'inference' ? column !== 'gradients' && column !== 'optimizer' : column !== 'kvCache',
  );
}

export interface DtypeTableRow {
  dtype: FormatId;
  /** The format's name ("GGUF Q4_K_M"). */
  label: string;
  /** Text per column, or null when the dtype does not apply and `note` says why. */
  cells: Record<DtypeColumn, string> | null;
  note: string | null;
  /** Under the GPU count: the layout in words, or why nothing fits. */
  gpusDetail: string | null;
  /** Whether the smallest layout at the chosen ZeRO stage fits at all. */
  fits: boolean;
}

/**
 * One table row per compared format: per-GPU bytes by part under the layout in force, its total, and the
 * GPUs the chosen ZeRO stage needs (or why nothing fits). A dtype that cannot be used in this mode
 * gets the reason instead of numbers.
 */
export function dtypeTableRows(rows: readonly DtypeRow[], unit: UnitSystem): DtypeTableRow[] {
  return rows.map(({ dtype, result, notApplicable }) => {
    if (!result.ok) {
      return {
        dtype,
        label: weightFormat(dtype).label,
        cells: null,
        note: notApplicable ?? result.issues.map(describeIssue).join('; '),
        gpusDetail: null,
        fits: false,
      };
    }
    const e = result.estimate;
    const bytes = (value: number) => formatBytesIn(value, unit);
    const fit = e.chosenStage.fit;
    return {
      dtype,
      label: weightFormat(dtype).label,
      cells: {
        weights: bytes(e.layout.perGpu.weights),
        gradients: bytes(e.layout.perGpu.gradients),
        optimizer: bytes(e.layout.perGpu.optimizer),
        activations: bytes(e.layout.perGpu.activations),
        kvCache: bytes(e.layout.perGpu.kvCache),
        perGpu: bytes(e.layout.perGpuBytes),
        gpus: fit ? formatInteger(fit.gpus) : 'None fits',
      },
      note: null,
      gpusDetail: fit
        ? fit.gpus > 1
          ? layoutName(fit.layout)
          : null
        : (e.chosenStage.reason ?? 'no layout fits'),
      fits: fit !== null,
    };
  });
}
