import type { CheckTopic, CheckUnit, PublishedCheck } from '../../domain/checks/published-check';
import { relativeDifference } from '../../domain/checks/published-check';
import { formatInteger, formatNumber } from '../../lib/format';

export const TOPIC_LABELS: Readonly<Record<CheckTopic, string>> = {
  parameters: 'Parameter counts',
  weights: 'Weights',
  training: 'Training memory',
  activations: 'Activations',
  'kv-cache': 'KV cache',
};

/** One published figure beside ours, as the table shows it. */
export interface CheckRow {
  id: string;
  setting: string;
  published: string;
  ours: string;
  difference: string;
  source: PublishedCheck['source'];
  isExact: boolean;
}

const valueText = (value: number, unit: CheckUnit): string => {
  if (unit === 'parameters' || unit === 'bytes') return `${formatInteger(value)} ${unit}`;
  return `${formatNumber(value)} ${unit}`;
};

/** The difference in words: "exact", "+0.4%", "−1.2%". */
export function differenceText(relative: number): string {
  if (relative === 0) return 'exact';
  const percent = relative * 100;
  const shown = Math.abs(percent) < 0.01 ? '<0.01' : formatNumber(Math.abs(percent));
  return `${percent > 0 ? '+' : '−'}${shown}%`;
}

/** The checks of one topic as rows, each computed once. */
export function checkRows(checks: readonly PublishedCheck[]): CheckRow[] {
  return checks.map((check) => {
    const ours = check.ours();
    const relative = relativeDifference(check, ours);
    return {
      id: check.id,
      setting: check.setting,
      published: check.quote,
      ours: valueText(ours, check.unit),
      difference: differenceText(relative),
      source: check.source,
      isExact: relative === 0,
    };
  });
}
