import { PARAMETER_COMPONENTS, type ParameterBreakdown } from '../../domain/parameters';
import { formatInteger, formatNumber, formatParams } from '../../lib/format';

type Component = (typeof PARAMETER_COMPONENTS)[number];

export const COMPONENT_LABELS: Readonly<Record<Component, string>> = {
  embeddings: 'Token embeddings',
  positions: 'Position embeddings',
  attention: 'Attention (Q, K, V, O)',
  mlp: 'MLP and experts',
  router: 'MoE router',
  norms: 'Norms',
  biases: 'Biases',
  head: 'Output head',
  vision: 'Vision encoder',
};

export interface ParameterRow {
  key: Component | 'total' | 'active' | 'mtp';
  label: string;
  exact: string;
  short: string;
  share: string;
}

/**
 * The breakdown as table rows: each non-zero component with its share of the total, the total,
 * and the active parameters per token when a mixture of experts leaves some idle. Zero components
 * are listed by name in `omitted` rather than shown as rows of zeros.
 */
export function parameterRows(params: ParameterBreakdown): {
  rows: ParameterRow[];
  omitted: string[];
} {
  const row = (key: ParameterRow['key'], label: string, count: number): ParameterRow => ({
    key,
    label,
    exact: formatInteger(count),
    short: formatParams(count),
    share: `${formatNumber(params.total > 0 ? (count / params.total) * 100 : 0)}%`,
  });
  const present = PARAMETER_COMPONENTS.filter((key) => params[key] > 0);
  const rows = present.map((key) => row(key, COMPONENT_LABELS[key], params[key]));
  rows.push(row('total', 'Total', params.total));
  if (params.active < params.total)
    rows.push(row('active', 'Active per token (MoE)', params.active));
  if (params.mtp > 0)
    rows.push(row('mtp', 'Multi-token prediction (beside the total)', params.mtp));
  const omitted = PARAMETER_COMPONENTS.filter((key) => params[key] === 0).map(
    (key) => COMPONENT_LABELS[key],
  );
  return { rows, omitted };
}
