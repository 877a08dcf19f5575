import { bytesToUnit, type UnitSystem } from '../domain/units';
import { toFraction, toSignificant } from '../domain/decimal-text';

/** The one place numbers become text. Every number carries its unit and stays readable at any size. */

// Intl.NumberFormat's en-US text, without its start-up cost (decimal-text.ts).
const significant = (value: number) => toSignificant(value, 3);
const grouped = (value: number) => toFraction(value, 0);
const twoDecimals = (value: number) => toFraction(value, 2);

const DECIMAL_UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'] as const;
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'] as const;

/** Bytes in the unit family asked for, stepping down for small values ("512 MB", not "0.51 GB") and up for large ones. */
export function formatBytes(bytes: number, unit: UnitSystem): string {
  if (!Number.isFinite(bytes)) return '—';
  const base = unit === 'GB' ? 1000 : 1024;
  const names = unit === 'GB' ? DECIMAL_UNITS : BINARY_UNITS;
  const sign = bytes < 0 ? '−' : '';
  let value = Math.abs(bytes);
  let index = 0;
  while (value >= base && index < names.length - 1) {
    value /= base;
    index++;
  }
  if (value === 0) return `0 ${names[3]}`;
  const text = value >= 100 ? grouped(value) : twoDecimals(Number(value.toPrecision(3)));
  return `${sign}${text} ${names[index]}`;
}

/** Bytes always in GB or GiB, for tables that compare rows ("13.5 GB"). */
export function formatBytesIn(bytes: number, unit: UnitSystem): string {
  if (!Number.isFinite(bytes)) return '—';
  const value = bytesToUnit(bytes, unit);
  if (value !== 0 && Math.abs(value) < 0.01) return formatBytes(bytes, unit);
  return `${value >= 100 ? grouped(value) : twoDecimals(Number(value.toPrecision(3)))} ${unit}`;
}

/** A GPU's capacity in GB or GiB to two decimals, so 24,564 MiB reads "23.99 GiB", not "24 GiB". */
export function formatCapacity(bytes: number, unit: UnitSystem): string {
  if (!Number.isFinite(bytes)) return '—';
  const value = bytesToUnit(bytes, unit);
  return `${value >= 1000 ? grouped(value) : twoDecimals(value)} ${unit}`;
}

/** A parameter count in words: 6.74 billion → "6.74B", with M and K below. */
export function formatParams(count: number): string {
  if (!Number.isFinite(count)) return '—';
  const steps: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of steps) {
    if (Math.abs(count) >= size) return `${significant(count / size)}${suffix}`;
  }
  return grouped(count);
}

/** An exact integer with grouping: 6,738,415,616. */
export function formatInteger(value: number): string {
  return Number.isFinite(value) ? grouped(value) : '—';
}

/** A plain number to three significant digits. */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? significant(value) : '—';
}

/** A duration from seconds: "850 ms", "12.3 s", "4.2 min", "3.1 h", "12 days", "2.3 years". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${significant(seconds * 1000)} ms`;
  if (seconds < 60) return `${significant(seconds)} s`;
  if (seconds < 3600) return `${significant(seconds / 60)} min`;
  if (seconds < 86400 * 2) return `${significant(seconds / 3600)} h`;
  if (seconds < 86400 * 365) return `${significant(seconds / 86400)} days`;
  return `${significant(seconds / (86400 * 365))} years`;
}

/** A rate with its unit: "68.6 tokens/s". */
export function formatRate(perSecond: number, what: string): string {
  return Number.isFinite(perSecond) ? `${significant(perSecond)} ${what}/s` : '—';
}
