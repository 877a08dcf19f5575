import type { BaseTickContentProps } from 'recharts';

/** How far below its anchor point a line of tick text sits, as Recharts' own tick text puts it. */
const BASELINE_SHIFT = { start: '0.71em', middle: '0.355em', end: '0' } as const;

export interface TickText {
  fill: string;
  fontSize: number;
  /** Degrees, about the tick's anchor point: a slanted tick leaves room for long words. */
  angle?: number;
  textAnchor?: 'start' | 'middle' | 'end';
}

/**
 * An axis tick as one line of plain SVG text, where Recharts' own tick text would put it, written
 * by the axis's `tickFormatter`. Recharts' tick text measures every word in the DOM to wrap it
 * within the axis before drawing it; no tick of ours wraps, and the measuring was up to a tenth of
 * drawing a chart as it scrolls into view. An axis whose `interval` is a number is not measured
 * for overlaps either, so the charts give one wherever their ticks cannot collide.
 */
export function plainTick({ fill, fontSize, angle = 0, textAnchor }: TickText) {
  return function PlainTick(tick: BaseTickContentProps) {
    const { x, y, payload, index, tickFormatter, verticalAnchor, className } = tick;
    return (
      <text
        className={className}
        x={x}
        y={y}
        dy={BASELINE_SHIFT[verticalAnchor]}
        textAnchor={textAnchor ?? tick.textAnchor}
        fill={fill}
        fontSize={fontSize}
        transform={angle === 0 ? undefined : `rotate(${angle} ${x} ${y})`}
      >
        {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
      </text>
    );
  };
}

/** The text of the memory charts (bar, step timeline, curve): tick labels, axis names, marks. */
export const CHART_TEXT = { fill: 'var(--text)', fontSize: 13 } as const;

/** Their number ticks, as plain text: none of them wraps. */
export const VALUE_TICK = plainTick(CHART_TEXT);
