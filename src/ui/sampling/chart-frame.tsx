import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { SERIES_COLOURS } from './chart-theme';

export interface SeriesKey {
  name: string;
  colour: keyof typeof SERIES_COLOURS;
  /** A bar's key is a square, a line's a short line. */
  shape?: 'bar' | 'line';
}

/**
 * A sampling chart's key, in HTML below the chart. Recharts' own legend measures itself in the
 * DOM after drawing and then redraws the whole chart around the room it takes: scrolling the
 * explorer into view cost 160–190 ms with it and 55–125 ms without (1× CPU, docs/performance.md).
 */
function SeriesLegend({ series }: { series: readonly SeriesKey[] }) {
  return (
    <ul className="sampling-legend">
      {series.map(({ name, colour, shape = 'bar' }) => (
        <li key={name}>
          <span
            className={`sampling-swatch sampling-swatch--${shape}`}
            style={{ color: SERIES_COLOURS[colour] }}
          />
          {name}
        </li>
      ))}
    </ul>
  );
}

/**
 * A sampling chart in its box: the plot takes the height that the key below it leaves, so the box
 * keeps the exact height its placeholder had (sampling.css).
 */
export function ChartFrame({
  series,
  children,
}: {
  series: readonly SeriesKey[];
  children: ReactElement;
}) {
  return (
    <>
      <div className="sampling-chart__plot">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <SeriesLegend series={series} />
    </>
  );
}
