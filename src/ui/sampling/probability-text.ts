import { formatNumber } from '../../lib/format';

/**
 * A probability as a percentage to three significant digits. Values that would round to 0 % or 100 %
 * without being exactly that say so ("< 0.001 %", "> 99.9 %"), so a kept token never reads as dropped.
 */
export function formatProbability(p: number): string {
  if (!Number.isFinite(p)) return '—';
  if (p === 0 || p === 1) return `${formatNumber(p * 100)} %`;
  if (p < 1e-5) return '< 0.001 %';
  const text = formatNumber(p * 100);
  return text === '100' ? '> 99.9 %' : `${text} %`;
}

/** Shannon entropy with its unit. */
export function formatBits(bits: number): string {
  return `${formatNumber(Math.abs(bits) < 1e-12 ? 0 : bits)} bits`;
}
