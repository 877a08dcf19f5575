import { memo, useId, useRef, useState } from 'react';
import { formatBytesIn } from '../../lib/format';
import { ChartLegend } from '../charts/chart-legend';
import { ChartLoadBoundary } from '../charts/chart-load-boundary';
import { AXIS_NAMES, type CurveWords } from './curve-text';
import { CURVE_HEIGHT, sameCurve, type CurveData } from './planning-data';
import { CurveTable } from './curve-table';
import { useChartDownload } from './use-chart-download';
import { lazyWithLoad } from '../primitives/lazy-with-load';

// Recharts stays out of the first load: the sentences and the table are on screen meanwhile.
const { load: loadChart, Component: MemoryCurveChart } = lazyWithLoad(
  () => import('./memory-curve-chart'),
  (module) => module.MemoryCurveChart,
);

interface CurveFigureProps {
  data: CurveData;
  words: CurveWords;
}

const sameFigure = (a: CurveFigureProps, b: CurveFigureProps): boolean =>
  sameCurve(a.data, b.data) &&
  a.words.layout === b.words.layout &&
  a.words.context === b.words.context &&
  a.words.summary === b.words.summary &&
  a.words.fileStem === b.words.fileStem;

/**
 * One memory curve: its heading, legend, the chart (with a summary for screen readers), its table
 * and downloads. A slider moves along one axis, so the other axis's curve keeps its picture and
 * is not redrawn.
 */
export const CurveFigure = memo(function CurveFigure({ data, words }: CurveFigureProps) {
  const headingId = useId();
  // A closed table is not rendered: it would cost every slider step for nothing on screen.
  const [isTableShown, setTableShown] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const names = AXIS_NAMES[data.axis];
  const download = useChartDownload(frame, names.title, words.fileStem);
  const about = names.title.toLowerCase();
  return (
    <section className="memory-curve" aria-labelledby={headingId}>
      <h3 id={headingId}>{names.title}</h3>
      <p className="muted memory-curve__context">{words.context}</p>
      <ChartLegend
        parts={data.parts}
        capacityLabel={`Usable capacity ${formatBytesIn(data.capacityBytes, data.unit)}`}
        isCapacityShared
      />
      <div
        ref={frame}
        className="chart-frame"
        role="img"
        aria-label={words.summary}
        style={{ height: CURVE_HEIGHT }}
      >
        <ChartLoadBoundary height={CURVE_HEIGHT} load={loadChart}>
          <MemoryCurveChart data={data} layout={words.layout} />
        </ChartLoadBoundary>
      </div>
      {data.isClipped && (
        <p className="muted memory-curve__note">
          Points above {formatBytesIn(data.yMaxBytes, data.unit)} are cut off at the top; the table
          has every one.
        </p>
      )}
      <details
        className="memory-curve__points"
        onToggle={(event) => setTableShown(event.currentTarget.open)}
      >
        <summary>Table of the points</summary>
        {isTableShown && <CurveTable data={data} />}
      </details>
      <div className="planning__buttons">
        <button type="button" aria-label={`Download SVG of ${about}`} onClick={download.saveSvg}>
          Download SVG
        </button>
        <button
          type="button"
          aria-label={`Download PNG of ${about}`}
          onClick={() => void download.savePng()}
        >
          Download PNG
        </button>
      </div>
      {download.problem && (
        <p className="error-text" role="alert">
          {download.problem}
        </p>
      )}
    </section>
  );
}, sameFigure);
