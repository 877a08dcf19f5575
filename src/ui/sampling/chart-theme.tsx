import type { CSSProperties } from 'react';
import type { BarShapeProps } from 'recharts';
import { formatNumber } from '../../lib/format';
import { NO_GRID_LINES } from '../charts/no-grid-lines';
import { plainTick } from '../charts/plain-tick';
import { formatProbability } from './probability-text';

/** Okabe–Ito colours (safe for the common colour-vision deficiencies), set per colour scheme in sampling.css. */
export const SERIES_COLOURS = {
  original: 'var(--sampling-original)',
  tempered: 'var(--sampling-tempered)',
  topK: 'var(--sampling-top-k)',
  final: 'var(--sampling-final)',
  line: 'var(--sampling-line)',
  keptBand: 'var(--sampling-kept-band)',
} as const;

export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 } as const;
export const AXIS_LINE = { stroke: 'var(--border)' } as const;
const GRID_STROKE = 'var(--border)';
export const TOOLTIP_STYLE: CSSProperties = {
  background: 'var(--bg)',
  border: '1px solid var(--border)',
  color: 'var(--text)',
};

/** A y-axis tick as a percentage, kept on one line: 0 %, 25 %, 100 %. */
export const percentTick = (value: number) => `${formatNumber(value * 100)}\u00a0%`;

/** A tooltip value: probabilities as percentages, anything else as it comes. */
export function tooltipProbability(value: unknown): string {
  return typeof value === 'number' ? formatProbability(value) : String(value);
}

/** A token short enough for an axis label. */
export function shortToken(token: string): string {
  return token.length > 10 ? `${token.slice(0, 9)}…` : token;
}

/** The token at a 1-based rank, for axis ticks and tooltip titles keyed by rank (tokens may repeat). */
export function tokenAtRank(
  rows: readonly { rank: number; token: string }[],
  rank: unknown,
): string {
  return rows.find((row) => row.rank === rank)?.token ?? '';
}

/** The token axis of every sampling chart: one slanted tick per rank, so each token can be read. */
export const TOKEN_AXIS = {
  dataKey: 'rank',
  interval: 0,
  height: 72,
  axisLine: AXIS_LINE,
  tickLine: AXIS_LINE,
  tick: plainTick({ ...AXIS_TICK, angle: -60, textAnchor: 'end' }),
} as const;

/** The probability axis of every sampling chart, in percent. */
export const PERCENT_AXIS = {
  tickFormatter: percentTick,
  interval: 0,
  tick: plainTick(AXIS_TICK),
  axisLine: AXIS_LINE,
  tickLine: AXIS_LINE,
  width: 48,
} as const;

/** The grid of every sampling chart: a line at each probability tick, none across the tokens. */
export const PROBABILITY_GRID = {
  vertical: false,
  verticalCoordinatesGenerator: NO_GRID_LINES,
  stroke: GRID_STROKE,
} as const;

/** The tooltip of every sampling chart: probabilities as percentages, on the page's colours. */
export const PROBABILITY_TOOLTIP = {
  formatter: tooltipProbability,
  contentStyle: TOOLTIP_STYLE,
  cursor: { fill: 'var(--border)', fillOpacity: 0.3 },
} as const;

/**
 * A bar as a plain SVG rectangle. Recharts' own bar is a path drawn for rounded corners, which no
 * sampling chart uses; with four bars for each of up to 40 tokens the path was a tenth of drawing
 * the chart. Probabilities are never negative, so height is never below zero.
 */
export function plainBar({ x, y, width, height, fill }: BarShapeProps) {
  return <rect x={x} y={y} width={width} height={height} fill={fill} />;
}
