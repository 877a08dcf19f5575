import { weightFormat } from '../../domain/formats/catalogue';
import type { UnitSystem } from '../../domain/units';
import { FINETUNE_METHODS, type FinetuneMethod } from '../../domain/scenario';
import { ENGINE_NAMES } from '../../domain/serving/engines';
import { FRAMEWORK_RULES } from '../../domain/training/frameworks';
import type { FinetuneFit, FitStatus, InferenceFit } from '../../domain/what-fits/what-fits';
import { formatBytesIn, formatInteger, formatRate } from '../../lib/format';
import type { FitFilter, FitsChoices, FitSort } from '../../state/fits-choices';

/** Whether a cell passes the fit filter: on one GPU, within one node, or any row at all. */
export function passesFit(
  fit: Pick<InferenceFit, 'status' | 'gpus' | 'nodes'>,
  filter: FitFilter,
): boolean {
  if (filter === 'all') return true;
  if (fit.status !== 'fits') return false;
  return filter === 'gpu' ? fit.gpus === 1 : fit.nodes === 1;
}

const matchesModel = (name: string, words: string): boolean =>
  words
    .toLowerCase()
    .split(/\s+/)
    .every((word) => name.toLowerCase().includes(word));

/** The inference rows the filters keep, in the sweep's order. */
export function filterInference(
  rows: readonly InferenceFit[],
  choices: Pick<FitsChoices, 'fit' | 'format' | 'minContext' | 'model'>,
): InferenceFit[] {
  return rows.filter(
    (row) =>
      passesFit(row, choices.fit) &&
      (choices.format === null || row.format === choices.format) &&
      (choices.minContext === null || row.context >= choices.minContext) &&
      matchesModel(row.modelName, choices.model),
  );
}

const SORT_VALUE: Readonly<Record<FitSort['key'], (row: InferenceFit) => number | string | null>> =
  {
    model: () => null,
    format: (row) => weightFormat(row.format).bitsPerWeight,
    context: (row) => row.context,
    gpus: (row) => row.gpus,
    concurrency: (row) => row.maxConcurrency,
    speed: (row) => row.tokensPerSecond,
  };

/**
 * The rows sorted by one column, rows without a value (too big, not applicable) last either way;
 * ties keep the sweep's order (model preset, format, length). Sorting by model is that order.
 */
export function sortInference(rows: readonly InferenceFit[], sort: FitSort): InferenceFit[] {
  const value = SORT_VALUE[sort.key];
  const sign = sort.descending ? -1 : 1;
  const indexed = rows.map((row, index) => ({ row, index, value: value(row) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
      return sort.key === 'model' ? sign * (a.index - b.index) : a.index - b.index;
    }
    if (a.value < b.value) return -sign;
    if (a.value > b.value) return sign;
    return a.index - b.index;
  });
  return indexed.map((item) => item.row);
}

/** "4k", "32k", "128k", or the exact count where the model's own limit capped it ("40,960"). */
export function contextText(tokens: number): string {
  return tokens % 1024 === 0 && tokens >= 1024 ? `${tokens / 1024}k` : formatInteger(tokens);
}

/** Where a cell fits in words: "1 GPU", "TP 4: 4 GPUs", "2 nodes: 16 GPUs", or why it does not. */
export function placeText(fit: InferenceFit | FinetuneFit): string {
  if (fit.status === 'not-applicable') return 'does not apply';
  if (fit.status === 'too-big' || fit.gpus === null) return 'does not fit';
  const gpus = `${formatInteger(fit.gpus)} GPU${fit.gpus === 1 ? '' : 's'}`;
  if (fit.nodes !== null && fit.nodes > 1) return `${formatInteger(fit.nodes)} nodes: ${gpus}`;
  return gpus;
}

/** One row of the inference table, as text. */
export interface InferenceRowText {
  id: string;
  status: FitStatus;
  model: string;
  gpu: string;
  format: string;
  engine: string;
  context: string;
  place: string;
  reason: string | null;
  memory: string;
  concurrency: string;
  speed: string;
  peakSpeed: string;
}

export function inferenceRowText(row: InferenceFit, unit: UnitSystem): InferenceRowText {
  const fits = row.status === 'fits';
  return {
    id: row.id,
    status: row.status,
    model: row.modelName,
    gpu: row.gpuName,
    format: weightFormat(row.format).label,
    engine: ENGINE_NAMES[row.engine],
    context: contextText(row.context),
    place: placeText(row),
    reason: row.reason,
    memory: fits && row.perGpuBytes !== null ? formatBytesIn(row.perGpuBytes, unit) : '—',
    concurrency: fits && row.maxConcurrency !== null ? formatInteger(row.maxConcurrency) : '—',
    speed: fits && row.tokensPerSecond !== null ? formatRate(row.tokensPerSecond, 'tokens') : '—',
    peakSpeed:
      fits && row.peakTokensPerSecond !== null
        ? formatRate(row.peakTokensPerSecond, 'tokens')
        : '—',
  };
}

/** One model on one GPU with every fine-tuning method: the fine-tuning table's row. */
export interface FinetuneRow {
  id: string;
  model: string;
  gpu: string;
  methods: Readonly<Record<FinetuneMethod, FinetuneFit>>;
}

/** Where one method fits, with the framework that gets there: "1 GPU (DDP)". */
export function methodText(fit: FinetuneFit): string {
  const place = placeText(fit);
  return fit.framework ? `${place} (${FRAMEWORK_RULES[fit.framework].label})` : place;
}

/**
 * The fine-tuning cells grouped by GPU and model, keeping a model when one of its methods passes
 * the fit filter and its name matches.
 */
export function finetuneRows(
  fits: readonly FinetuneFit[],
  choices: Pick<FitsChoices, 'fit' | 'model'>,
): FinetuneRow[] {
  const groups = new Map<string, Partial<Record<FinetuneMethod, FinetuneFit>>>();
  for (const fit of fits) {
    const key = `${fit.gpuKey}|${fit.modelKey}`;
    groups.set(key, { ...groups.get(key), [fit.method]: fit });
  }
  const rows: FinetuneRow[] = [];
  for (const [id, methods] of groups) {
    if (!FINETUNE_METHODS.every((method) => methods[method])) continue;
    const full = methods as Record<FinetuneMethod, FinetuneFit>;
    if (!matchesModel(full.full.modelName, choices.model)) continue;
    if (!FINETUNE_METHODS.some((method) => passesFit(full[method], choices.fit))) continue;
    rows.push({ id, model: full.full.modelName, gpu: full.full.gpuName, methods: full });
  }
  return rows;
}
